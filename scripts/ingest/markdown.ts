/**
 * The body as Markdown, written by remark from an mdast tree so that source text
 * which looks like Markdown or HTML stays literal text. The written Markdown is
 * parsed back and compared with the source text before anything is written.
 */
import GithubSlugger from 'github-slugger';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import type { BodyNode } from './model.ts';

interface MdNode {
	type: string;
	value?: string;
	depth?: number;
	align?: (string | null)[];
	children?: MdNode[];
}

/** East Asian wide characters (Hangul, kana, CJK ideographs, full-width forms) take two columns of a monospaced line. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/gu;
/** How wide a cell is in the written table, so that its pipes line up in Korean or Japanese too. */
const displayWidth = (text: string) => [...text].length + (text.match(WIDE)?.length ?? 0);

/**
 * GFM for its pipe tables: remark-gfm writes them (escaping a "|" in a cell) and reads them back. The site renders
 * the body with GFM's other constructs too, so the text is written and read as GFM throughout (a "~~" stays literal).
 */
const processor = remark().use(remarkGfm, { stringLength: displayWidth }).data('settings', { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true });
/** CommonMark alone: GFM's parser is about four times slower, and most bodies hold nothing GFM reads otherwise. */
const commonmark = remark();

/**
 * What any GFM construct starts from: a table's or a cell's pipe, a strikethrough's tilde, an autolink literal's
 * "www.", "://" or "@", a footnote's or task item's bracket. Markdown with none of these parses to the same tree
 * under GFM as under CommonMark (GFM adds constructs and changes no other), so the faster parser reads it back.
 */
export const GFM_TRIGGER = /[|~@[]|www\.|:\/\//iu;

/** A column of figures ("7,640,854", "35.4%", "-2.6%", "56:20") is right-aligned. */
const FIGURE = /^[-+−]?\p{Nd}[\p{Nd}\s.,:%]*$/u;

function tableNode(rows: string[][]): MdNode {
	const data = rows.slice(1);
	const align = rows[0]!.map((_, c) => (data.every((row) => FIGURE.test(row[c]!)) ? 'right' : null));
	return {
		type: 'table',
		align,
		children: rows.map((row) => ({ type: 'tableRow', children: row.map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell }] })) })),
	};
}

function mdNodeOf(node: BodyNode): MdNode {
	if (node.type === 'heading') return { type: 'heading', depth: 2, children: [{ type: 'text', value: node.text }] };
	if (node.type === 'table') return tableNode(node.rows!);
	return { type: 'paragraph', children: [{ type: 'text', value: node.text }] };
}

export function bodyToMarkdown(body: BodyNode[]): string {
	const root: MdNode = {
		type: 'root',
		children: body.map(mdNodeOf),
	};
	// mdast's Root type is structurally what we built; remark's typings want its own.
	return processor.stringify(root as Parameters<typeof processor.stringify>[0]);
}

function textOf(node: MdNode): string {
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map(textOf).join('');
}

/** Parse the Markdown back: the blocks it yields, as type and plain text (a table's also as its rows of cells). */
export function markdownBlocks(markdown: string): { type: string; text: string; cells?: string[][] }[] {
	const tree = (GFM_TRIGGER.test(markdown) ? processor : commonmark).parse(markdown) as MdNode;
	return (tree.children ?? []).map((node) => {
		if (node.type !== 'table') return { type: node.type === 'heading' && node.depth === 2 ? 'heading' : node.type, text: textOf(node) };
		const cells = (node.children ?? []).map((row) => (row.children ?? []).map(textOf));
		return { type: 'table', text: cells.map((row) => row.join(' | ')).join('\n'), cells };
	});
}

/** Null when the Markdown reads back as exactly the body; else what differs. */
export function roundTripError(markdown: string, body: BodyNode[]): string | null {
	const blocks = markdownBlocks(markdown);
	if (blocks.length !== body.length) return `Markdown has ${blocks.length} blocks, body has ${body.length}`;
	for (let i = 0; i < body.length; i++) {
		const expected = body[i]!;
		const actual = blocks[i]!;
		const sameCells = expected.type !== 'table' || JSON.stringify(actual.cells) === JSON.stringify(expected.rows);
		if (actual.type !== expected.type || actual.text !== expected.text || !sameCells) {
			return `block ${i + 1} (source line ${expected.line}) reads back as ${actual.type} ${JSON.stringify(actual.text.slice(0, 60))}`;
		}
	}
	return null;
}

/** Sub-headings with the anchor ids a Markdown renderer gives them (github-slugger). */
export function sectionsOf(body: BodyNode[]): { title: string; id: string }[] {
	const slugger = new GithubSlugger();
	return body.filter((n) => n.type === 'heading').map((n) => ({ title: n.text, id: slugger.slug(n.text) }));
}
