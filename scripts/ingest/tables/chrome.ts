/**
 * Site chrome: what scrapers carry along besides the article. Each rule has a
 * name, which the ingest report gives as the reason a line was removed.
 * Phrases are matched case-insensitively on the whole line (after trimming and
 * dropping a leading list marker); patterns anywhere in the line.
 */

/** Whole lines that are chrome wherever they stand. */
export const CHROME_LINES: string[] = [
	// navigation, page furniture
	'home', 'menu', 'search', 'share', 'share this', 'share this article', 'tweet', 'print', 'email', 'e-mail',
	'print this article', 'email this article', 'comments', 'leave a comment', 'add a comment', 'post a comment',
	'related', 'related articles', 'related news', 'related stories', 'read more', 'more', 'more news',
	'advertisement', 'sponsored', 'subscribe', 'sign in', 'log in', 'login', 'register', 'back to top', 'top',
	'most popular', 'most read', 'top stories', 'latest news', 'breaking news', 'off the wire', 'news wire',
	'follow us', 'like us on facebook', 'previous', 'next', 'previous article', 'next article', 'bookshop', 'donate',
	'accept all cookies', 'accept cookies', 'manage preferences', 'cookie settings', 'sign up', 'newsletter',
	'sign up for our newsletter', 'your email address', 'see also', 'also read', 'read also',
	// Indonesian
	'beranda', 'bagikan', 'baca juga', 'berita terkait', 'iklan', 'komentar', 'tinggalkan komentar', 'terpopuler',
	// French, Spanish, German, Russian
	'accueil', 'partager', 'lire aussi', 'à lire aussi', 'à lire également', 'voir aussi', 'publicité',
	'inicio', 'compartir', 'leer más', 'lea también', 'te puede interesar', 'publicidad',
	'startseite', 'teilen', 'mehr zum thema', 'lesen sie auch', 'das könnte sie auch interessieren', 'anzeige',
	'главная', 'поделиться', 'читайте также', 'реклама',
];

/** Patterns that make a whole line chrome. */
export const CHROME_PATTERNS: { name: string; pattern: RegExp }[] = [
	{ name: 'breadcrumb', pattern: /^(you are here|anda di sini|anda berada di|vous êtes ici|usted está aquí|sie sind hier|вы здесь)\s*:/iu },
	{ name: 'copyright', pattern: /(©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|title 17 u\.s\.c|hak cipta|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|все права защищены)/iu },
	{ name: 'republication notice', pattern: /\b(this (document|article|story) (has been|was) (published|posted|republished) on\b)/iu },
	{ name: 'font-size control', pattern: /^(adjust )?(font|text) size\s*:?/iu },
	{ name: 'social links', pattern: /^(facebook|twitter|whatsapp|telegram|linkedin|email|print)(\s*[|·•,/]?\s*(facebook|twitter|whatsapp|telegram|linkedin|email|print|vk))+$/iu },
	{ name: 'url', pattern: /^(https?:\/\/|www\.)\S+$/iu },
	{ name: 'cookie notice', pattern: /\b(we use cookies|this (site|website) uses cookies|cookie policy|accept (all )?cookies)\b/iu },
	{ name: 'newsletter sign-up', pattern: /\b(sign up for (our|the) newsletter|subscribe to (our|the) newsletter|unsubscribe at any time|delivered to your inbox)\b/iu },
	{ name: 'social links', pattern: /^follow us\b/iu },
	{ name: 'related link', pattern: /^(read also|also read|see also|read more|related|lea también|te puede interesar|à lire (aussi|également)|voir aussi|lesen sie auch|mehr zum thema|baca juga|berita terkait|читайте также)\s*:/iu },
	{ name: 'separator', pattern: /^[\p{P}\p{S}\s]+$/u },
];

/** Phrases removed where they trail a line that carries something else (a date line). */
export const INLINE_CHROME: { name: string; pattern: RegExp }[] = [
	{ name: 'font-size control', pattern: /\s*\b(adjust )?(font|text) size\s*:?\s*$/iu },
	{ name: 'print/email links', pattern: /\s*\b(print|e-?mail)(\s*[|·•]\s*(print|e-?mail))+\s*$/iu },
];

/** Agency end-of-copy markers, at the end of the last paragraph or alone on a line. */
export const END_MARKERS: RegExp = /(?:^|\s+)(?:Endit|ENDIT|ENDS|\(END\)|\(ENDS\)|-END-|--END--|\/\/\/|###)\s*$/u;

/**
 * Separators of navigation menus and news tickers: a line made of several short
 * items joined by these is navigation, whatever the words.
 */
export const MENU_SEPARATORS: RegExp = /\s+[|•·»›◦▪>]\s+|\s[|•·]|[|•·]\s/u;

/** Labels of photo and reporting credit lines. */
export const CREDIT_LABELS: RegExp =
	/^(photo|photos|photo credit|photograph|picture|image|images|file photo|caption|foto|foto yang digunakan|sumber foto|kredit foto|crédit photo|фото|reporting by|additional reporting by|writing by|editing by|edited by|compiled by|translated by|penulis|editor|pewarta|reportage|rédaction)\b\s*[:/-]?/iu;

/** A byline: "By JANE DOE Associated Press", "By Jane Doe, Reuters". */
export const BYLINE: RegExp = /^(?:[Bb]y|[Oo]leh|[Pp]ar|[Pp]or|[Vv]on|[Оо]т)\s+\p{Lu}/u;
/** The tail credit of agency copy: "... contributed to this report." */
export const CONTRIBUTOR_LINE: RegExp = /\bcontributed( reporting)? to this (report|story)\.?$/iu;

/** Labels and times around a date in a date line: "Updated: November 26, 2015 at 9:47 pm". */
export const DATE_LINE_NOISE: RegExp[] = [
	/\b(last updated|updated|published|posted( on)?|mis à jour|publié|actualizado|publicado|aktualisiert|veröffentlicht|обновлено|опубликовано|diperbarui|diterbitkan)\b\s*:?/giu,
	/(?<![\p{L}\p{N}])\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|EST|EDT|CET|CEST|MSK|WIB|BST|PST|PDT|Uhr|hrs?))?(?![\p{L}\p{N}])/giu,
	/(?<![\p{L}\p{N}])(le|la|à|at|on|am|um|el|de|del|pukul|в)(?![\p{L}\p{N}])/giu,
];

/** Labels of source-credit lines such as "[Source: Itar Tass, Moscow, 17Nov15]". */
export const SOURCE_LABELS: RegExp = /^[[(]?\s*(source|sources|sumber|fuente|quelle|источник|джерело)\s*:\s*(?<rest>.*?)\s*[\])]?\s*$/iu;
