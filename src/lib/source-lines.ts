/**
 * A raw source line by line, each marked by whether its text is in the cleaned
 * article, for the source viewer: the reader sees what the cleaning kept and
 * what it left out (menus, credits, date lines, a photo's caption). Pure:
 * the source's text and the entry's text in, lines out.
 *
 * Text is compared as its words (letters and digits, in lower case): Markdown's
 * escapes and marks, HTML's tags and character references and the source's own
 * line wrapping do not count. A line is kept when its words are a run of the
 * article's words (within one of its blocks) and either it has a few words
 * (short lines such as "Moscow" are found anywhere by chance) or it is a whole
 * block of the article (the headline), or it continues with the line before or
 * after it (a paragraph wrapped in the source).
 */
import { decodeHTML } from 'entities';

export interface SourceLine {
	/** The line as in the source, without its line break. */
	text: string;
	/** In the article; false: left out by the cleaning; null: no words (blank, or markup only). */
	kept: boolean | null;
}

/** Fewer words than this are kept only as a whole block or inside a kept run. */
const SHORT = 3;

const words = (text: string) => text.toLocaleLowerCase('und').match(/[\p{L}\p{M}\p{N}]+/gu)?.join(' ') ?? '';

/** A line of markup as the words a reader sees in it: tags and comments gone, character references decoded. */
const htmlLineText = (line: string) => decodeHTML(line.replace(/<!--.*?-->|<[^>]*>|^[^<]*>|<[^>]*$/g, ' '));

/**
 * The article's words, for `markSourceLines`: its title, its standfirst and its body (the entry's Markdown,
 * front matter removed), as a set of whole blocks and one run of every block's words.
 */
export function articleText(title: string, dek: string | undefined, markdown: string): { blocks: Set<string>; all: string } {
	const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
	const blocks = [title, dek ?? '', ...body.split(/\n\s*\n/)].map((block) => words(decodeHTML(block))).filter(Boolean);
	// Blocks apart: a run of words is found within one block, never across two.
	return { blocks: new Set(blocks), all: ` ${blocks.join(' | ')} ` };
}

/** Each line of `text` (a source, `\n` line breaks), marked; `html` when the source is markup. */
export function markSourceLines(text: string, article: { blocks: Set<string>; all: string }, html: boolean): SourceLine[] {
	const lines = text.replace(/\n$/, '').split('\n');
	const said = lines.map((line) => words(html ? htmlLineText(line) : line));
	const inArticle = (phrase: string) => article.all.includes(` ${phrase} `);
	const joined = (a: string | undefined, b: string | undefined) => Boolean(a && b && inArticle(`${a} ${b}`));
	const kept = said.map((phrase, i) => {
		if (phrase === '') return null;
		if (!inArticle(phrase)) return false;
		return phrase.split(' ').length >= SHORT || article.blocks.has(phrase) || joined(said[i - 1], phrase) || joined(phrase, said[i + 1]);
	});
	return lines.map((line, i) => ({ text: line, kept: kept[i]! }));
}
