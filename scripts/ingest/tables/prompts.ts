/**
 * The page's furniture that speaks to the reader, in the languages of the
 * tables: accessibility links, consent prompts and their buttons, newsletter
 * prompts, "listen to this article" players, reporters' role lines and the
 * author's bio under the story. Data only; lines.ts and bio.ts apply them.
 */
import { alternation, anyScriptBoundaries } from '../regex.ts';

/** "Skip to content" and its kin: links for screen readers at the top of the page. */
const SKIP_LINKS = [
	'skip to content', 'skip to main content', 'skip to navigation', 'skip to search', 'skip to footer', 'skip navigation', 'jump to content',
	'jump to main content', 'accessibility help', 'zum inhalt springen', 'zur navigation springen', 'zum hauptinhalt springen', 'direkt zum inhalt',
	'aller au contenu', 'aller au contenu principal', 'aller à la navigation', 'passer au contenu', 'saltar al contenido', 'saltar al contenido principal',
	'ir al contenido', 'saltar a la navegación', 'saltar para o conteúdo', 'saltar para a navegação', 'ir para o conteúdo', 'vai al contenuto',
	'salta al contenuto', 'naar de inhoud', 'ga naar de inhoud', 'przejdź do treści', 'przejdź do menu', 'przejdź do nawigacji',
	'lewati ke konten', 'lewati ke konten utama', 'langsung ke konten', 'chuyển đến nội dung', 'ana içeriğe atla', 'içeriğe geç',
	'перейти к содержанию', 'перейти к основному содержанию', 'перейти до змісту', 'перейти до основного вмісту', 'μετάβαση στο περιεχόμενο',
	'přejít k obsahu', 'přeskočit na obsah', 'ugrás a tartalomra', 'الانتقال إلى المحتوى', 'تخطي إلى المحتوى', 'پرش به محتوا', 'דלג לתוכן',
	'सामग्री पर जाएं', 'मुख्य सामग्री पर जाएं', 'ข้ามไปยังเนื้อหา', '本文へ移動', '本文へスキップ', '본문 바로가기', '跳到主要内容', '跳至主要內容',
];
export const SKIP_LINK: RegExp = new RegExp(`^(?:${alternation(SKIP_LINKS)})$`, 'iu');

/**
 * Thai consent notices, in a script without spaces (no word boundaries): "เว็บไซต์นี้ใช้คุกกี้" (this site uses cookies),
 * "เว็บไซต์นี้มีการใช้คุกกี้", "เราใช้คุกกี้" (we use cookies), "ยอมรับการใช้คุกกี้" (accept the use of cookies), "นโยบายคุกกี้" (cookie policy).
 */
const THAI_CONSENT = ['เว็บไซต์นี้ใช้คุกกี้', 'เว็บไซต์นี้มีการใช้คุกกี้', 'เว็บไซต์นี้มีการใช้งานคุกกี้', 'เว็บไซต์ใช้คุกกี้', 'เราใช้คุกกี้', 'ยอมรับการใช้คุกกี้', 'นโยบายคุกกี้'];
/** "We and our partners" in the languages of the tables, with or without their number ("We and our 312 partners", "nous et nos 842 partenaires"). */
const WE_AND_OUR_PARTNERS: [string, string][] = [
	['we and our', 'partners'], ['wir und unsere', 'partner'], ['nous et nos', 'partenaires'], ['nosotros y nuestros', 'socios'], ['nós e os nossos', 'parceiros'],
	['nós e nossos', 'parceiros'], ['noi e i nostri', 'partner'], ['wij en onze', 'partners'], ['my i nasi', 'partnerzy'], ['kami dan', 'mitra kami'],
	['мы и наши', 'партнеры'], ['мы и наши', 'партнёры'], ['ми та наші', 'партнери'], ['my a naši', 'partneři'], ['εμείς και οι', 'συνεργάτες μας'],
	['biz ve', 'iş ortaklarımız'], ['chúng tôi và', 'đối tác của chúng tôi'],
];
const PARTNERS = WE_AND_OUR_PARTNERS.map(([we, partners]) => `${we} (?:[\\p{L}\\p{N}]+ ){0,2}${partners}`).join('|');
/** A consent prompt: the site and its partners asking to process the reader's data. */
const CONSENT_WORDS: RegExp = anyScriptBoundaries(
	new RegExp(
		String.raw`\b(?:${PARTNERS}|before you continue to|bevor sie zu \p{L}+ weitergehen|avant de continuer vers|antes de continuar a|zanim przejdziesz dalej|(?:we process|wir verarbeiten|nous traitons|tratamos|przetwarzamy|memproses|tratamos os)\b.{0,60}\b(?:personal data|(?:ihre )?personenbezogenen daten|données personnelles|datos personales|dane osobowe|data pribadi|dados pessoais))\b`,
		'iu',
	),
);
export const CONSENT_PROMPT: RegExp = new RegExp(`${CONSENT_WORDS.source}|${alternation(THAI_CONSENT)}`, 'iu');
/** What a consent prompt asks to store or process: cookies, identifiers, personal data (a story that quotes "we and our partners" need not name them). */
export const CONSENT_DATA: RegExp = anyScriptBoundaries(
	/\b(?:cookies?|pliki cookie|çerezler\p{L}*|куки|файлы cookie|personal data|unique identifiers|personenbezogene\p{L}* daten|données personnelles|datos personales|dados pessoais|dati personali|dane osobowe|persoonsgegevens|персональн\p{L}* данн\p{L}*|персональн\p{L}* дан\p{L}*|osobní údaje|data pribadi|kişisel veri\p{L}*|dữ liệu cá nhân)\b/iu,
);
/** A consent prompt runs to a paragraph or two of the banner's (the longest in the corpora about 80 words); a story's paragraph that quotes one is no prompt of this length and these words both. */
export const MAX_CONSENT_PROMPT_WORDS = 150;

/**
 * A consent prompt's decisive choices: "Accept all", "Reject all". A line of one of them, on a page with
 * no prose but the prompt's, makes a consent wall (not-article.ts).
 */
const CONSENT_CHOICES = [
	'accept all', 'accept all cookies', 'reject all', 'reject all cookies', 'decline all', 'i accept', 'i agree', 'yes, i’m happy', "yes, i'm happy",
	'continue without accepting', 'alle akzeptieren', 'alle ablehnen', 'alles akzeptieren', 'tout accepter', 'tout refuser', 'accepter et fermer',
	'continuer sans accepter', "j'accepte", 'aceptar todo', 'rechazar todo', 'aceptar todas', 'rechazar todas', 'accetta tutto', 'rifiuta tutto',
	'aceitar tudo', 'rejeitar tudo', 'alles accepteren', 'alles weigeren', 'akceptuję', 'akceptuję wszystko', 'akceptuję i przechodzę do serwisu',
	'odrzuć wszystko', 'zaakceptuj wszystko', 'zaakceptuj wszystkie', 'odrzuć wszystkie', 'terima semua', 'tolak semua', 'přijmout vše', 'odmítnout vše',
	'принять все', 'отклонить все', 'прийняти все', 'відхилити все', 'αποδοχή όλων', 'απόρριψη όλων', 'tümünü kabul et', 'tümünü reddet',
	'すべて同意する', 'すべて拒否する', '모두 동의', '모두 거부', 'قبول الكل', 'رفض الكل', 'پذیرش همه', 'קבל הכל', 'सभी स्वीकार करें', 'ยอมรับทั้งหมด',
	'全部接受', 'chấp nhận tất cả', 'ปฏิเสธทั้งหมด', 'ยอมรับคุกกี้ทั้งหมด',
];
/** The prompt's other buttons: settings, single-word choices; a furniture line beside the choices, never a wall alone. */
const CONSENT_CONTROLS = [
	'accept', 'agree', 'manage preferences', 'manage my cookies', 'manage cookies', 'privacy settings', 'cookie settings', 'zustimmen', 'akzeptieren',
	'ablehnen', 'einstellungen verwalten', 'einstellungen', 'privatsphäre-einstellungen', 'datenschutz-einstellungen', 'paramétrer les cookies',
	'gérer mes choix', 'aceptar', 'gestionar preferencias', 'configurar cookies', 'aceitar', 'gerir preferências', 'gerir cookies', 'accetta',
	'gestisci preferenze', 'ustawienia prywatności', 'kelola preferensi', 'setuju', 'принять', 'настройки', 'прийняти', 'nastavení', '同意する', '동의',
	'接受', 'đồng ý', 'kabul et', 'ยอมรับ', 'ยอมรับคุกกี้', 'ปฏิเสธ', 'ตกลง', 'ตั้งค่า', 'ตั้งค่าคุกกี้', 'การตั้งค่าคุกกี้', 'การตั้งค่าความเป็นส่วนตัว', 'บันทึกการตั้งค่า',
];
/** A line of one decisive choice. */
export const CONSENT_CHOICE: RegExp = new RegExp(`^(?:${alternation(CONSENT_CHOICES)})$`, 'iu');
const BUTTONS = alternation([...CONSENT_CHOICES, ...CONSENT_CONTROLS]);
/** The prompt's buttons, alone on a line or side by side. */
export const CONSENT_BUTTON_LINE: RegExp = new RegExp(`^(?:${BUTTONS})(?:(?:\\s*[|·•/]\\s*|\\s{2,})(?:${BUTTONS}))*$`, 'iu');

/** A newsletter's name, in the languages of the tables. */
const NEWSLETTER = String.raw`newsletter\p{L}*|newslettery?|boletín|boletim|infolettre|nieuwsbrief|biuletyn\p{L}*|рассылк\p{L}*|розсилк\p{L}*|bản tin|buletin|hírlevél|ενημερωτικό δελτίο|النشرة البريدية|خبرنامه|ניוזלטר|न्यूज़लेटर|จดหมายข่าว|ニュースレター|メルマガ|뉴스레터|时事通讯|電子報`;
/** What a sign-up prompt asks or promises: to subscribe, for free, to the inbox. */
const SIGN_UP = String.raw`sign up|sign-up|subscribe|get|receive|register|join|inbox|free|anmelden|abonnieren|bestellen|kostenlos|gratis|gratuit\p{L}*|inscri\p{L}*|abonne\p{L}*|recevez|suscr[ií]b\p{L}*|recib\p{L}*|subscrev\p{L}*|receb\p{L}*|assin\p{L}*|iscriv\p{L}*|ricev\p{L}*|zapisz|zapisać|subskryb\p{L}*|skrzynk\p{L}*|dapatkan|berlangganan|daftar|kotak masuk|подпи\p{L}*|підпи\p{L}*|đăng ký|feliratkoz\p{L}*|přihlas\p{L}*|odebír\p{L}*|εγγρα\p{L}*|اشترك|عضویت|הירשמו|सदस्यता|สมัคร|登録|구독|订阅|訂閱`;
/** A line that asks the reader to sign up for a newsletter, or is the newsletter box's privacy notice. */
export const NEWSLETTER_PROMPT: RegExp = anyScriptBoundaries(
	new RegExp(String.raw`\b(?:${NEWSLETTER})\b.*\b(?:${SIGN_UP}|privacy|datenschutz|confidentialité|privacidad|prywatności)\b|\b(?:${SIGN_UP})\b.*\b(?:${NEWSLETTER})\b|\b(?:sign up|subscribe|suscríbete|abonnez-vous|inscrivez-vous|zapisz się|anmelden|abonnieren|daftar|subscreva|iscriviti)\b.{0,100}\b(?:inbox|briefing|skrzynk\p{L}*|boîte mail|bandeja de entrada|postfach|kotak masuk|caixa de correio)\b|\b(?:inbox|boîte mail|bandeja de entrada|postfach|skrzynk\p{L}*|caixa de correio)\b.{0,40}\b(?:sign up|subscribe|suscríbete|abonnez-vous|inscrivez-vous|zapisz się|anmelden|abonnieren|subscreva|iscriviti)\b|\b(?:inscrivez-vous|abonnez-vous|sign up|subscribe|suscríbete|zapisz się|subscreva|anmelden|iscriviti)\b.{0,80}\b(?:gratuitement|for free|free|gratis|kostenlos|darmowo|bezpłatnie|grátis|gratuitamente)\b`, 'iu'),
);

/** A player or a reading-time line: "Listen to this article · 5 min", "Artikel anhören", "Escuchar noticia". */
export const LISTEN_LINE: RegExp = new RegExp(
	String.raw`^(?:(?:share|teilen|partager|compartir|compartilhar|udostępnij|bagikan)\s*[·•|]\s*)?(?:${alternation([
		'listen to this article', 'listen to this story', 'listen to the article', 'listen', 'audio', 'artikel anhören', 'artikel vorlesen lassen', 'vorlesen',
		'écouter cet article', "écouter l'article", 'écouter', 'escuchar noticia', 'escuchar artículo', 'escuchar este artículo', 'escuchar', 'ouvir este artigo',
		'ouvir artigo', 'ouvir', 'ascolta l’articolo', "ascolta l'articolo", 'ascolta', 'luister naar dit artikel', 'posłuchaj artykułu', 'posłuchaj',
		'dengarkan artikel ini', 'dengarkan artikel', 'dengarkan', 'прослушать статью', 'слушать', 'послухати статтю', 'poslechnout článek', 'ακούστε το άρθρο',
		'nghe bài viết', 'nghe', 'makaleyi dinle', 'استمع إلى المقال', 'שמעו את הכתבה', 'लेख सुनें', 'ฟังบทความ', '記事を聞く', '音声で聞く', '기사 듣기', '收听本文',
	])})(?:\s*[·•|:–-]?\s*\d+\s*(?:min\p{L}*|minut\p{L}*|мин\p{L}*|хв\p{L}*|phút|menit|分|분)\.?)?$`,
	'iu',
);

/** A reporter's role, in the languages of the tables: "Climate correspondent", "Redaktorka działu zagranicznego". */
export const REPORTER_ROLE: RegExp = anyScriptBoundaries(
	/\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|staff writer|korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|journalist(?:in)?|correspondant(?:e)?|journaliste|rédacteur|rédactrice|envoyée? spéciale?|corresponsal|redactor(?:a)?|periodista|enviad[ao] especial|correspondente|jornalista|redator(?:a)?|corrispondente|giornalista|redattore|redactrice|verslaggever|redaktor(?:ka)?|korespondent(?:ka)?|dziennikar(?:z|ka)|reporter(?:ka)?|wartawan|jurnalis|koresponden|корреспондент\p{L}*|журналист\p{L}*|редактор\p{L}*|кореспондент\p{L}*|журналіст\p{L}*|zpravodaj(?:ka)?|redaktorka|ανταποκριτ\p{L}*|δημοσιογράφος|phóng viên|biên tập viên|muhabir|editörü?)\b/iu,
);

/** What a bio says of its author after the name: "is the paper's climate editor", "ist Korrespondentin", "covers ...". */
export const BIO_VERB: RegExp = anyScriptBoundaries(
	/^(?:is|was|has been|covers|writes|reports|joined|ist|war|schreibt|berichtet|es|fue|cubre|escribe|est|couvre|écrit|jest|była|był|pisze|relacjonuje|adalah|merupakan|menulis|é|foi|cobre|escreve|è|scrive|segue|is|werkt|schrijft|je|byla|byl|píše|είναι|là|viết|является|пишет|є|пише)\b/iu,
);

/**
 * The label of a box about a person under the story: the interviewee ("Zur Person", "O rozmówcy", "Chi è") or the
 * author ("About the author", a blog's "About me"). One table for the bio box at the story's end (bio.ts) and the
 * author box as chrome wherever it stands (tables/chrome.ts).
 */
export const BIO_BOX_LABELS = [
	'profile', 'about the author', 'about the writer', 'about the interviewee', 'who is', 'zur person', 'über die autorin', 'über den autor', 'zur autorin',
	'zum autor', 'à propos', "à propos de l'auteur", 'à propos de l’auteur', "à propos de l'autrice", 'à propos de l’autrice', 'bio express', 'qui est',
	'sobre el entrevistado', 'sobre la entrevistada', 'sobre el autor', 'sobre la autora', 'quién es', 'sobre o entrevistado', 'sobre a entrevistada',
	'sobre o autor', 'sobre a autora', 'quem é', 'chi è', "l'autore", 'l’autore', "l'autrice", 'l’autrice', 'o rozmówcy', 'o rozmówczyni', 'o autorze',
	'o autorce', 'kim jest', 'o autorovi', 'kdo je', 'over de auteur', 'over de geïnterviewde', 'об авторе', 'справка', 'досье', 'про автора', 'довідка',
	'yazar hakkında', 'kimdir', 'tentang penulis', 'σχετικά με τον συγγραφέα',
	// a blog's box about its writer
	'about me', 'über mich', 'qui suis-je', 'sobre mí', "sull'autore", 'sull’autore', 'chi sono', 'over mij', 'o mnie',
];
/** The label alone, or naming the person: "Zur Person: Martina Huber", "Chi è Marco Bellini", "Who is Amira Haddad?". */
export const BIO_BOX_LABEL: RegExp = new RegExp(`^(?i:${alternation(BIO_BOX_LABELS)})(?:\\s*[:：]?\\s+\\p{Lu}[\\p{L}.'’ -]{1,40})?\\s*[:：?？]?$`, 'u');

/** A line that is only a photo library's credit, the picture it credits not shown: "Getty Images", "AFP via Getty Images". */
export const PHOTO_AGENCY_LINE: RegExp =
	/^(?:(?:AFP|Reuters|AP|EPA|EPA-EFE|PA|PA Media|Bloomberg|Anadolu|NurPhoto|SOPA Images|LightRocket|Pool|[\p{Lu}][\p{L}.'’ -]{2,30})\s*(?:via|\/)\s*)?(?:Getty Images|Shutterstock|Alamy(?: Stock Photo)?|EPA-EFE|PA Media|PA Wire|REX Features|Rex\/Shutterstock|NurPhoto|SOPA Images|Imago(?: Images)?|picture[- ]alliance|dpa-Bildfunk|Keystone|ZUMA Press|Hans Lucas|Bloomberg via Getty Images|iStock|Unsplash)$/iu;
