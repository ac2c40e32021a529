/**
 * Lines to blocks: one block a paragraph. Most scraped text has one paragraph a
 * line; hard-wrapped copy has its lines joined back into paragraphs.
 */
import type { Block } from './model.ts';
import { LIST_ITEM, endsLikeSentence } from './prose.ts';

/** A hard-wrapped line runs to nearly the wrap width (60-80 characters); a shorter one ends its paragraph. */
const WRAP_MIN_WIDTH = 50;

/**
 * Lines to blocks. Most scraped text has one paragraph per line; hard-wrapped
 * text (lines cut near a fixed width, paragraphs separated by blank lines) has
 * its lines joined back into paragraphs.
 */
export function toBlocks(text: string): Block[] {
	const lines = text.split('\n').map((raw) => raw.replace(/^[\s\uFEFF\u200B]+|[\s\u200B]+$/gu, ''));
	// Hard-wrapped: most long lines end near one width; a few longer ones (a menu, a header) do not change that.
	// and most of them stop mid-sentence (a line a paragraph ends in a full stop).
	let long = 0;
	let overlong = 0;
	let wrappedWidth = 0;
	let sentenceEnds = 0;
	for (const l of lines) {
		if (l.length >= 50) long++;
		if (l.length >= 50 && endsLikeSentence(l)) sentenceEnds++;
		if (l.length > 100) overlong++;
		if (l.length >= 55 && l.length <= 80) wrappedWidth++;
	}
	const wrapped = lines.some((l) => l === '') && long >= 4 && overlong <= long * 0.1 && wrappedWidth >= long * 0.75 && sentenceEnds < long / 2;
	const blocks: Block[] = [];
	let current: Block | null = null;
	let previous = '';
	lines.forEach((line, index) => {
		const above = previous;
		previous = line;
		if (line === '') {
			current = null;
			return;
		}
		// A line continues the one above when that one ran to the wrap width (a short one ended its block).
		if (wrapped && current && !LIST_ITEM.test(line) && above.length >= WRAP_MIN_WIDTH) {
			current.text += ` ${line}`;
			return;
		}
		current = { line: index + 1, text: line };
		blocks.push(current);
	});
	return blocks;
}
