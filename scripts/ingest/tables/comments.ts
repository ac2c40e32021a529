/**
 * The furniture under a post that speaks of its readers and its writer: when a
 * comment was posted, how many there are, the box about the author.
 */
import { anyScriptBoundaries } from '../regex.ts';
import { RELATIVE_STAMP } from './calendar.ts';

/** A relative time alone (the calendar tables' "2 hours ago", "vor 2 Stunden", "5 分钟前"): what a comment's head or a feed's item says of when it was posted. */
export const RELATIVE_TIME: RegExp = new RegExp(`^(?:${RELATIVE_STAMP})$`, 'iu');

/** A count of readers' comments over their thread: "47 comments", "Kommentare (18)", "Comentarios (26)", "12 commenti", "댓글 5". */
export const COMMENT_COUNT: RegExp = anyScriptBoundaries(
	/^(?:\d[\d.,]*\s*(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarz[ey]?|комментари\p{L}*|коментар\p{L}*|yorum(?:lar)?|bình luận|komentar|تعليقات?|評論|评论|コメント|댓글)|(?:comments?|responses?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze|комментарии|коментарі|yorumlar|bình luận|komentar|تعليقات|評論|评论|コメント|댓글)\s*[(:]?\s*\d[\d.,]*\)?)\b\s*$/iu,
);

/** An author box with its bio is a few sentences. */
export const MAX_AUTHOR_BOX_WORDS = 60;
