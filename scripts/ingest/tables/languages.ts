/**
 * Language data. franc names languages with ISO 639-3 codes; entries use BCP 47
 * primary tags, which are the ISO 639-1 two-letter code where one exists
 * (BCP 47 prefers it) and the 639-3 code otherwise. Macrolanguage members
 * franc reports (Standard Arabic, Iranian Persian, Mandarin, Standard Malay)
 * take the macrolanguage's tag, as news sites label them.
 */
export const ISO_639_3_TO_BCP47: Record<string, string> = {
	eng: 'en', fra: 'fr', spa: 'es', por: 'pt', deu: 'de', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk', bel: 'be',
	tur: 'tr', arb: 'ar', ara: 'ar', ary: 'ar', arz: 'ar', apc: 'ar', pes: 'fa', prs: 'fa', fas: 'fa', heb: 'he',
	cmn: 'zh', zho: 'zh', yue: 'zh', jpn: 'ja', kor: 'ko', ind: 'id', zlm: 'ms', zsm: 'ms', msa: 'ms', vie: 'vi',
	hin: 'hi', urd: 'ur', ben: 'bn', pan: 'pa', mar: 'mr', tam: 'ta', tel: 'te', guj: 'gu', kan: 'kn', mal: 'ml',
	pol: 'pl', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', mkd: 'mk', ron: 'ro',
	hun: 'hu', fin: 'fi', est: 'et', lav: 'lv', lit: 'lt', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', nor: 'no',
	isl: 'is', ell: 'el', cat: 'ca', glg: 'gl', eus: 'eu', gle: 'ga', cym: 'cy', sqi: 'sq', als: 'sq', hye: 'hy',
	kat: 'ka', aze: 'az', azj: 'az', kaz: 'kk', uzb: 'uz', uzn: 'uz', tgk: 'tg', kir: 'ky', tha: 'th', lao: 'lo',
	khm: 'km', mya: 'my', tgl: 'tl', fil: 'tl', swh: 'sw', swa: 'sw', amh: 'am', som: 'so', hau: 'ha', yor: 'yo',
	ibo: 'ig', zul: 'zu', xho: 'xh', afr: 'af', nep: 'ne', npi: 'ne', sin: 'si', pbu: 'ps', pus: 'ps', ckb: 'ckb',
	kmr: 'ku', epo: 'eo', lat: 'la', ltz: 'lb', mlt: 'mt', jav: 'jv', sun: 'su',
};

/** stopwords-iso lists named by a tag that covers several of ours: Norwegian's serves Bokmål and Nynorsk. */
export const STOPWORD_LIST_TAGS: Record<string, string[]> = { no: ['nb', 'nn', 'no'] };

/**
 * Indonesian and Malay share most of their words, and franc often takes one
 * for the other; these words are each language's own (spelling reforms and
 * loanwords that differ), and the one with more of them in the text wins.
 */
export const MALAY_MARKERS = {
	id: ['tidak', 'bisa', 'karena', 'saja', 'sudah', 'kantor', 'dengan', 'uang', 'mengatakan', 'presiden', 'kemarin', 'sekarang', 'polisi', 'pemerintah', 'jumat', 'sabtu', 'minggu', 'banyak', 'cuma', 'juga'],
	ms: ['boleh', 'kerana', 'sahaja', 'telah', 'pejabat', 'wang', 'berkata', 'kerajaan', 'semalam', 'sekarang', 'polis', 'beliau', 'bahawa', 'jumaat', 'sabtu', 'ahad', 'ramai', 'hanya', 'turut'],
} as const;

/**
 * Scripts that one language writes: text mostly in one of these is that
 * language whatever a trigram model says about a short sample.
 */
export const SCRIPT_LANGUAGES: { tag: string; pattern: RegExp }[] = [
	{ tag: 'el', pattern: /\p{Script=Greek}/u },
	{ tag: 'he', pattern: /\p{Script=Hebrew}/u },
	{ tag: 'ja', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
	{ tag: 'ko', pattern: /\p{Script=Hangul}/u },
	{ tag: 'th', pattern: /\p{Script=Thai}/u },
	{ tag: 'ka', pattern: /\p{Script=Georgian}/u },
	{ tag: 'hy', pattern: /\p{Script=Armenian}/u },
];

/**
 * Letters a language's alphabet lacks, where languages share a script: a text
 * that uses them is not in that language, whatever a page says ("Київ" is not
 * Russian, "объём" is not Ukrainian).
 */
export const LETTERS_NOT_IN: Record<string, string> = {
	ru: 'іїєґў',
	uk: 'ыэъёў',
	be: 'ищъїєґ',
	bg: 'ыэёіїєґў',
};
