/**
 * The words of a site's masthead, in the languages of the tables: the word for
 * news a tagline opens with ("News, sport and events from ...", "Nachrichten aus
 * ...", "ข่าวภูเก็ต ข่าวท่องเที่ยว") and the words a site's name carries beside its
 * own ("Online", "News"). Data only; title.ts applies them.
 */

/** "News", one language a row (a phrase's first word is what a tagline opens with). */
const NEWS_WORDS: string[] = [
	'news', 'nachrichten', 'neuigkeiten', 'actualités', 'infos', 'informations', 'noticias', 'notícias', 'notizie', 'nieuws', // en, de, fr, es, pt, it, nl
	'wiadomości', 'informacje', 'aktualności', 'zprávy', 'zpravodajství', 'správy', 'știri', 'stiri', 'hírek', 'uutiset', 'nyheter', 'nyheder', // pl, cs, sk, ro, hu, fi, sv, nb, da
	'haberler', 'haberleri', 'новости', 'новини', 'ειδήσεις', 'tin tức', 'berita', // tr, ru, uk, el, vi, id, ms
	'أخبار', 'اخبار', 'חדשות', 'समाचार', 'ख़बरें', 'खबरें', 'সংবাদ', 'ข่าว', 'ニュース', '뉴스', '新闻', '新聞', '资讯', '資訊', // ar, fa, he, hi, bn, th, ja, ko, zh
];
/** Words a site's name carries beside its own: "Kurier Lubelski Online", "ข่าวช่องเจ็ดสี ออนไลน์". */
const SITE_NAME_WORDS: string[] = ['online', 'news', 'today', 'daily', 'live', 'ออนไลน์', 'オンライン', '온라인'];

/** First words, lower case, as `words` (text.ts) gives them. */
export const NEWS_WORD: ReadonlySet<string> = new Set(NEWS_WORDS.map((w) => w.split(' ')[0]!));
export const SITE_NAME_EXTRAS: ReadonlySet<string> = new Set(SITE_NAME_WORDS);

/**
 * Words a newspaper's name is made of, one language a row: the last word of "The X Gazette", "X Rundschau",
 * "Weser-Anzeiger"; the first of "Gazeta X", "Diario X", "Il Corriere X" (after an article). A capitalised line of
 * a few words shaped so is the site's name when a headline follows it (masthead.ts).
 */
const PAPER_WORDS_LAST: string[] = [
	'gazette', 'echo', 'times', 'post', 'herald', 'courier', 'chronicle', 'tribune', 'journal', 'mail', 'observer', 'telegraph', 'mercury', 'advertiser', 'examiner', 'sentinel', 'gleaner', 'argus', // en
	'rundschau', 'zeitung', 'anzeiger', 'kurier', 'tagblatt', 'tageblatt', 'nachrichten', 'bote', 'presse', 'volksblatt', 'allgemeine', // de
	'dagblad', 'courant', 'krant', 'tidning', 'tidende', 'posten', 'avis', 'sanomat', // nl, sv, nb, da, fi
];
const PAPER_WORDS_FIRST: string[] = [
	'gazeta', 'kurier', 'dziennik', 'głos', 'tygodnik', 'echo', // pl
	'diario', 'gaceta', 'heraldo', 'correo', 'periódico', 'jornal', 'diário', 'correio', 'gazzetta', 'corriere', 'giornale', 'eco', 'messaggero', // es, pt, it
	'courrier', 'écho', 'journal', 'quotidien', 'dépêche', 'républicain', 'progrès', 'gazette', 'voix', // fr
	'deník', 'noviny', 'ziarul', 'gazeta', 'novine', 'vjesnik', // cs, ro, hr
];
/** Articles before a paper's name: "The", "Le", "La Voix", "Il Corriere", "El Heraldo". */
const PAPER_ARTICLES: string[] = ['the', 'le', 'la', "l'", 'l’', 'les', 'el', 'il', 'lo', 'der', 'die', 'das', 'de', 'o', 'a'];

export const PAPER_WORD_LAST: ReadonlySet<string> = new Set(PAPER_WORDS_LAST);
export const PAPER_WORD_FIRST: ReadonlySet<string> = new Set(PAPER_WORDS_FIRST);
export const PAPER_ARTICLE: ReadonlySet<string> = new Set(PAPER_ARTICLES);
