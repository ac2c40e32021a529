/**
 * The body as Markdown, written by remark from an mdast tree so that source text
 * which looks like Markdown or HTML stays literal text. The written Markdown is
 * parsed back and compared with the source text before anything is written.
 */
import GithubSlugger from 'github-slugger';
import { remark } from 'remark';
import type { BodyNode } from './model.ts';

interface MdNode {
	type: string;
	value?: string;
	depth?: number;
	children?: MdNode[];
}

const processor = remark().data('settings', { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true });

export function bodyToMarkdown(body: BodyNode[]): string {
	const root: MdNode = {
		type: 'root',
		children: body.map((node) =>
			node.type === 'heading'
				? { type: 'heading', depth: 2, children: [{ type: 'text', value: node.text }] }
				: { type: 'paragraph', children: [{ type: 'text', value: node.text }] },
		),
	};
	// mdast's Root type is structurally what we built; remark's typings want its own.
	return processor.stringify(root as Parameters<typeof processor.stringify>[0]);
}

function textOf(node: MdNode): string {
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map(textOf).join('');
}

/** Parse the Markdown back: the blocks it yields, as type and plain text. */
export function markdownBlocks(markdown: string): { type: string; text: string; rows?: string[] }[] {
	const tree = processor.parse(markdown) as MdNode;
	return (tree.children ?? []).map((node) => ({
		type: node.type === 'heading' && node.depth === 2 ? 'heading' : node.type,
		text: textOf(node),
	}));
}

/** Null when the Markdown reads back as exactly the body; else what differs. */
export function roundTripError(markdown: string, body: BodyNode[]): string | null {
	const blocks = markdownBlocks(markdown);
	if (blocks.length !== body.length) return `Markdown has ${blocks.length} blocks, body has ${body.length}`;
	for (let i = 0; i < body.length; i++) {
		const expected = body[i]!;
		const actual = blocks[i]!;
		if (actual.type !== expected.type || actual.text !== expected.text) {
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
