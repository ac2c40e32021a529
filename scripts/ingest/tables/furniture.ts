/**
 * More of the page's furniture, in the languages of the tables: ad markers inside the story,
 * a newsletter box's promise and its privacy line, the agencies' own footers, prompts to comment,
 * and "read more" labels. Data only; tables/chrome.ts names the rules, block-kind.ts applies them.
 */
import { alternation, anyScriptBoundaries } from '../regex.ts';

/** The word an ad slot carries, alone on a line or set off by dashes: "ADVERTISEMENT", "- Anzeige -", "Reklam". */
const AD_WORDS = [
	'advertisement', 'advertising', 'ad', 'sponsored content', 'anzeige', 'werbung', 'publicité', 'publicidad', 'publicidade', 'pubblicità',
	'advertentie', 'reklama', 'reklam', 'реклама', 'iklan', 'quảng cáo', 'διαφήμιση', 'hirdetés', 'mainos', 'annons', 'annonse', 'reclamă',
	'إعلان', 'آگهی', 'تبلیغات', 'פרסומת', 'विज्ञापन', 'โฆษณา', '광고', '広告', '广告', '廣告',
];
/** What the slot says of the story around it: "Story continues below advertisement", "Continua após a publicidade". */
const AD_CONTINUES = [
	'story continues below advertisement', 'story continues below', 'article continues below advertisement', 'article continues below',
	'continue reading below', 'the article continues after the ad', 'scroll to continue', 'scroll to continue with content', 'continúa leyendo',
	'sigue leyendo', 'continúa después de la publicidad', 'la noticia continúa tras la publicidad', 'continua após a publicidade',
	'continua depois da publicidade', 'a reportagem continua após a publicidade', 'la suite après cette publicité', 'la suite après la publicité',
	'lire la suite après la publicité', 'weiter nach der anzeige', 'lesen sie nach der anzeige weiter', 'artikel geht nach der anzeige weiter',
	'continua a leggere dopo la pubblicità', "l'articolo continua dopo la pubblicità", 'dalsza część artykułu pod reklamą', 'dalszy ciąg pod reklamą',
	'artikel gaat verder na de advertentie', 'haberin devamı reklamdan sonra', 'статья продолжается после рекламы', 'продолжение после рекламы',
	'продовження після реклами', 'bài viết tiếp tục sau quảng cáo', 'artikel berlanjut setelah iklan', 'lanjutkan membaca', 'ادامه مطلب در زیر',
	'يتبع بعد الإعلان', '記事の続きは広告の後で', '기사 계속', '广告后继续阅读',
];
/** An ad slot's line: its word (maybe with the slot's note, "Advertisement · Scroll to continue") or its note alone. */
export const AD_MARKER: RegExp = new RegExp(
	`^[\\s\\p{Pd}·•|]*(?:(?:${alternation(AD_WORDS)})(?:[\\s\\p{Pd}·•|:]+(?:${alternation(AD_CONTINUES)}))?|(?:${alternation(AD_CONTINUES)}))[\\s\\p{Pd}·•|.…:]*$`,
	'iu',
);

/** The box's promise of the news in the reader's mailbox: "Get the latest news ... straight to your inbox every morning". */
const INBOX = String.raw`(?:to|in|into) your (?:e-?mail )?inbox|(?:in|ins) (?:ihr|ihrem|ihren) (?:e-mail-)?postfach|dans votre boîte (?:mail|e-mail|de réception|aux lettres)|(?:en|a) tu (?:correo(?: electrónico)?|bandeja de entrada|e-?mail)|nella tua (?:casella (?:di posta|e-?mail)|e-?mail)|(?:na|no) (?:sua caixa de (?:entrada|e-mail)|seu e-?mail)|(?:do|w) twojej skrzynce|do twojej skrzynki|in je (?:inbox|mailbox)|ke kotak masuk anda|на вашу почту|на вашу пошту|e-posta kutunuza`;
const NEWS = String.raw`news|headlines|stories|nachrichten|neuigkeiten|actualité|actualités|infos|informations|noticias|notícias|notizie|wiadomości|nieuws|berita|новости|новини|haberler|every morning|daily|jeden morgen|täglich|chaque (?:matin|jour)|cada (?:mañana|día|manhã|dia)|ogni (?:mattina|giorno)|todas as manhãs|codziennie|elke ochtend|setiap pagi|каждое утро|щоранку|her sabah`;
/** A newsletter box's promise: the news, to the reader's inbox. */
export const INBOX_PROMPT: RegExp = anyScriptBoundaries(new RegExp(String.raw`\b(?:${INBOX})\b.*\b(?:${NEWS})\b|\b(?:${NEWS})\b.*\b(?:${INBOX})\b`, 'iu'));
/** The box's promise without the mailbox: "Recevez chaque matin l'essentiel de l'actualité", "Get the day's headlines every morning". */
const RECEIVE = String.raw`get|receive|recevez|recevoir|recibe|reciba|ricevi|receba|erhalten sie|bekommen sie|otrzymuj|ontvang|dapatkan|получайте|отримуйте|alın`;
const EVERY = String.raw`every (?:morning|evening|day|week)|daily|jeden (?:morgen|abend|tag)|täglich|chaque (?:matin|soir|jour|semaine)|cada (?:mañana|tarde|día|semana|manhã|dia)|todas as manhãs|ogni (?:mattina|sera|giorno)|codziennie|każdego ranka|elke ochtend|setiap (?:pagi|hari)|каждое утро|щоранку|her sabah`;
export const SIGN_UP_PROMISE: RegExp = anyScriptBoundaries(new RegExp(String.raw`^(?:${RECEIVE})\s(?=.*\b(?:${EVERY})\b).*\b(?:${NEWS})\b`, 'iu'));
/** The box's privacy line: "By signing up, you agree to ...", "Mit der Anmeldung stimmen Sie ... zu", "Al suscribirte aceptas ...". */
export const SIGN_UP_CONSENT: RegExp = anyScriptBoundaries(
	/^(?:by (?:signing up|subscribing|registering|clicking (?:sign up|subscribe))|mit (?:der|ihrer) (?:anmeldung|registrierung|bestellung)|mit dem (?:abonnement|abonnieren)|en vous (?:inscrivant|abonnant)|en (?:vous )?(?:cliquant sur|validant)|al (?:suscribirte|suscribirse|registrarte|registrarse|hacer clic)|iscrivendoti|iscrivendosi|ao (?:se )?(?:inscrever|cadastrar|assinar|clicar)|zapisując się|subskrybując|rejestrując się|door (?:je )?aan te melden|dengan mendaftar|подписываясь|підписуючись|kaydolarak|abone olarak)\b/iu,
);
/** The box's field and button: "Enter your email address", "Sign up here.", "E-Mail-Adresse eingeben". */
export const SIGN_UP_CONTROLS = [
	'sign up here', 'subscribe here', 'sign me up', 'enter your email', 'enter your email address', 'email address', 'your email', 'hier anmelden',
	'jetzt anmelden', 'e-mail-adresse eingeben', 'ihre e-mail-adresse', 'e-mail-adresse', 'inscrivez-vous ici', 'votre adresse e-mail', 'votre e-mail',
	'adresse e-mail', 'suscríbete aquí', 'suscríbete', 'tu correo electrónico', 'correo electrónico', 'iscriviti qui', 'iscriviti', 'il tuo indirizzo email',
	'inscreva-se aqui', 'seu e-mail', 'zapisz się tutaj', 'twój adres e-mail', 'adres e-mail', 'meld je aan', 'daftar di sini', 'подписаться', 'підписатися',
	'abone ol',
];

/** The agencies' own lines under their copy: their standards, their self-description. */
export const AGENCY_FOOTER: RegExp = anyScriptBoundaries(
	/^(?:our standards\s*:|the thomson reuters trust principles\b|the associated press is an independent global news organi[sz]ation\b|reuters, the news and media division of thomson reuters\b|afp is a (?:leading )?global news agency\b|agence france-presse is a global news agency\b|bloomberg news is\b.{0,40}\bnews organi[sz]ation\b)/iu,
);

/** A prompt to comment under (or in) the story: "Have your say", "Was meinen Sie? Diskutieren Sie mit", "Donnez votre avis", "Opina". */
export const COMMENT_PROMPT: RegExp = anyScriptBoundaries(
	/^(?:have your say\b|what do you think\?|tell us what you think\b|join the (?:conversation|discussion|debate)\b|leave your comment\b|comment on this (?:story|article)\b|was meinen sie\?|was denken sie\?|diskutieren sie mit\b|jetzt kommentieren\b|kommentar schreiben\b|donnez votre avis\b|réagissez\b|laissez un commentaire\b|opina\b|opine\b|deja tu comentario\b|deja un comentario\b|¿qué opinas\?|dê sua opinião\b|deixe seu comentário\b|deixe o seu comentário\b|lascia un commento\b|dì la tua\b|skomentuj\b|dodaj komentarz\b|co o tym sądzisz\?|yorum yap\b|yorum yazın\b|оставьте комментарий\b|залиште коментар\b|berikan komentar\b|tulis komentar\b|bình luận của bạn\b)|\blet us know in the comments\b|\btell us in the comments\b|\bschreiben sie (?:es )?(?:uns )?in die kommentare\b|\bdites-le(?:-nous)? en commentaire\b|\bcuéntanos en los comentarios\b|\bconte nos comentários\b/iu,
);

/** Labels of a link to another story, before its headline ("Leia mais: ...", "Czytaj również: ...") or alone ("Devamını oku"). */
export const MORE_LINK_LABELS = [
	'lire la suite', 'lire plus', 'leia mais', 'veja mais', 'leer más', 'sigue leyendo', 'continua a leggere', 'leggi di più', 'weiterlesen',
	'mehr lesen', 'lees meer', 'lees verder', 'czytaj również', 'czytaj więcej', 'czytaj dalej', 'przeczytaj też', 'přečtěte si také', 'čtěte také',
	'baca selengkapnya', 'baca lebih lanjut', 'devamını oku', 'haberin devamı', 'ilginizi çekebilir', 'читать далее', 'читать также', 'читайте далі',
	'đọc tiếp', 'xem tiếp', 'بیشتر بخوانید', 'بخوانید', 'اقرأ المزيد', 'اقرأ أيضاً', 'קראו עוד', 'और पढ़ें', '続きを読む', '더 읽기', '阅读更多', '閱讀更多',
	'continue reading', 'keep reading', 'also read', 'read next', 'read this next',
];

/**
 * Labels that open a box of links to other stories: the short lines after them,
 * up to the next prose, are links too. Alone on a line, or before a colon and
 * one headline ("Read more: ...").
 */
export const LINK_BOX_LABELS: string[] = [
	'related', 'related articles', 'related news', 'related stories', 'related coverage', 'related content', 'related topics',
	'more on this story', 'read more', 'more news', 'more stories', 'most popular', 'most read', 'most viewed', 'most shared',
	'in other news', 'you might also like', 'you may have missed', 'popular posts', 'recent posts', 'related posts', 'recent comments',
	'top stories', 'top news', 'latest news', 'latest', 'latest stories', 'recommended', 'recommended for you', 'trending',
	'trending now', 'you may also like', 'see also', 'also read', 'read also', 'editor’s picks', "editor's picks", 'watch', 'listen',
	'berita terkait', 'baca juga', 'terpopuler', 'tin liên quan', 'xem thêm', 'bài liên quan', 'đọc thêm',
	'lire aussi', 'à lire aussi', 'à lire également', 'voir aussi', 'lea también', 'te puede interesar', 'leia também', 'leggi anche',
	'mehr zum thema', 'lesen sie auch', 'das könnte sie auch interessieren', 'lees ook', 'czytaj także', 'czytaj też',
	'meistgelesen', 'meistgelesene artikel', 'auch interessant', 'weitere nachrichten', 'lo más leído', 'lo más visto', 'noticias relacionadas',
	'últimas noticias', 'les plus lus', 'articles similaires', 'articles récents', 'sur le même sujet', 'articoli correlati', 'post più letti',
	'i più letti', 'ultime notizie', 'potrebbe interessarti', 'notícias relacionadas', 'mais lidas', 'veja também', 'meest gelezen',
	'najczęściej czytane', 'zobacz także', 'самое читаемое', 'другие новости', 'en çok okunanlar',
	'citește și', 'citeşte şi', 'vezi și', 'ayrıca bakınız', 'ilgili haberler', 'читайте также', 'читайте також', 'تابع أيضا', 'اقرأ أيضا', 'اخبار مرتبط', 'כתבות נוספות',
	'यह भी पढ़ें', 'อ่านต่อ', 'อ่านเพิ่มเติม', 'ข่าวที่เกี่ยวข้อง', 'อ่านข่าวที่เกี่ยวข้อง', 'ข่าวล่าสุด', 'ข่าวยอดนิยม', '相关新闻', '相关阅读', '延伸閱讀', '関連記事', '관련기사',
	// strips of the latest news: the headlines under them are links
	'breaking news', 'breaking', 'just in', 'última hora', 'ultima hora', 'son dakika', 'SON DAKİKA', 'eilmeldung', 'dernière minute', "ultim'ora",
	'pilne', 'срочно', 'терміново', 'عاجل', 'מבזקים', '速報', '快讯', '속보', 'berita terkini', 'tin mới nhất',
	...MORE_LINK_LABELS,
];
/** Labels that name the section whose links follow: "More from World", "Mehr aus Politik". */
const LINK_BOX_PREFIXES = ['more from', 'more in', 'latest from', 'most read in', 'also in', 'mehr aus', 'plus de', 'más de', 'mais de', 'altro da', 'meer uit'];

/** A line that is a link-box label: a label alone, a label naming a section, or a label before a colon. */
export const LINK_BOX_LABEL: RegExp = new RegExp(
	`^(?:(?:${alternation(LINK_BOX_LABELS)})\\s*[:：»›>]*\\s*$|(?:${alternation(LINK_BOX_PREFIXES)})(?:\\s+[\\p{L}\\p{N}&'’-]+){1,3}\\s*[:：»›>]*\\s*$)`,
	'iu',
);
