/**
 * The furniture under a post that speaks of its readers and its writer: when a
 * comment was posted, how many there are, the box about the author.
 */
import { anyScriptBoundaries } from '../regex.ts';

/**
 * How long ago, in the languages of the tables: "2 hours ago", "vor 2 Stunden", "hace 3 horas", "2 anni fa",
 * "há 5 dias", "3 dni temu", "2 часа назад", "5 分钟前". A line of its own is a time stamp; under a name, a comment's.
 */
export const RELATIVE_TIME_WORDS = String.raw`(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|hace\s+\d+\s+\p{L}+|il y a\s+\d+\s+\p{L}+|vor\s+\d+\s+\p{L}+|há\s+\d+\s+\p{L}+|\d+\s+(?:second|minut|or|giorn|settiman|mes|ann)\p{L}*\s+fa|\d+\s+\p{L}+\s+(?:temu|назад|тому|geleden)|\d+\s+(?:saat|dakika|gün)\s+önce|\d+\s*(?:小时|分钟|天)前|\d+\s*(?:時間|分|日)前|\d+\s*(?:시간|분|일)\s*전|\d+\s+(?:giờ|phút|ngày)\s+trước|\d+\s+(?:jam|menit|hari)\s+(?:yang\s+)?lalu`;
/** A relative time alone: what a comment's head or a feed's item says of when it was posted. */
export const RELATIVE_TIME: RegExp = new RegExp(`^(?:${RELATIVE_TIME_WORDS})$`, 'iu');

/** A count of readers' comments over their thread: "47 comments", "Kommentare (18)", "Comentarios (26)", "12 commenti", "댓글 5". */
export const COMMENT_COUNT: RegExp = anyScriptBoundaries(
	/^(?:\d[\d.,]*\s*(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarz[ey]?|комментари\p{L}*|коментар\p{L}*|yorum(?:lar)?|bình luận|komentar|تعليقات?|評論|评论|コメント|댓글)|(?:comments?|responses?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze|комментарии|коментарі|yorumlar|bình luận|komentar|تعليقات|評論|评论|コメント|댓글)\s*[(:]?\s*\d[\d.,]*\)?)\b\s*$/iu,
);

/** Labels of the box about a post's writer. */
export const AUTHOR_BOX_LABELS = [
	'about the author', 'about the writer', 'about me', 'über den autor', 'über die autorin', 'über mich', 'zur person',
	"à propos de l'auteur", "à propos de l'autrice", 'à propos de l’auteur', 'à propos de l’autrice', 'qui suis-je',
	'sobre el autor', 'sobre la autora', 'sobre mí', 'sobre o autor', 'sobre a autora', "sull'autore", 'chi sono',
	'over de auteur', 'over mij', 'o autorze', 'o mnie', 'об авторе', 'про автора', 'yazar hakkında', 'tentang penulis',
];
/** An author box with its bio is a few sentences. */
export const MAX_AUTHOR_BOX_WORDS = 60;
