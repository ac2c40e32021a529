/**
 * The DOM work of the HTML reader: the headline and the standfirst found, and
 * a subtree's block elements as paragraphs and sub-headings (what is taken out
 * first is html-furniture.ts). Rules over the tables in tables/html.ts; nothing
 * here knows any one site.
 */
import { DEK_WORDS, HEADING_ELEMENTS, PARAGRAPH_ELEMENTS } from '../tables/html.ts';
import { endsLikeSentence } from '../prose.ts';
import { contentWords, words } from '../text.ts';
import { noteOf, tableText } from '../blocks.ts';
import type { PageMeta } from './html-meta.ts';
import { isTableCaption, readDataTable } from './html-table.ts';

type El = Element;
type N = Node;

const ELEMENT = 1;
const TEXT = 3;

export interface DomBlock {
	kind: 'paragraph' | 'heading' | 'table';
	text: string;
	/** A data table's rows, the header first (html-table.ts). */
	rows?: string[][];
	/** The lines kept right under a table: its caption when a heading stands above it, and its source note. */
	under?: string[];
}

/** Elements that never have a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/gu;

/** How deep the page's elements nest, by a scan of its tags (before any parser or extractor recurses into them). */
export function maxNesting(html: string): number {
	let depth = 0;
	let max = 0;
	for (const match of html.matchAll(TAG)) {
		const name = match[2]!.toLowerCase();
		if (VOID.has(name) || match[3]) continue;
		if (match[1]) depth = Math.max(0, depth - 1);
		else if (name !== 'p' && name !== 'li') max = Math.max(max, ++depth);
	}
	return max;
}

export const textOf = (node: N) => (node.textContent ?? '').replace(/\s+/gu, ' ').trim();

/** A class or id as its words: "cookie-banner", "shareBar", "related_links" give cookie/banner, share/bar, related/links. */
export const nameWords = (value: string) =>
	value
		.replace(/([a-z])([A-Z])/gu, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/u)
		.filter(Boolean);

/** Bylines and credits the page marks as such, read before the furniture goes. */
export function bylinesOf(doc: Document, selector: string): string[] {
	return [...new Set([...doc.querySelectorAll(selector)].map(textOf).filter((t) => t && words(t).length <= 12))];
}

const overlap = (a: string, b: string) => {
	const theirs = new Set(contentWords(b).map((w) => w.toLowerCase()));
	const ours = contentWords(a).map((w) => w.toLowerCase());
	return ours.length === 0 ? 0 : ours.filter((w) => theirs.has(w)).length / ours.length;
};
const STORY_CONTAINER = 'article, main, [role="main" i], [itemprop~="articleBody" i], [itemtype*="Article"]';
const MAX_HEADLINE_WORDS = 40;

/**
 * The article's headline: the `<h1>` that the page's metadata titles share most
 * words with, one in the story's container first; never one that is only the
 * site's name (a logo). Null when the page has no such `<h1>`.
 */
export function findHeadline(doc: Document, meta: PageMeta): { element: El; text: string } | null {
	const titles = [meta.headline?.value, meta.documentTitle].filter((t): t is string => !!t);
	const site = meta.siteName?.toLowerCase() ?? null;
	let best: { element: El; text: string; score: number } | null = null;
	const candidates = [...doc.querySelectorAll('h1')];
	const fallback = candidates.length === 0 ? [...doc.querySelectorAll('[itemprop~="headline" i]')] : [];
	for (const element of [...candidates, ...fallback]) {
		const text = textOf(element);
		const size = words(text).length;
		if (!text || size > MAX_HEADLINE_WORDS || (site && text.toLowerCase() === site)) continue;
		const score = (element.closest(STORY_CONTAINER) ? 1 : 0) + Math.max(0, ...titles.map((t) => overlap(text, t))) * 2 + (size >= 3 ? 0.5 : 0);
		if (!best || score > best.score) best = { element, text, score };
	}
	return best ? { element: best.element, text: best.text } : null;
}

/** Elements that are never a standfirst, whatever their class says ("lead-media"). */
const NOT_DEK = new Set(['FIGURE', 'PICTURE', 'IMG', 'ASIDE', 'NAV', 'FOOTER', 'FORM', 'UL', 'OL', 'TABLE', 'TIME', 'ADDRESS']);
/** Elements between a headline and its standfirst: a kicker, a time, a byline. */
const DEK_REACH = 3;
const MIN_DEK_WORDS = 4;
const MIN_SUBTITLE_WORDS = 10;
const MAX_DEK_WORDS = 60;

/** The standfirst under the headline: an element marked as one, or an `<h2>` right under the headline in its header. A list of key points is one, but no standfirst's text (isKeyPoints). */
export function findDek(headline: El): El | null {
	let from: El | null = headline;
	for (let level = 0; level < 2 && from; level++) {
		let sibling = from.nextElementSibling;
		for (let step = 0; step < DEK_REACH && sibling; step++, sibling = sibling.nextElementSibling) {
			if (NOT_DEK.has(sibling.tagName) || sibling.querySelector('img, figure, picture, video')) continue;
			const size = words(textOf(sibling)).length;
			const marked = nameWords(`${sibling.getAttribute('class') ?? ''} ${sibling.getAttribute('id') ?? ''} ${sibling.getAttribute('itemprop') ?? ''}`).some((w) => DEK_WORDS.has(w));
			// An <h2> right under the headline: in its header, or a sentence long (a sub-heading of the story is a few words).
			const subtitle = sibling.tagName === 'H2' && step === 0 && (from.parentElement?.matches('header, hgroup') || size >= MIN_SUBTITLE_WORDS);
			// A standfirst of key points (a list) is longer than one line may be, and still not the story.
			const points = marked && sibling.querySelector('ul, ol');
			if ((marked || subtitle) && size >= MIN_DEK_WORDS && (size <= MAX_DEK_WORDS || points)) return sibling;
			if (sibling.tagName === 'P' && size > MAX_DEK_WORDS) return null;
		}
		// The headline may stand alone in a header or hgroup, its standfirst beside that.
		from = from.parentElement && from.parentElement.children.length <= 3 && from.parentElement.matches('header, hgroup, div') ? from.parentElement : null;
	}
	return null;
}

/** A kicker's length: a topic label above the headline, not a sentence. */
const MAX_KICKER_WORDS = 6;

/** The label above the headline, beside it in its header ("Elderly drivers", "ANALYSIS"): never the story. Null when there is none. */
export function findKicker(headline: El): El | null {
	const before = headline.previousElementSibling;
	if (!before || HEADING_ELEMENTS.has(before.tagName) || before.querySelector('time, img, picture')) return null;
	const text = textOf(before);
	return text && words(text).length <= MAX_KICKER_WORDS && !/\d/u.test(text) ? before : null;
}

/** A standfirst that is a list of key points: out of the story, and not one line to show under the headline. */
export const isKeyPoints = (dek: El): boolean => !!dek.querySelector('ul, ol');

/** Where a `<br>` breaks a line, in a block's text. */
const LINE = '\u2028';
/** A node's text with its line breaks marked. */
const lineText = (node: N): string =>
	node.nodeType === TEXT ? (node.textContent ?? '') : node.nodeType !== ELEMENT ? '' : (node as El).tagName === 'BR' ? LINE : [...node.childNodes].map(lineText).join('');

/**
 * A block's lines, parted at its line breaks as a reader sees them ("By Linda Marsh<br>Gazette Staff Writer<br>Posted
 * Tuesday, March 4, 2003" are a byline, a role and a date line): a line that runs on into the next (it ends no sentence,
 * and the next begins in lower case) is a wrapped line of one sentence, and one block with it.
 */
export function linesOf(text: string): string[] {
	const lines: string[] = [];
	for (const raw of text.split(LINE)) {
		const line = raw.replace(/\s+/gu, ' ').trim();
		const last = lines.at(-1);
		if (!line) continue;
		if (last !== undefined && !endsLikeSentence(last) && /^\p{Ll}/u.test(line)) lines[lines.length - 1] = `${last} ${line}`;
		else lines.push(line);
	}
	return lines;
}

/**
 * Inline runs, block elements: a subtree as the paragraphs, sub-headings and tables a reader sees. A data table
 * is one block, its caption the heading above it (or, under a heading of the story's own, the line under it), with
 * the source note under it; a layout table is read through, its cells as the page's blocks.
 */
export function blocksOf(root: El | null): DomBlock[] {
	const out: DomBlock[] = [];
	if (!root) return out;
	let run = '';
	// Loose text outside any paragraph element (a scraper's fragment) parts at blank lines, as plain text does; lines part at line breaks.
	const flush = () => {
		for (const part of run.split(/\n[^\S\n]*\n/u)) for (const text of linesOf(part)) out.push({ kind: 'paragraph', text });
		run = '';
	};
	const visit = (node: N): void => {
		if (node.nodeType === TEXT) {
			run += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== ELEMENT) return;
		const element = node as El;
		const tag = element.tagName;
		if (tag === 'BR') {
			// Two line breaks in a row part paragraphs; one parts lines (linesOf).
			if (element.nextElementSibling?.tagName === 'BR' && !(element.nextSibling?.textContent ?? '').trim()) flush();
			else run += LINE;
			return;
		}
		if (tag === 'TABLE') {
			flush();
			const table = readDataTable(element);
			if (!table) {
				for (const child of element.childNodes) visit(child);
				flush();
				return;
			}
			const headed = out.at(-1)?.kind === 'heading';
			if (table.caption && !headed) out.push({ kind: 'heading', text: table.caption });
			const under = [...(table.caption && headed ? [table.caption] : []), ...(table.note ? [table.note] : [])];
			out.push({ kind: 'table', text: tableText(table.rows), rows: table.rows, under });
			return;
		}
		if (isTableCaption(element)) return;
		if (HEADING_ELEMENTS.has(tag)) {
			flush();
			const text = textOf(element);
			if (text) out.push({ kind: 'heading', text });
			return;
		}
		const block = PARAGRAPH_ELEMENTS.has(tag) || BLOCKS.has(tag);
		if (!block) {
			for (const child of element.childNodes) visit(child);
			return;
		}
		flush();
		if (PARAGRAPH_ELEMENTS.has(tag) && ![...element.children].some((c) => BLOCKS.has(c.tagName) || PARAGRAPH_ELEMENTS.has(c.tagName) || HEADING_ELEMENTS.has(c.tagName))) {
			run = lineText(element);
			flush();
			return;
		}
		for (const child of element.childNodes) visit(child);
		flush();
	};
	visit(root);
	flush();
	return withTableNotes(out);
}

/** A paragraph right under a table that says where its figures come from ("Quelle: Wahlamt ...") is the table's note, not the story's credit (blocks.ts). */
function withTableNotes(blocks: DomBlock[]): DomBlock[] {
	for (let i = blocks.length - 2; i >= 0; i--) {
		const [table, next] = [blocks[i]!, blocks[i + 1]!];
		if (table.kind !== 'table' || next.kind !== 'paragraph' || noteOf(next.text) === null) continue;
		table.under = [...(table.under ?? []), next.text];
		blocks.splice(i + 1, 1);
	}
	return blocks;
}

/** Elements that start a new block of text. */
const BLOCKS = new Set(['TABLE', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'DL', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'HR', 'HGROUP', 'DETAILS', 'SUMMARY', 'CENTER', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'BODY', 'FORM', 'FIELDSET', 'LEGEND', 'AMP-STORY']);
