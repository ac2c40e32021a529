/**
 * The author's bio under the story ("Fiona Marsh is the paper's climate
 * correspondent. She previously ...", "Katrin Vogel ist Korrespondentin in
 * Brüssel."): a paragraph at the end that opens with the byline's name and a
 * verb that says what the author is or does. It is about the writer, not the news.
 * So is a box about a person under its label ("Zur Person", "O rozmówcy",
 * "Profile"): the interviewee's or the author's bio, whoever signed.
 */
import type { BodyNode, ContentBlock, Step } from './model.ts';
import { BIO_BOX_LABEL, BIO_VERB } from './tables/prompts.ts';
import { words } from './text.ts';

/** A bio is a sentence or two. */
const MAX_BIO_WORDS = 60;
/** It stands among the story's last paragraphs (a line of links may follow it). */
const BIO_REACH = 2;
/** "Fiona Marsh", "MARY CLARKE", "Lucía Ferrer": two to four capitalised words opening the paragraph. */
const OPENING_NAME = /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|van|von|al|bin|del|di|le)){1,3})\s+(.*)$/u;

/** The bio, taken off the story's end, when one of the story's bylines names its author. */
export function takeAuthorBio(body: BodyNode[], bylines: string[]): Step<string | null> {
	const none: Step<string | null> = { value: null, removed: [], evidence: [] };
	const signed = bylines.map((b) => b.toLowerCase());
	if (signed.length === 0) return none;
	const paragraphs = body.filter((n) => n.type === 'paragraph');
	for (const paragraph of paragraphs.slice(-BIO_REACH).reverse()) {
		if (paragraph === paragraphs[0] || words(paragraph.text).length > MAX_BIO_WORDS) continue;
		const match = OPENING_NAME.exec(paragraph.text);
		if (!match || !BIO_VERB.test(match[2]!)) continue;
		const name = match[1]!.toLowerCase();
		if (!signed.some((b) => b.includes(name))) continue;
		body.splice(body.indexOf(paragraph), 1);
		return { value: paragraph.text, removed: [{ line: paragraph.line, text: paragraph.text, reason: "the author's bio (the byline's name, then what the author is)" }], evidence: [] };
	}
	return none;
}

/** A bio box is a paragraph or two under its label. */
const MAX_BIO_BOX_PARAGRAPHS = 2;

/**
 * The box about a person that ends the story: its label (a sub-heading of the
 * body, or a line the body left out), then only a paragraph or two of a bio's
 * length. `content` holds the label when the body has not kept it.
 */
export function takeBioBox(body: BodyNode[], content: readonly ContentBlock[]): Step<string | null> {
	const none: Step<string | null> = { value: null, removed: [], evidence: [] };
	const end = body.at(-1)?.line;
	const label = end === undefined ? undefined : content.findLast((b) => b.line <= end && BIO_BOX_LABEL.test(b.text));
	if (!label) return none;
	const box = body.filter((n) => n.line > label.line);
	const storyBefore = body.some((n) => n.type === 'paragraph' && n.line < label.line);
	if (!storyBefore || box.length === 0 || box.length > MAX_BIO_BOX_PARAGRAPHS || box.some((n) => n.type !== 'paragraph' || words(n.text).length > MAX_BIO_WORDS)) return none;
	const taken = body.filter((n) => n.line >= label.line);
	for (const node of taken) body.splice(body.indexOf(node), 1);
	const removed = taken.map((n) => ({ line: n.line, text: n.text, reason: n.line === label.line ? "a bio box's label" : 'bio box (about the interviewee or the author, under its label)' }));
	return { value: box.map((n) => n.text).join('\n'), removed, evidence: [] };
}
