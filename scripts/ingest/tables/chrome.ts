/**
 * Site chrome: what scrapers carry along besides the article. Each rule has a
 * name, which the ingest report gives as the reason a line was removed.
 * Phrases are matched case-insensitively on the whole line (after trimming and
 * dropping a leading list marker); patterns anywhere in the line. `\b` in these
 * patterns is a word boundary in every script (`anyScriptBoundaries`).
 */
import { alternation, anyScriptBoundaries } from '../regex.ts';
import { DATE_LINE_WORDS, PUBLISHED_WORDS, RELATIVE_STAMP, UPDATED_WORDS } from './calendar.ts';
import { MAX_AUTHOR_BOX_WORDS } from './comments.ts';
import { PAYWALL } from './pages.ts';
import { AD_MARKER, AGENCY_FOOTER, COMMENT_PROMPT, INBOX_PROMPT, SIGN_UP_PROMISE, LINK_BOX_LABEL, LINK_BOX_LABELS, SIGN_UP_CONSENT, SIGN_UP_CONTROLS } from './furniture.ts';

export { LINK_BOX_LABEL };
import { BIO_BOX_LABELS, CONSENT_BUTTON_LINE, CONSENT_PROMPT, LISTEN_LINE, NEWSLETTER_PROMPT, PHOTO_AGENCY_LINE, SKIP_LINK } from './prompts.ts';

/** Whole lines that are chrome wherever they stand: navigation, sharing, sign-in, search boxes, ads. */
export const CHROME_LINES: string[] = [
	// English
	'home', 'menu', 'search', 'search the site', 'search this site', 'share', 'share this', 'share this article', 'tweet', 'pin',
	'print', 'print this article', 'print this page', 'email', 'e-mail', 'email this article', 'copy link', 'comments',
	'leave a comment', 'add a comment', 'post a comment', 'advertisement', 'sponsored', 'subscribe', 'sign in', 'log in', 'login',
	'register', 'back to top', 'top', 'breaking news', 'off the wire', 'news wire', 'follow us', 'like us on facebook', 'previous',
	'next', 'previous article', 'next article', 'bookshop', 'donate', 'accept all cookies', 'accept cookies', 'manage preferences',
	'cookie settings', 'sign up', 'newsletter', 'sign up for our newsletter', 'your email address', 'more', 'reply', 'like this', 'zczc', 'nnnn',
	'leave a reply', 'responder', 'antworten', 'répondre', 'rispondi', 'odpowiedz', 'ответить', 'balas', 'trả lời',
	'whatsapp', 'facebook', 'twitter', 'telegram', 'linkedin',
	// Indonesian, Vietnamese
	'beranda', 'bagikan', 'iklan', 'komentar', 'tinggalkan komentar', 'cari', 'tìm kiếm', 'chia sẻ', 'quảng cáo',
	// French, Spanish, Portuguese, Italian, German, Dutch, Polish, Turkish
	'accueil', 'partager', 'publicité', 'rechercher', 'inicio', 'compartir', 'publicidad', 'buscar', 'compartilhar', 'publicidade',
	'pesquisar', 'condividi', 'pubblicità', 'cerca', 'startseite', 'teilen', 'anzeige', 'suche', 'delen', 'advertentie', 'zoeken',
	'udostępnij', 'reklama', 'szukaj', 'paylaş', 'ara',
	// Russian, Ukrainian, Greek (capitals drop the accent: both spellings)
	'главная', 'поделиться', 'реклама', 'поиск', 'пошук', 'αρχική', 'αναζήτηση', 'κοινοποίηση', 'διαφήμιση', 'διαφημιση',
	// Arabic, Persian, Hebrew, Hindi
	'ابحث في الموقع', 'ابحث', 'بحث', 'مشاركة', 'إعلان', 'جستجو', 'اشتراک', 'تبلیغات', 'חיפוש', 'שתף', 'פרסומת', 'खोजें', 'खोज',
	'शेयर करें', 'विज्ञापन',
	// Chinese, Japanese, Korean
	'搜索', '搜尋', '分享', '广告', '検索', '共有', '広告', '검색', '공유', '광고',
];

/** Photo words, in every script, that label or end a caption. */
const PHOTO = 'ảnh|foto|fotos|fotó|photo|photos|photograph|bild|kuva|billede|zdjęcie|fotografie|fénykép|φωτογραφία|picha|larawan|kuha ni|ছবি|ภาพ|사진|写真|照片|摄影|फोटो|फ़ोटो|عکس|صورة|צילום|фото';

/** A credit for a photo, not for the story: "Foto: Lusa - arquivo", "Photo: Reuters", "Pool photo by ...". */
export const PHOTO_LABEL: RegExp = new RegExp(`^(?:(?:\\p{L}+\\s+){0,2}(?:${PHOTO}|picture|image|images|file photo|caption|crédit photo|kredit foto|sumber foto|foto yang digunakan|source photo|photo credit|divulgação|handout|courtesy))(?![\\p{L}])`, 'iu');

/** Patterns that make a whole line chrome. */
export const CHROME_PATTERNS: { name: string; pattern: RegExp; maxWords?: number }[] = (
	[
		{ name: 'breadcrumb', pattern: /^(you are here|anda di sini|anda berada di|vous êtes ici|usted está aquí|sie sind hier|вы здесь)\s*:/iu },
		{ name: 'copyright', pattern: /(\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|title 17 u\.s\.c|hak cipta|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|все права защищены)/iu },
		// A © notice, not a paragraph that ends in an agency's "(©NTB)".
		{ name: 'copyright', pattern: /©(?![^(]*\)\s*$)/u, maxWords: 30 },
		// A call for news tips under the story: "▶ 제보는 카톡 okjebo", "Got a news tip? ...".
		{ name: 'news tip prompt', pattern: /^(?:▶\s*)?(?:제보는|got a (?:news )?tip|have a (?:news )?tip|news tips?\s*:)/iu, maxWords: 15 },
		// "Нашли ошибку? Выделите фрагмент текста и нажмите Ctrl+Enter", "Zauważyłeś błąd? ... Ctrl+Enter".
		{ name: 'typo report prompt', pattern: /\bctrl\s*\+\s*enter\b/iu, maxWords: 20 },
		{ name: 'republication notice', pattern: /\b(this (document|article|story) (has been|was) (published|posted|republished) on\b)/iu },
		{
			name: 'font-size control',
			pattern: /^[[【(]?\s*(?:adjust\s+)?(?:font size|text size|font|text|schriftgröße|taille du texte|tamaño de letra|字号|字級|字体|文字サイズ|글자\s*크기)(?![\p{L}])(?:\s*size)?\s*[:：]?/iu,
		},
		{ name: 'page controls', pattern: /^(?:\s*[[【][^\]】]{1,12}[\]】]){2,}\s*$/u },
		{ name: 'social links', pattern: /^(facebook|twitter|whatsapp|telegram|linkedin|email|print)(\s*[|·•,/]?\s*(facebook|twitter|whatsapp|telegram|linkedin|email|print|vk))+$/iu },
		{ name: 'url', pattern: /^(https?:\/\/|www\.)\S+$/iu },
		// Two networks or more on a short line: the share bar under a headline (not the site's menu above it).
		{ name: 'share bar', pattern: /^(?=.{0,160}$)(?:.*\b(?:facebook|twitter|whatsapp|telegram|linkedin|google\+|weibo|wechat|vk|zalo|pinterest|reddit|e-?mail|x\.com)\b){2}/iu },
		// A site's cookie notice is a sentence or two (the longest in the corpora: 39 words); a story's paragraph about cookies runs longer.
		{
			name: 'cookie notice',
			maxWords: 40,
			pattern:
				/\b(?:we use cookies|this (?:site|website) uses cookies|cookie policy|accept (?:all )?cookies|cookies?\b.{0,80}\b(?:site|sito|seite|website|navegação|navigation|navegación|utiliz\p{L}*|verwende\p{L}*|usamos|use|uses|accept\p{L}*|akzept\p{L}*|gebruik\p{L}*|używa\p{L}*)|(?:site|sito|seite|website|navigation|navegación|navegação|utiliz\p{L}*|verwende\p{L}*|usamos|uses|gebruik\p{L}*)\b.{0,80}\bcookies?)\b/iu,
		},
		// Comment and sign-in prompts, notices on reuse, notices to subscribers, in the languages of the tables.
		{
			name: 'site notice',
			pattern:
				/\b(?:best viewed (?:with|in)|(?:offered|available) (?:only )?to (?:our )?subscribers|only a portion of the news|follow (?:us|the [\p{L} ]{2,40}) on (?:facebook|twitter|instagram)|creative commons|riproduzione riservata|reproduction (?:interdite|réservée|prohibited)|prohibida su reproducción|(?:to|pour|um zu|para|per) (?:comment|réagir|kommentieren|comentar|commentare)|comentários são|commentaires sont|melden sie sich (?:bitte )?an|bản quyền|abonelere sunulan|comments are closed|jelentkezzen be|has not been edited by|auto-generated from a syndicated feed|be the first to like this|при цитуванні|при цитировании)\b|حقوق (?:هذا|این|النشر|الطبع)|کلیه حقوق|جميع الحقوق|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|sindikasi konten|सिंडिकेट(?:ेड)? (?:फीड|फ़ीड)|不得轉載|不得转载|未经授权|無断転載|무단 ?전재|저작권자/iu,
		},
		// Wire-service furniture: the story's slug ("BC-RUSSIA-CRASH/EGYPT (UPDATE 2)") and its version note ("(Adds Egypt reaction)").
		{ name: 'wire slug', pattern: /^(?:[A-Z]{2,3}-)?[A-Z][A-Z0-9]+(?:[-/][A-Z0-9]{2,})+(?:\s*\((?:UPDATE|URGENT|LEAD|CORRECTED|REFILE)[^)]*\))?$/u },
		{ name: 'wire version note', pattern: /^\((?:adds|updates|recasts|changes|corrects|fixes|rewrites|writes through|recasts)\b[^)]*\)$/iu },
		// A breaking-news strip or a live feed's item: "BREAKING: ...", "عاجل: ...", "SON DAKİKA ▸ ...", "20:45  Headline".
		{
			name: 'breaking-news ticker',
			pattern:
				/^(?:breaking(?: news)?|urgent|just in|live|latest|última hora|ultima hora|son dakika|SON DAKİKA|sondakika|eilmeldung|dernière minute|ultim'ora|ultimissime|breaking nieuws|pilne|срочно|терміново|عاجل|فوری|מבזק|速報|快讯|快訊|속보|terkini|tin nóng|dringend)\s*[:：▸›»|–—-]/iu,
		},
		{ name: 'time stamp', pattern: /^\d{1,2}[:.]\d{2}\s{2,}\S/u },
		{ name: 'tags', pattern: /^(?:filed under|posted in|categories|category|tags|topics|keywords|címkék|tunnisteet|etiketter|stikkord|emneord|ετικέτες|etichete|টপিক|แท็ก|etiquetas|temas|schlagwörter|stichwörter|mots-clés|étiquettes|thèmes|tag|tagi|etiketler|anahtar kelimeler|теги|ключевые слова|từ khóa|kata kunci|label)\s*[:：]/iu },
		// A blog's title over its comments, as its software writes it in each language: "9 thoughts on “...”", "7 réflexions sur « ... »", "3 Kommentare zu „...“".
		{
			name: 'comment thread',
			pattern:
				/^(?:\d+|one|two|three)\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\b|^\d+\s+(?:réflexions?|commentaires?|réponses?)\s+(?:sur|à)\s*[«“"]|^\d+\s+(?:kommentare?|gedanken|antworten)\s+(?:zu|auf)\s*[„“"»]|^\d+\s+(?:comentarios?|respuestas?)\s+(?:en|a|sobre)\s*[«“"]|^\d+\s+(?:comentários?|respostas?|pensamentos?)\s+(?:em|para|sobre)\s*[«“"]|^\d+\s+(?:commenti|risposte|pensieri)\s+(?:su|a)\s*[«“"]|^\d+\s+(?:reacties?|gedachten)\s+(?:op|over)\s*[„“"]|^\d+\s+(?:komentarz[ey]?|odpowied\p{L}*|przemyśle\p{L}*)\s+(?:do|na)\b|^\d+\s+(?:комментари\p{L}*|мысл\p{L}*|ответ\p{L}*)\s+(?:к|на|о)\s*[«"]|^[\p{Lu}][\p{L}.'’ -]{0,30}\s(?:says|wrote|dit|schreibt|écrit|escribió|dice|escreveu|diz|scrive|napisał|pisze|schreef|zegt)\s*:$/iu,
		},
		{ name: 'newsletter sign-up', pattern: /\b(sign up for (our|the) newsletter|subscribe to (our|the) newsletter|unsubscribe at any time|delivered to your inbox)\b/iu },
		// The box about the writer under a post: its label alone, or with the bio after a colon ("Über den Autor: ...").
		{ name: 'author box', pattern: new RegExp(`^(?:${alternation(BIO_BOX_LABELS)})(?:\\s*[:：]\\s*\\S.*|\\s*[:：]?\\s*)$`, 'iu'), maxWords: MAX_AUTHOR_BOX_WORDS },
		// "This post contains affiliate links", "Cet article contient des liens affiliés", "Dieser Beitrag enthält Werbelinks".
		{
			name: 'affiliate notice',
			pattern: /\b(?:affiliate links?|affiliate commission|earn (?:a small )?commission|liens? affiliés?|lien d'affiliation|enlaces? de afiliad[oa]s?|link (?:di )?affiliazione|link affiliati|affiliate-links?|werbelinks?|provisionslinks?|links? afiliados?|linki afiliacyjne|partnerlinks?)\b/iu,
			maxWords: 45,
		},
		// The links to the blog's neighbouring posts: "← Previous post: ...", "Article suivant : ... →", "Articolo successivo: ...".
		{
			name: 'post navigation',
			pattern:
				/^(?:[‹«←<]\s*)?(?:(?:previous|next|older|newer) (?:post|article|story|entry)|article (?:précédent|suivant)|articolo (?:precedente|successivo)|artículo (?:anterior|siguiente)|(?:artigo|post) (?:anterior|seguinte|próximo)|(?:vorheriger|nächster) (?:beitrag|artikel)|(?:vorige|volgende) (?:post|artikel|bericht)|(?:poprzedni|następny) (?:wpis|artykuł))\s*[:：]/iu,
		},
		{ name: 'social links', pattern: /^follow us\b/iu },
		// "Siga a Gazeta nas redes sociais e ...", "Folgen Sie uns in den sozialen Netzwerken", "Suivez-nous sur les réseaux sociaux".
		{
			name: 'social links',
			pattern: /^(?:follow|siga|sigam|síguenos|sigue(?:nos)?|folgen sie|suivez|seguici|seguite|volg|obserwuj)\b.{0,60}\b(?:social media|social networks|redes sociais|redes sociales|sozialen (?:medien|netzwerken)|réseaux sociaux|social(?: network)?|sociale media|mediach społecznościowych)\b/iu,
			maxWords: 30,
		},
		// An offer of the site's app: "Download our free app", "Baixe o app da Gazeta ...", "Available on the App Store and Google Play".
		{
			name: 'app banner',
			pattern:
				/^(?:download|get) (?:our|the) (?:free )?(?:news )?app\b|^baixe (?:o|nosso) (?:app|aplicativo)\b|^(?:descarga|descargue) (?:nuestra|la) app\b|^téléchargez (?:notre|l')appli(?:cation)?\b|^scarica (?:la nostra )?app\b|^(?:laden sie|holen sie sich) (?:unsere|die) app\b|^download onze app\b|^pobierz (?:naszą )?aplikację\b|^скачайте (?:наше )?приложение\b|\bapp store\b.{0,25}\bgoogle play(?!\p{L})[^.!?]*$|\bgoogle play\b.{0,25}\bapp store(?!\p{L})[^.!?]*$/iu,
			maxWords: 30,
		},
		{ name: 'related link', pattern: new RegExp(`^(?:${alternation(LINK_BOX_LABELS)})\\s*[:：]`, 'iu') },
		{ name: 'separator', pattern: /^[\p{P}\p{S}\s]+$/u },
		{ name: 'print-edition note', pattern: /\b(appears? in print on|a version of this (article|story) (appears|appeared))\b/iu },
		{
			name: 'time stamp',
			pattern:
				new RegExp(String.raw`^(?:\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|[A-Z]{2,4}T|IST|WIB|MSK|CET|CEST|KST|JST|UTC[+-]\d{1,2})?|${RELATIVE_STAMP})$`, 'iu'),
		},
		{
			name: 'time stamp',
			pattern: new RegExp(`^(?:${alternation([...PUBLISHED_WORDS, ...UPDATED_WORDS])})\\s*[:：]?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[\\p{L}]+){0,4}\\s*$`, 'iu'),
		},
		{
			// "3 min read", "3 min leestijd", "Lesezeit: 4 Minuten", "Temps de lecture : 2 min", "2 хв читання", "3分で読めます".
			name: 'reading time',
			pattern:
				/^(?:(?:reading time|read time|lesezeit|leestijd|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|czas czytania|okuma süresi|время чтения|час читання|waktu baca)\s*[:：]?\s*)?(?:ca\.\s*)?\d+\s*(?:min(?:ute|uten|utos|uti|ut|uty)?s?|минут[аы]?|мин|хв(?:илин[аи]?)?|dk|phút|menit|分|분)\.?\s*(?:read|reading|to read|leestijd|lesezeit|de lecture|de lectura|di lettura|de leitura|czytania|okuma|чтения|читання|baca|đọc|で読めます|읽기)?$/iu,
		},
		{ name: 'counter', pattern: /^(?:facebook|twitter|x|whatsapp|telegram|linkedin|vk|reddit|pinterest|email|e-mail|share|shares|tweet)\s*[:(]?\s*\d[\d.,]*\)?$/iu },
		{
			name: 'counter',
			pattern:
				/^[\p{Extended_Pictographic}\uFE0F\s]*(?:\(?\d[\d.,\s]*\)?\s*)?(?:comments?|views?|shares?|likes?|reads?|replies|reactions|hozzászólások|hozzászólás|kommentit|kommentarer|kommentarer|comentarii|σχόλια|maoni|komento|মন্তব্য|ความคิดเห็น|เข้าชม|kommentare?|commentaires?|comentarios?|comentários?|commenti|komentarze?|komentar(?:ze)?|reacties|коментарі|комментари[йяи]|yorum(?:lar)?|تعليقات?|نظرات?|תגובות|टिप्पणियां|评论|評論|コメント|댓글|bình luận|lượt xem|dilihat|visualizações|letture|aufrufe|просмотр(?:ов|а)?|переглядів|görüntülenme|مشاهدة|浏览|閲覧|조회)\s*(?:\(?\d[\d.,\s]*\)?)?\s*(?:add a comment)?$/iu,
		},
		// (A line of four or more words spaced singly with one emoji among them is a headline or a sentence: "Leaders agree on a deal 🎉".)
		{ name: 'share or counter line', pattern: /^(?!(?=[^\p{Extended_Pictographic}]*\p{Extended_Pictographic}[^\p{Extended_Pictographic}]*$)(?:[^\s|·•/\d]+ ){3,}[^\s|·•/\d]+$)(?=.*\p{Extended_Pictographic})(?:[\p{Extended_Pictographic}\uFE0F\u200D\d\s.,|·•/+-]|\p{L}+(?=[\s\p{Extended_Pictographic}]|$)){1,}$/u },
		{ name: 'editor initials', pattern: /^(?:\p{Lu}{2,4}\s*\/{1,2}\s*){1,3}\p{Lu}{0,4}$|^\p{Ll}{2,4}\s*\/\s*\p{Ll}{2,4}\/?$|^\p{Ll}{2,4}\/\s*\p{Ll}{2,4}\/?$|^\p{Lu}{2,4}(?:\s+\p{Lu}{2,4}){1,2}$/u },
		// The furniture that speaks to the reader (tables/prompts.ts).
		{ name: 'accessibility link', pattern: SKIP_LINK },
		{ name: 'consent prompt', pattern: CONSENT_BUTTON_LINE },
		{ name: 'consent prompt', pattern: CONSENT_PROMPT },
		{ name: 'audio player', pattern: LISTEN_LINE },
		{ name: 'newsletter sign-up', pattern: NEWSLETTER_PROMPT, maxWords: 45 },
		{ name: 'newsletter sign-up', pattern: INBOX_PROMPT, maxWords: 30 },
		{ name: 'newsletter sign-up', pattern: SIGN_UP_CONSENT, maxWords: 40 },
		{ name: 'newsletter sign-up', pattern: SIGN_UP_PROMISE, maxWords: 25 },
		{ name: 'newsletter sign-up', pattern: new RegExp(`^(?:${alternation(SIGN_UP_CONTROLS)})[\\s.!:…]*$`, 'iu') },
		{ name: 'ad marker', pattern: AD_MARKER },
		{ name: 'agency footer', pattern: AGENCY_FOOTER, maxWords: 50 },
		{ name: 'comment prompt', pattern: COMMENT_PROMPT, maxWords: 25 },
		// A paywall's offer on a free story's page: "유료 회원 가입하고 광고 없이 보기", "Already a subscriber? Sign in".
		{ name: 'subscription prompt', pattern: PAYWALL, maxWords: 12 },
		{ name: 'photo credit', pattern: PHOTO_AGENCY_LINE },
		{
			name: 'photo caption',
			pattern: new RegExp(
				[
					// "... Fot. PAP", "... - Ảnh: HOÀNG NAM", "... 17/11. Ảnh: Phương Hoa", "/사진=연합뉴스", "(Photo: ...)"
					String.raw`(?:^|[\s(])fot\.\s`,
					// "ภาพ: <a long description>": a photo label opening a long line is a caption (a short one is a credit).
					String.raw`^(?:${PHOTO})\s*[:：](?=.{80,})`,
					String.raw`(?:[(（/=]|[.。।]\s*|\s[-–—]\s*)(?:${PHOTO})\s*[:=：.]`,
					// "(AP Photo/Evan Vucci)", "(ANTARA FOTO/Reno Esnir)"
					String.raw`\((?:[\p{L}\s.'-]+\s)?(?:photos?|fotos?)\s*\/[^)]*\)`,
					String.raw`\bphoto(?:graph)?s?\s+(?:courtesy|credit)\b`,
					// "... Foto ANP/Robin van Lonkhuijsen", "... ANTARA FOTO/Muh Ali"
					String.raw`(?:^|\s)(?:(?:${PHOTO})\s+\p{Lu}[\p{L}.-]*|\p{Lu}[\p{Lu}.-]+\s+(?:${PHOTO}))\s*\/\s*\p{Lu}`,
					// "... in the chamber. MANUEL DE ALMEIDA/LUSA", "... 2022. REUTERS/Edgar Su/File Photo": a sentence, then the agency, the photographer, the file's note.
					String.raw`[.。]\s+\p{Lu}[\p{L}.'’ -]{2,40}(?:\/\s*\p{Lu}[\p{L}.'’ -]{1,25}){1,3}$`,
					// "... a small cinema (Image: Harbour Studio)", "(Picture: Jane Doe)", "(Credit: ...)"
					String.raw`[(（]\s*(?:image|images|picture|pictures|pic|credit|crédit|crédito|bildquelle)\s*[:：][^()（）]{2,40}[)）]\s*$`,
					// "... on Tuesday. Pool photo by Ben Birchall", "... in eastern Paris. Ledger file photo"
					String.raw`[.。]\s+(?:[\p{L}]+\s+){0,2}(?:photo|foto)s?\s+(?:by|de|von|di|por)\s+\p{Lu}`,
					String.raw`[.。]\s+(?:[\p{L}]+\s+){0,3}(?:file\s+)?(?:photo|foto)s?$`,
					// "... (HT File Photo)", "(Foto: dpa)"
					String.raw`[(（][^()（）]{0,30}(?:${PHOTO}|file photo)[^()（）]{0,30}[)）]\s*$`,
					// "[연합뉴스 자료사진]", "【写真】"
					String.raw`[[［【][^\]］】]*(?:${PHOTO})[^\]］】]*[\]］】]`,
					// "（中新社提供）", "新华社记者 林晓 摄", "(file photo)", "(Arşiv)"
					String.raw`[(（][^()（）]{1,20}(?:提供|摄|攝|供图|供圖)[)）]$`,
					String.raw`记者\s*\S{2,4}\s*摄$`,
					String.raw`[(（](?:फाइल फोटो|file photo|file|archive|archives|archiv|archivo|arquivo|arşiv|أرشيفية|أرشيف|ارشیو|资料图|资料照片|資料照片)[)）]$`,
					String.raw`\sأرشيفية$`,
				].join('|'),
				'iu',
			),
		},
	] as const
).map((rule) => ({ ...rule, pattern: anyScriptBoundaries(rule.pattern) }));

/** Phrases removed where they trail a line that carries something else (a date line). */
export const INLINE_CHROME: { name: string; pattern: RegExp }[] = [
	{ name: 'font-size control', pattern: /\s*\b(adjust )?(font|text) size\s*:?\s*$/iu },
	{ name: 'print/email links', pattern: /\s*\b(print|e-?mail)(\s*[|·•]\s*(print|e-?mail))+\s*$/iu },
].map(({ name, pattern }) => ({ name, pattern: anyScriptBoundaries(pattern) }));

/** Agency end-of-copy markers, at the end of the last paragraph or alone on a line. */
export const END_MARKERS: RegExp =
	/(?:^|\s+)(?:Endit|ENDIT|ENDS|\(END\)|\(ENDS\)|-END-|--END--|\/\/\/|###|-0-|\(fin\)|\/fim|\p{L}+\/fim|\(النهاية\)|\/\/ ?انتهى ?\/\/|انتهى)\s*$|\s*(?:\(完\)|（完）|[（(](?:責任編輯|责任编辑|編輯|编辑)[：:][^）)]{1,12}[）)]\d*)\s*$/u;

/** Wide spaces between items: "Home   News   World", "ニュース　国内" (two spaces only between words, as after a sentence's end they are common). */
const WIDE = String.raw`(?:\s{3,}|\u3000+|\t+|(?<=\p{L}|\d)\s{2}(?=\p{L}|\d))`;
/**
 * Separators of navigation menus and news tickers: a line made of several short
 * items joined by these is navigation, whatever the words.
 */
export const MENU_SEPARATORS: RegExp = new RegExp(String.raw`\s+[|•·»›◦▪>/]\s+|\s[|•·]|[|•·]\s|>>|${WIDE}`, 'u');
/** Wide spaces alone (no bar or bullet): a menu only when the line is not prose that happens to have double spaces. */
export const WIDE_SPACES: RegExp = new RegExp(WIDE, 'gu');

/** Labels of photo and reporting credit lines. */
export const CREDIT_LABELS: RegExp = anyScriptBoundaries(
	/^(photo|photos|photo credit|photograph|picture|image|images|file photo|caption|foto|fotos|bild|kuva|billede|fotografie|fénykép|φωτογραφία|picha|larawan|ছবি|ภาพ|autor|author|autore|auteur|συντάκτης|zdjęcie|foto yang digunakan|sumber foto|kredit foto|crédit photo|фото|ảnh|사진|写真|照片|عکس|صورة|צילום|divulgação|handout|courtesy|reporting by|additional reporting by|writing by|editing by|edited by|compiled by|translated by|reporter|correspondent|muhabir|wartawan|phóng viên|penulis|editor|editors|pewarta|reportage|rédaction|edição|redakcja|redazione|redactie|redacción|редактор|редакция|editör|biên tập|tác giả|محرر|المحرر|تحرير|دبیر|עורך|संपादक|责任编辑|責任編輯|编辑|編輯|記者|记者|기자|source photo)\b\s*[:/：=-]?/iu,
);

/**
 * A byline: "By JANE DOE Associated Press", "מאת: ...", or a name with its role:
 * "Tiago Reis - Repórter da Agência Brasil", "Jane Doe, Staff Writer".
 */
export const BYLINE: RegExp = anyScriptBoundaries(
	/^(?:\p{Lu}[\p{L}'’-]+\s){1,3}(?:and\s(?:\p{Lu}[\p{L}'’-]+\s){1,3})?in\s\p{Lu}[\p{L}'’.-]*(?:\s(?:(?:de|da|do|del|di|la|le|al|el|van|von|am|upon|on)\s)?\p{Lu}[\p{L}'’.-]*){0,3}$|^(?:[Bb]y|BY|[Oo]leh|[Pp]ar|[Pp]or|[Vv]on|[Dd]i|[Dd]oor|[Оо]т|[Аа]втор:?|[Yy]azan:?)\s+\p{Lu}|^(?:מאת|بقلم|نویسنده|लेखक|作者|文)\s*[:：]?\s+\S|^\p{Lu}[\p{L}.'’ -]{2,40}\s*[-–—,|]\s*(?i:reporter|repórter|reportero|reporteira|correspondent|correspondente|corresponsal|korrespondent|korespondent|staff writer|journalist|jornalista|periodista|giornalista|redakteur|redactor|dziennikarz|корреспондент|кореспондент|muhabir|wartawan|phóng viên)\b/u,
);
/** The tail credit of agency copy: "... contributed to this report." */
export const CONTRIBUTOR_LINE: RegExp = /\bcontributed( reporting)? to this (report|story)\.?$|^\p{Lu}[\p{L}.'’ -]{2,40} reported from \p{Lu}/u;

const DATE_LABELS = [...PUBLISHED_WORDS, ...UPDATED_WORDS, ...DATE_LINE_WORDS];
const UNSPACED_LABELS = DATE_LABELS.filter((w) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(w));
const SPACED_LABELS = DATE_LABELS.filter((w) => !UNSPACED_LABELS.includes(w));
/** Labels and times around a date in a date line: "Updated: November 26, 2015 at 9:47 pm". */
export const DATE_LINE_NOISE: RegExp[] = [
	new RegExp(`(?<![\\p{L}])(?:${alternation(SPACED_LABELS)})(?![\\p{L}])\\s*[:：]?`, 'giu'),
	// Labels in scripts without spaces stand inside a run of text ("配信日時：").
	new RegExp(`(?:${alternation(UNSPACED_LABELS)})(?:日時|日|時間|时间|시간)?\\s*[:：]?`, 'gu'),
	// A weekday abbreviated in brackets after a CJK date: "（火）", "(월)".
	/[（(][日月火水木金土일월화수목금토一二三四五六][）)]/gu,
	/(?<![\p{L}\p{N}])\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|MSK|WIB|WITA|WIT|BST|IST|KST|JST|Uhr|hrs?|h|م|ص)(?:[+-]\d{1,2})?)?(?![\p{L}\p{N}])/giu,
	/(?<![\p{N}])\d{1,2}\s*[時时시點点]\s*(?:\d{1,2}\s*[分분](?:\s*\d{1,2}\s*[秒초])?)?|(?:午前|午後|上午|下午|오전|오후)/gu,
	/(?<![\p{L}\p{N}])(le|la|à|at|on|am|um|el|de|del|em|om|o|godz|pukul|в|о|saat|lúc|في|الساعة|ב|ساعت|बजे)(?![\p{L}\p{N}])/giu,
	// "Posted on 11/05/2015 by Dan Whitaker": the author beside the date.
	/(?<![\p{L}])(?:by|par|por|von|di|oleh|door|przez)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}/gu,
];

/** Labels of source-credit lines such as "[Source: Itar Tass, Moscow, 17Nov15]". */
export const SOURCE_LABELS: RegExp =
	/^[[(]?\s*(source|sources|sumber|fuente|quelle|fonte|źródło|bron|zdroj|izvor|forrás|sursa|kilde|lähde|källa|kaynak|πηγή|источник|джерело|nguồn|ที่มา|来源|來源|출처|出典|المصدر|منبع|מקור|स्रोत|সূত্র)\s*[:：]\s*(?<rest>.*?)\s*[\])]?\s*$/iu;

/**
 * Credit lines that say the story draws on an agency's copy: "Com informações da
 * Lusa.", "Con información de EFE", "Mit Material von dpa", "With reporting by
 * Reuters". The rest must name an agency.
 */
export const WITH_MATERIAL_FROM: RegExp =
	/^[[(]?\s*(?:com informações d[aoe]s?|com agências|con información de(?: la| los)?|con informaci[oó]n de|avec|mit material von|with reporting (?:by|from)|with information from|additional reporting by|z informacji|con informazioni d[ie]l?l?[ae]?|met informatie van)\s+(?<rest>[^.]{2,60})\.?\s*[\])]?$/iu;

/** Version tags wire services put in front of a headline: "(LEAD) ", "(2nd LD) ", "(URGENT) ", "UPDATE 2-". */
export const TITLE_TAGS: RegExp = /^(?:\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \d+)?|CORRECTED|REFILE|AMPLIFICATION|EXCLUSIVE)\)\s*|(?:UPDATE \d+|REFILE|CORRECTED)\s*[-–:]\s*)/iu;
