/**
 * Language detection data. Scripts decide first (Cyrillic, Greek, Arabic, CJK);
 * Latin-script text is scored by how many of its words are among a language's
 * most frequent function words. Tags are BCP 47 primary tags.
 */
export const SCRIPT_LANGUAGES: { tag: string; pattern: RegExp; distinct?: RegExp }[] = [
	{ tag: 'uk', pattern: /\p{Script=Cyrillic}/u, distinct: /[іїєґІЇЄҐ]/u },
	{ tag: 'ru', pattern: /\p{Script=Cyrillic}/u },
	{ tag: 'el', pattern: /\p{Script=Greek}/u },
	{ tag: 'ar', pattern: /\p{Script=Arabic}/u },
	{ tag: 'he', pattern: /\p{Script=Hebrew}/u },
	{ tag: 'ja', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
	{ tag: 'ko', pattern: /\p{Script=Hangul}/u },
	{ tag: 'zh', pattern: /\p{Script=Han}/u },
];

export const STOPWORDS: Record<string, string[]> = {
	en: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'be', 'by', 'at', 'this', 'are', 'from', 'has', 'have', 'had', 'which', 'will', 'said', 'their', 'its', 'were', 'not', 'but', 'an', 'they', 'would', 'been', 'who'],
	id: ['yang', 'dan', 'di', 'itu', 'dengan', 'untuk', 'tidak', 'ini', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke', 'karena', 'bahwa', 'oleh', 'saat', 'kami', 'kita', 'mereka', 'ada', 'adalah', 'atau', 'sudah', 'telah', 'bisa', 'kata', 'para', 'sebuah', 'tetapi', 'dapat', 'lebih', 'tentang', 'bagi', 'seperti'],
	fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'ce', 'il', 'elle', 'sont', 'par', 'a', 'ont', 'été', 'mais', 'ou', 'leur', 'cette', 'se', 'ne', 'selon', 'plus'],
	de: ['der', 'die', 'das', 'und', 'in', 'zu', 'den', 'von', 'ist', 'mit', 'sich', 'des', 'auf', 'für', 'nicht', 'im', 'dem', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird', 'bei', 'einer', 'um', 'am', 'sind'],
	es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'no', 'una', 'su', 'al', 'es', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ya', 'o', 'este', 'ha', 'sobre', 'fue', 'entre', 'también', 'dijo', 'según', 'han'],
	it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'in', 'non', 'una', 'del', 'della', 'le', 'si', 'è', 'i', 'da', 'con', 'gli', 'dei', 'nel', 'alla', 'ha', 'sono', 'anche', 'come', 'più', 'ma', 'lo', 'al', 'delle', 'questo', 'ad', 'sul', 'nella', 'degli'],
	pt: ['de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'é', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as', 'dos', 'como', 'mas', 'foi', 'ao', 'ele', 'das', 'tem', 'à', 'seu', 'sua', 'ou', 'ser', 'quando', 'disse'],
	tr: ['ve', 'bir', 'bu', 'da', 'de', 'ile', 'için', 'olarak', 'daha', 'çok', 'gibi', 'ne', 'ki', 'ise', 'olan', 'kadar', 'sonra', 'göre', 'ama', 'veya', 'her', 'değil', 'ya', 'ilk', 'yeni', 'iki', 'oldu', 'olduğunu', 'dedi', 'söyledi', 'belirtti', 'üzerine', 'karşı', 'arasında', 'konusunda', 'tarafından'],
	nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'die', 'niet', 'aan', 'er', 'om', 'ook', 'als', 'bij', 'dan', 'maar', 'wordt', 'door', 'naar', 'heeft', 'hij', 'nog', 'zal', 'werd', 'over', 'uit', 'deze', 'worden', 'tot'],
};
