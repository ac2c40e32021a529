/**
 * A search result's snippet, from Pagefind's text of the page and the places
 * (word positions) its search matched: the passage of the story (not its
 * headline, which the result shows above it) where the matches are densest,
 * from the start of a sentence when one is near, else after an ellipsis; to the
 * end of a sentence when one is near, else before an ellipsis; each matched
 * word marked without the punctuation around it. Pure: text in, parts out.
 */

export interface Match {
	/** Word position in the page's text (Pagefind's `location`). */
	location: number;
	/** How well it matched (Pagefind's `balanced_score`). */
	score: number;
}

export interface ExcerptPart {
	text: string;
	mark: boolean;
}

export const ELLIPSIS = '…';
/** Words in a snippet, about two lines of a result. */
export const EXCERPT_WORDS = 30;
/** Words before the first match, when no sentence starts near it. */
const LEAD = 5;
/** How far a snippet's start or end may move to meet a sentence's. */
const REACH = 10;

const SENTENCE_END = /[.!?…]["”’»)\]]*$/u;
const CORE = /^([^\p{L}\p{M}\p{N}]*)(.*?)([^\p{L}\p{M}\p{N}]*)$/su;
const bare = (word: string) => word.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '').toLocaleLowerCase('und');

/** Pagefind's words (the same split its positions count): on white space, or on zero-width spaces for the languages written without spaces. */
export function pagefindWords(content: string): { words: string[]; joiner: string } {
	return content.includes('\u200B') ? { words: content.split('\u200B'), joiner: '' } : { words: content.split(/[^\S\uFEFF]+/g), joiner: ' ' };
}

/** How many words at the start of the text are the headline (0 when it does not open the text). */
export function headlineLength(words: readonly string[], title: string): number {
	const wanted = pagefindWords(title.trim()).words.map(bare).filter(Boolean);
	const opening = words.filter((w) => bare(w) !== '').slice(0, wanted.length).map(bare);
	if (wanted.length === 0 || opening.join(' ') !== wanted.join(' ')) return 0;
	// Positions count the empty strings a split may leave at the start too.
	let seen = 0;
	for (let i = 0; i < words.length; i++) if (bare(words[i]!) !== '' && ++seen === wanted.length) return i + 1;
	return 0;
}

/** The start of the window of `length` words from `from` on that holds the most match score. */
function densest(matches: readonly Match[], from: number, length: number): number {
	let best = { start: from, score: -1 };
	for (const first of matches) {
		const score = matches.filter((m) => m.location >= first.location && m.location < first.location + length - LEAD).reduce((sum, m) => sum + m.score, 0);
		if (score > best.score) best = { start: first.location, score };
	}
	return best.start;
}

export function buildExcerpt(content: string, matches: readonly Match[], title: string, length = EXCERPT_WORDS): ExcerptPart[] {
	const { words, joiner } = pagefindWords(content);
	const skip = headlineLength(words, title);
	const inStory = matches.filter((m) => m.location >= skip && m.location < words.length);
	const anchor = inStory.length > 0 ? densest(inStory, skip, length) : skip;
	// Back to the sentence's start if it is near, else a few words of context after an ellipsis.
	let start = Math.max(skip, anchor - LEAD);
	let opened = start === skip;
	for (let i = anchor; i >= Math.max(skip, anchor - REACH); i--) {
		if (i === skip || SENTENCE_END.test(words[i - 1] ?? '')) {
			start = i;
			opened = true;
			break;
		}
	}
	// On to the end of a sentence near the snippet's length (not short of two thirds of it), else an ellipsis.
	let end = Math.min(words.length, start + length);
	let closed = end === words.length;
	if (!closed) {
		const shortest = Math.max(anchor, start + Math.ceil((length * 2) / 3) - 1);
		for (let reach = 0; reach <= REACH && !closed; reach++) {
			for (const i of [start + length - 1 + reach, start + length - 1 - reach]) {
				if (i >= shortest && i < words.length && SENTENCE_END.test(words[i]!)) {
					end = i + 1;
					closed = true;
					break;
				}
			}
		}
	}
	const marked = new Set(inStory.map((m) => m.location));
	const parts: ExcerptPart[] = [];
	const add = (text: string, mark: boolean) => {
		if (text === '') return;
		const last = parts.at(-1);
		if (last && !last.mark && !mark) last.text += text;
		else parts.push({ text, mark });
	};
	if (!opened) add(`${ELLIPSIS}${joiner}`, false);
	for (let i = start; i < end; i++) {
		if (i > start) add(joiner, false);
		const word = words[i]!;
		if (!marked.has(i)) {
			add(word, false);
			continue;
		}
		const [, before, core, after] = CORE.exec(word)!;
		add(before!, false);
		add(core!, core !== '');
		add(after!, false);
	}
	if (!closed) add(`${joiner}${ELLIPSIS}`, false);
	return parts;
}
