/**
 * The story between the title and the footer, as paragraphs and sub-headings.
 * Captions, labels and links inside it stay out; so do pull quotes (sentences
 * the story already has) and prose beyond a gap after it (site notices).
 */
import { endsInCredit } from './agency.ts';
import { isQuestion } from './interview.ts';
import type { BodyNode, ContentBlock, Removed, Step } from './model.ts';
import { BULLET, LIST_ITEM, PLACE_FIRST, isGoodProse, isHeadlineLike, isProse } from './prose.ts';
import { MAX_TEASER_WORDS } from './tables/pages.ts';
import { words, writesNoStops } from './text.ts';

/** Sub-headings are shorter than headlines. */
const MAX_HEADING_WORDS = 20;
/** Prose paragraphs further apart than this many lines (of chrome, links, captions) are separate clusters. */
const MAX_STORY_GAP = 3;
/** A cluster of prose after the story, beyond a gap, is the story only if it has this many paragraphs or words. */
const MIN_CLUSTER_BLOCKS = 2;
const MIN_CLUSTER_WORDS = 40;
/** A paragraph in a script without stops has at least this many words (a related headline under the story has fewer, mostly). */
const MIN_UNSTOPPED_PARAGRAPH_WORDS = 12;
/** A pull quote repeats at least this many words of the story. */
const MIN_REPEATED_WORDS = 5;

/** Letters and digits only, lowercase, without accents: the same sentence however it is quoted, punctuated or capitalised ("HAMSİNİN" and "hamsinin"). */
const letters = (text: string) =>
	text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
/**
 * A pull quote's attribution: after a spaced dash ("— Foreign Minister Sergei Lavrov",
 * "- Alexander Bortnikov, head of the FSB") or after the closing quotation mark ("„…“ Miloš Zeman, prezident").
 */
const ATTRIBUTION = /\s[—–-]\s(?:(?!\s[—–-]\s).){1,60}$|(?<=["”“»」』])\s+[^"”“»「」『』]{1,60}$/u;

export interface Zone {
	titleIndex: number;
	dekIndex: number;
	bodyStart: number;
	lastProse: number;
	/** The page is an interview (interview.ts): its questions are paragraphs. */
	interview?: boolean;
}

/** The story's paragraphs, sub-headings and tables, and every other line of the zone taken out with its reason. */
export function splitBody(content: ContentBlock[], zone: Zone, language: string | null, title: string | null): Step<BodyNode[]> {
	const { titleIndex, dekIndex, bodyStart } = zone;
	const removed: Removed[] = [];
	let lastProse = storyEnd(content, bodyStart, zone.lastProse);
	// Right after the story, a paragraph without final punctuation that reads as prose is still the story (not beyond a gap, which storyEnd
	// left out); so is a table, with its heading.
	let closing: ContentBlock | null = null;
	for (;;) {
		const next = content[lastProse + 1];
		const near = next !== undefined && lastProse >= 0 && next.order - content[lastProse]!.order <= MAX_STORY_GAP;
		if (next && near && !next.inLinkBox && closesUnstoppedStory(next, content[lastProse]!)) closing = next;
		if (next && (next.table || (near && !next.inLinkBox && isGoodProse(next.text, language)) || next === closing)) lastProse++;
		else if (next && content[lastProse + 2]?.table && !isProse(next.text) && isHeadlineLike(next.text, MAX_HEADING_WORDS)) lastProse += 2;
		else break;
	}
	const proseLike = (block: ContentBlock) => isProse(block.text) || block === closing || (!block.inLinkBox && isGoodProse(block.text, language));

	const body: BodyNode[] = [];
	content.forEach((block, index) => {
		if (index === titleIndex || index === dekIndex) return;
		if (index < bodyStart) return removed.push({ line: block.line, text: block.text, reason: 'before the title (site header)' });
		if (index > lastProse) {
			const reason = isGoodProse(block.text, language) ? 'after the article (site footer; reads as prose, but a box of links or chrome stands between)' : 'after the article (site footer)';
			return removed.push({ line: block.line, text: block.text, reason });
		}
		// A table (blocks.ts) is the story's, with the note under it that says where its figures come from.
		if (block.table) {
			body.push({ type: 'table', text: block.text, line: block.line, rows: block.table.rows });
			if (block.table.note) body.push({ type: 'paragraph', text: block.table.note.text, line: block.table.note.line });
			return;
		}
		const next = content[index + 1];
		// In an interview a question is the dialogue's, however short: a paragraph, never a sub-heading.
		const question = zone.interview === true && isQuestion(block.text);
		// A sub-heading divides the story (a table's heading is one too): it comes after a paragraph, never before the first.
		const heading =
			!question &&
			body.some((n) => n.type === 'paragraph') &&
			!isProse(block.text) &&
			!block.inLinkBox &&
			!block.besideTimeStamp &&
			!endsInCredit(block.text) &&
			index < lastProse &&
			isHeadlineLike(block.text, MAX_HEADING_WORDS) &&
			words(block.text).length >= 2 &&
			next !== undefined &&
			!next.inLinkBox &&
			(isProse(next.text) || next.table !== undefined);
		const prose = proseLike(block);
		// In a box of links, a headline that asks a question is still a link.
		if (block.inLinkBox && (!prose || isHeadlineLike(block.text))) return removed.push({ line: block.line, text: block.text, reason: 'link in a related-stories box' });
		if (block.besideTimeStamp && !prose) return removed.push({ line: block.line, text: block.text, reason: 'item of a live feed (beside a time stamp)' });
		// "Baixo Guandu (ES) - Trucks supply water ...": written like a dateline but no sentence, a caption.
		if (!isProse(block.text) && PLACE_FIRST.test(block.text)) return removed.push({ line: block.line, text: block.text, reason: 'photo caption (a place and a dash, no sentence)' });
		if (!prose && !heading && !question && !LIST_ITEM.test(block.text)) {
			return removed.push({ line: block.line, text: block.text, reason: 'not prose inside the story (caption, label or link)' });
		}
		// A bulleted item keeps its words, not its bullet (a number is part of a numbered item).
		body.push({ type: heading ? 'heading' : 'paragraph', text: block.text.replace(BULLET, ''), line: block.line });
	});
	return { value: dropRepeats(body, title, removed), removed, evidence: [] };
}

/**
 * In a script without stops (Thai), the story's last paragraph may be short and end like nothing: a line of a
 * paragraph's words right under the story's last one, nothing between them, is the story's.
 */
const closesUnstoppedStory = (next: ContentBlock, last: ContentBlock) =>
	writesNoStops(next.text) && next.order === last.order + 1 && !LIST_ITEM.test(next.text) && words(next.text).length >= MIN_UNSTOPPED_PARAGRAPH_WORDS;

/**
 * Where the story ends: prose after it, beyond a gap of chrome and links, is a
 * site notice ("Comments are the authors' own.", a cookie sentence) unless it
 * is a story's worth of paragraphs itself. List items and tables count as the story's.
 */
function storyEnd(content: ContentBlock[], bodyStart: number, lastProse: number): number {
	const prose = content
		.map((b, i) => ({ b, i }))
		// A question in a box of links is one more linked headline (splitBody drops it), not the story's prose.
		.filter(({ b, i }) => i >= bodyStart && i <= lastProse && !(b.inLinkBox && isHeadlineLike(b.text)) && (isProse(b.text) || LIST_ITEM.test(b.text) || b.table !== undefined));
	let end = prose.length;
	// Walk back over small clusters at the end; stop at the first that is a story's worth.
	while (end > 1) {
		let start = end - 1;
		while (start > 0 && prose[start]!.b.order - prose[start - 1]!.b.order <= MAX_STORY_GAP) start--;
		if (start === 0) break;
		const cluster = prose.slice(start, end);
		const size = cluster.reduce((n, { b }) => n + words(b.text).length, 0);
		// Headline, one-sentence teaser, headline, teaser: a section's index under the story, however many.
		const teasers = cluster.every(({ i }) => isTeaserUnderHeadline(content, i));
		if ((cluster.length >= MIN_CLUSTER_BLOCKS || size >= MIN_CLUSTER_WORDS) && !teasers) break;
		end = start;
	}
	return prose[end - 1]?.i ?? lastProse;
}

/** A teaser: one short sentence right under a headline-shaped line (nothing between them, not even chrome). */
function isTeaserUnderHeadline(content: ContentBlock[], i: number): boolean {
	const [above, block] = [content[i - 1], content[i]!];
	return above !== undefined && above.order === block.order - 1 && !isProse(above.text) && isHeadlineLike(above.text) && words(block.text).length <= MAX_TEASER_WORDS;
}

/** Bodies longer than this many blocks are searched through a word-run index. */
const INDEX_FROM_BLOCKS = 200;
/** Word runs that index the blocks: a quote's rarest run names the few blocks that could contain it. */
const RUN_WORDS = 3;
/** A run shared by more blocks than this is boilerplate, not a quote's source: the text is not searched for it. */
const MAX_RUN_BLOCKS = 1000;

function runsOf(text: string): string[] {
	const words = text.split(' ');
	const runs: string[] = [];
	for (let i = 0; i + RUN_WORDS <= words.length; i++) runs.push(words.slice(i, i + RUN_WORDS).join(' '));
	return runs;
}

/** The blocks that could contain a quote: those with its rarest word run (none when a run is in no block). */
function runIndex(normalized: string[]): (quote: string) => number[] {
	const blocksWith = new Map<string, number[]>();
	normalized.forEach((text, j) => {
		for (const run of new Set(runsOf(text))) {
			const list = blocksWith.get(run);
			if (list) list.push(j);
			else blocksWith.set(run, [j]);
		}
	});
	return (quote) => {
		let fewest: number[] | undefined;
		for (const run of runsOf(quote)) {
			const list = blocksWith.get(run);
			if (!list) return [];
			if (!fewest || list.length < fewest.length) fewest = list;
		}
		return !fewest || fewest.length > MAX_RUN_BLOCKS ? [] : fewest;
	};
}

/**
 * Pull quotes and repeated headlines: a block (a paragraph, or a quote set like a sub-heading) whose words another
 * block of the story already says. A long source (thousands of blocks) is searched through an index of word runs, so
 * its time grows with its length, not its square; a news story's few dozen blocks are simply compared.
 */
function dropRepeats(body: BodyNode[], title: string | null, removed: Removed[]): BodyNode[] {
	// A table repeats no sentence and says none: its figures are its own.
	const normalized = body.map((node) => (node.type === 'table' ? '' : letters(node.text)));
	const titleLetters = title ? letters(title) : null;
	const index = body.length > INDEX_FROM_BLOCKS ? runIndex(normalized) : null;
	const firstSaid = new Map<string, number>();
	normalized.forEach((text, j) => firstSaid.has(text) || firstSaid.set(text, j));
	/** Whether a longer block than this one says the quote. */
	const saysIt = (quote: string, self: number) => (j: number) => j !== self && normalized[j]!.length > quote.length && normalized[j]!.includes(quote);
	const saidElsewhere = (quote: string, self: number) =>
		index ? index(quote).some(saysIt(quote, self)) : normalized.some((_, j) => saysIt(quote, self)(j));
	return body.filter((node, position) => {
		if (node.type === 'table') return true;
		const own = normalized[position]!;
		if (titleLetters && own === titleLetters) {
			removed.push({ line: node.line, text: node.text, reason: 'headline repeated' });
			return false;
		}
		const attributed = node.text.replace(ATTRIBUTION, '');
		const quote = attributed === node.text ? own : letters(attributed);
		if (quote.split(' ').length < MIN_REPEATED_WORDS) return true;
		// A paragraph said twice (a sub-heading may recur); or a quote that a longer block says.
		const repeated = (node.type === 'paragraph' && firstSaid.get(own)! < position) || saidElsewhere(quote, position);
		if (!repeated) return true;
		removed.push({ line: node.line, text: node.text, reason: 'pull quote (a sentence the story already has)' });
		return false;
	});
}
