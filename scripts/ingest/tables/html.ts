/**
 * What the HTML reader knows about pages: which elements never hold the story,
 * which class and id words mark site furniture, which mark a standfirst or a
 * byline. Each row is a rule and its reason; a new kind of furniture is a new
 * row, not new code.
 */

/** schema.org types whose object in the JSON-LD is the article itself. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
	'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle', 'OpinionNewsArticle',
	'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'ScholarlyArticle', 'TechArticle',
	'SatiricalArticle', 'SocialMediaPosting', 'WebPage',
]);

/**
 * Elements that never reach any field: code, styles, embedded documents and
 * objects, forms and their controls, drawings. Removed with their whole content
 * before anything is read (JSON-LD is read first, as data).
 */
export const NEVER_TEXT = [
	'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'canvas',
	'form', 'button', 'input', 'select', 'textarea', 'option', 'link', 'base', 'audio', 'video', 'source', 'track', 'map', 'dialog',
	'amp-ad', 'amp-analytics', 'amp-iframe', 'amp-social-share', 'amp-consent', 'amp-sidebar', 'amp-video', 'amp-youtube',
];

/** Elements that are the site's furniture wherever they stand: menus, asides, footers, figures and their captions. */
export const FURNITURE_ELEMENTS = ['nav', 'aside', 'footer', 'figure', 'figcaption', 'picture', 'img', 'amp-img', 'menu'];

/** ARIA roles of furniture. */
export const FURNITURE_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar', 'alert', 'status'];

/**
 * Words in a class or id that name the author's line in other languages ("papier__auteur", "art-autor"): furniture,
 * and its text a byline, as the English classes of BYLINE_SELECTOR are.
 */
export const AUTHOR_WORDS: ReadonlySet<string> = new Set(['auteur', 'autor', 'autore']);

/**
 * Words in a class or id that mark furniture (matched as whole words of the
 * name, split at "-", "_" and case changes): "cookie-banner", "shareBar",
 * "related_links". Words that also name story containers ("article", "story",
 * "content", "body", "main") are never here.
 */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set([
	'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'share', 'sharing',
	'social', 'sharebar', 'related', 'recommended', 'recommendations', 'popular', 'trending', 'mostread', 'most', 'outbrain', 'taboola',
	'promo', 'promotion', 'sponsored', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'banner', 'comments', 'comment', 'disqus',
	'breadcrumb', 'breadcrumbs', 'navigation', 'nav', 'navbar', 'menu', 'masthead', 'sidebar', 'footer', 'toolbar', 'ticker', 'widget',
	'caption', 'credit', 'gallery', 'slideshow', 'carousel', 'modal', 'overlay', 'popup', 'tags', 'tag', 'topics', 'bio', 'author',
	'byline', 'skip', 'visually', 'sr', 'print', 'audio', 'listen', 'player', 'video', 'embed', 'podcast', 'donate', 'donation',
	'login', 'signin', 'register', 'pagination', 'pager', 'next', 'prev', 'read', 'more',
	// The same furniture in the languages of class names: advertising, related reading.
	'publicidade', 'publicidad', 'publicite', 'pubblicita', 'werbung', 'anzeige', 'reklama', 'reklam', 'advertising', 'leia', 'lees', 'lire', 'lesen', 'leggi',
	'comentarios', 'commentaires', 'commenti', 'kommentare', 'reacties', 'komentarze', 'yorumlar', 'notice', 'aviso', 'avisos', 'avviso', 'hinweis',
	'relacionadas', 'relacionados', 'relacionada', 'correlati', 'similaires', 'verwandt', 'kanren', 'compartilhar', 'compartir', 'partager', 'teilen', 'condividi',
	'discussion', 'diskussion', 'diskuse', 'diskusia', 'dyskusja', 'kommentarii', 'souvisejici', 'podobne', 'powiazane', 'polecane', 'ilgili', 'pohozhie',
	'sdilej', 'sdilet', 'udostepnij', 'paylas', 'stitky', 'nejctenejsi', 'najczytansze', 'populyarnoe',
	// The author's line in the languages of class names.
	...AUTHOR_WORDS,
	// Stamps and counters beside the byline: the update time (still a date clue, DATE_HOLDER_WORDS), the reading time.
	'updated', 'readtime', 'readingtime', 'talkback', 'talkbacks', 'tguvot',
]);

/** Words in a class or id of the element under a headline that make it the standfirst. */
export const DEK_WORDS: ReadonlySet<string> = new Set([
	'standfirst', 'dek', 'subtitle', 'subheadline', 'subhead', 'summary', 'lede', 'lead', 'strapline', 'intro', 'teaser', 'description',
	'excerpt', 'kicker', 'deck', 'abstract', 'chapo', 'sapo', 'bajada', 'entradilla', 'sottotitolo', 'vorspann', 'sommario', 'sumario',
	'resumo', 'chapeau', 'lid', 'inleiding', 'ingress', 'ingresso', 'perex', 'anotace', 'zajawka', 'vrez', 'anons', 'spot', 'ozet', 'saar', 'saransh',
]);

/**
 * Words in a class or id of furniture that may carry the page's date ("By Jane Doe |
 * Published 3 March 2021"): removed like all furniture, its date lines are still
 * date clues.
 */
export const DATE_HOLDER_WORDS: ReadonlySet<string> = new Set(['byline', 'author', 'meta', 'date', 'dateline', 'time', 'timestamp', 'published', 'pubdate', 'info', 'details', 'credit', 'credits', 'updated']);

/** Bylines: elements whose text credits the writer ("By Jane Doe", "Reuters staff"). */
export const BYLINE_SELECTOR = '[rel~="author" i], [itemprop~="author" i], .byline, .author, .author-name, .story-byline, .article-byline, address';

/** Block elements whose text is one paragraph of the story. */
export const PARAGRAPH_ELEMENTS = new Set(['P', 'LI', 'DD', 'DT', 'PRE', 'BLOCKQUOTE', 'TD', 'TH', 'CAPTION']);
export const HEADING_ELEMENTS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Nesting deeper than this is no page a browser could lay out, and costs the extractor without end: the source is refused. */
export const MAX_NESTING = 512;
