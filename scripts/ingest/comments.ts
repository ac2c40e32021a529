/**
 * Readers' comments under the story, found by their heads: each comment opens
 * with its writer's handle over the time it was posted ("RiverRat72" / "2 hours
 * ago", "Margaret Holt" / "April 2, 2023 at 8:14 pm"), or both on one line
 * ("Marco R. • 2 anni fa"), and then its text. Two such heads after the story has
 * begun make a thread; it starts at the first, or at the count or title above it
 * ("47 comments", "Kommentare (18)"). What follows is the readers', not the story's.
 */
import type { Kind } from './block-kind.ts';
import type { Block } from './model.ts';
import { looksLikeName } from './names.ts';
import { isProse } from './prose.ts';
import { MENU_SEPARATORS } from './tables/chrome.ts';
import { COMMENT_COUNT, RELATIVE_TIME } from './tables/comments.ts';
import { words } from './text.ts';

/** A handle is a user name or a name of a few words. */
const MAX_HANDLE_WORDS = 4;
/** One head over a text may be a sub-heading over a date; two in a short space are a thread. */
const MIN_HEADS = 2;
/** A comment of a few paragraphs with its reply and like lines: the next head stands within this many blocks. */
const MAX_HEAD_GAP = 8;
/** The thread's count or title stands this near above its first comment (a sort control, a note on moderation between). */
const HEADER_REACH = 3;

/** A time of day: "8:14 pm", "14:05", "8 h 12", "9am" (not "19.06.2023"). */
export const CLOCK: RegExp = /(?<![\d.,])\d{1,2}\s?[:h]\s?\d{2}(?!\d)|(?<![\p{L}\d])\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})/iu;
/** A user name: one token of letters and digits, maybe with dots, dashes or underscores ("jenny_h", "Peter.Sch", "Rheinländer1965"). */
const USER_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._'’-]{1,29}$/u;

const isHandle = (text: string) => words(text).length <= MAX_HANDLE_WORDS && !isProse(text) && (USER_NAME.test(text) || looksLikeName(text));

/** When a comment was posted: a time ago, or a date with the time of day. */
const isPostingTime = (text: string) => RELATIVE_TIME.test(text.trim()) || (CLOCK.test(text) && /\d/u.test(text.replace(CLOCK, '')));

/** Whether block i opens a comment: the handle and the time (on two lines or one), and text under them. Returns the comment text's index, or -1. */
function commentTextAfterHead(blocks: Block[], kinds: Kind[], i: number): number {
	const text = blocks[i]!.text;
	const parts = text.split(MENU_SEPARATORS).map((p) => p.trim()).filter(Boolean);
	if (parts.length === 2 && isHandle(parts[0]!) && isPostingTime(parts[1]!)) return kinds[i + 1]?.kind === 'text' ? i + 1 : -1;
	if (!isHandle(text) || kinds[i]!.kind !== 'text') return -1;
	const time = kinds[i + 1];
	const timed = time && ((time.kind === 'chrome' && time.reason === 'time stamp' && isPostingTime(blocks[i + 1]!.text)) || (time.kind === 'date-line' && isPostingTime(time.text)));
	return timed && kinds[i + 2]?.kind === 'text' ? i + 2 : -1;
}

/** Where the readers' comments begin (a block index), or -1 when the page has no thread. */
export function commentsFrom(blocks: Block[], kinds: Kind[]): number {
	const heads: number[] = [];
	let proseAbove = false;
	for (let i = 0; i < blocks.length; i++) {
		const kind = kinds[i]!;
		const after = proseAbove ? commentTextAfterHead(blocks, kinds, i) : -1;
		if (after !== -1) {
			if (heads.length > 0 && i - heads.at(-1)! > MAX_HEAD_GAP) heads.length = 0;
			heads.push(i);
			if (heads.length >= MIN_HEADS) return threadHeader(blocks, heads[0]!);
			i = after;
			continue;
		}
		if (kind.kind === 'text' && isProse(kind.text)) proseAbove = true;
	}
	return -1;
}

/** The thread's first block: the count of comments a few lines above its first head, or the head. */
function threadHeader(blocks: Block[], firstHead: number): number {
	for (let j = firstHead - 1; j >= Math.max(0, firstHead - HEADER_REACH); j--) if (COMMENT_COUNT.test(blocks[j]!.text.trim())) return j;
	return firstHead;
}
