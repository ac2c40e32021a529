/**
 * What the HTML reader takes out before it reads a page as text: what never
 * reaches any field (code, styles, embeds, forms, comments, and boxes of
 * controls), then the site's furniture, outermost first, each piece with its
 * reason for the report. Rules over the tables in tables/html.ts; nothing here
 * knows any one site.
 */
import type { Removed } from '../model.ts';
import { AUTHOR_WORDS, DATE_HOLDER_WORDS, FURNITURE_ELEMENTS, FURNITURE_ROLES, FURNITURE_WORDS, NEVER_TEXT, PARAGRAPH_ELEMENTS } from '../tables/html.ts';
import { PHOTO_LABEL } from '../tables/chrome.ts';
import { words } from '../text.ts';
import { blocksOf, nameWords, textOf, type DomBlock } from './html-dom.ts';
import { isTableCaption, readDataTable } from './html-table.ts';

type El = Element;
type N = Node;

const ELEMENT = 1;
const COMMENT = 8;

/**
 * Scripts, styles, embeds, forms and comments: out before anything is read as
 * text. The boxes of controls go with them, and are reported: their prompt is
 * text a reader sees.
 */
export function removeNeverText(doc: Document): Removed[] {
	const removed: Removed[] = [];
	// A box around a field or a button, with a few words of prompt, is a sign-up or search form, or controls, even without <form>.
	for (const field of [...doc.querySelectorAll(TYPED_FIELDS)]) {
		let box = field.parentElement;
		while (box && INLINE_WRAPPERS.has(box.tagName)) box = box.parentElement;
		if (!box || box.matches('body, main, article') || !box.isConnected) continue;
		// Its parts apart ("Accept all | Reject"): buttons stand side by side without spaces between them.
		const text = [...box.childNodes].map(textOf).filter(Boolean).join(' ');
		if (words(text).length > MAX_FORM_BOX_WORDS) continue;
		if (text) removed.push({ line: 0, text, reason: 'a box of a field or a button (a form or controls)' });
		box.remove();
	}
	for (const element of [...doc.querySelectorAll(NEVER_TEXT.join(','))]) element.remove();
	const stack: N[] = [doc];
	while (stack.length > 0) {
		const node = stack.pop()!;
		for (const child of [...node.childNodes]) {
			if (child.nodeType === COMMENT) child.parentNode?.removeChild(child);
			else if (child.nodeType === ELEMENT) stack.push(child);
		}
	}
	return removed;
}

/** Controls: fields a reader types into (an e-mail, a search), boxes to tick, buttons. */
const TYPED_FIELDS = 'input:not([type="hidden" i]), textarea, select, button';
/** Elements a control's label may wrap it in, inside the box it belongs to. */
const INLINE_WRAPPERS = new Set(['LABEL', 'SPAN', 'A', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'FIELDSET']);
/** A newsletter or search prompt, or a row of controls, is a line or two. */
const MAX_FORM_BOX_WORDS = 40;

/** A container of the story itself: never furniture, whatever its class says. */
const STORY_PARAGRAPHS = 3;
const STORY_PARAGRAPH_WORDS = 25;
function holdsStory(element: El): boolean {
	let long = 0;
	for (const p of element.querySelectorAll('p')) if (words(textOf(p)).length >= STORY_PARAGRAPH_WORDS && ++long >= STORY_PARAGRAPHS) return true;
	return false;
}

const MAX_REMOVED_TEXT = 200;
/** A byline is a name or two and a role: a longer author box is a bio. */
const MAX_BYLINE_WORDS = 12;
const hidden = (element: El) => element.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(element.getAttribute('style') ?? '');

/** The site's furniture taken out, and the blocks of those pieces of it that may carry the page's date. */
export interface Furniture {
	removed: Removed[];
	dated: DomBlock[];
	/** The text of furniture its class names as the author's line ("papier__auteur", "art-autor"): a byline. */
	bylines: string[];
}

/** Why an element is the site's furniture, or null. */
function furnitureReason(element: El, headline: El | null): string | null {
	const tag = element.tagName.toLowerCase();
	if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') return null;
	if (headline && element.contains(headline)) return null;
	if (hidden(element)) return 'hidden on the page';
	// A figure of a data table (a CMS's table block) is the story's table, its caption the table's.
	if ((tag === 'figure' && [...element.children].some((c) => c.tagName === 'TABLE' && readDataTable(c))) || isTableCaption(element)) return null;
	if (FURNITURE_ELEMENTS.includes(tag)) return `<${tag}> (site furniture)`;
	if (tag === 'header') return 'the site\'s header';
	const role = element.getAttribute('role')?.toLowerCase();
	if (role && FURNITURE_ROLES.includes(role)) return `role="${role}" (site furniture)`;
	// Inside a paragraph, a marked run is the paragraph's own text: a credit that is its dateline ("<span class="credit">【東京共同】</span>").
	const word = element.parentElement?.closest('p') ? undefined : nameWords(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`).find((w) => FURNITURE_WORDS.has(w));
	if (word && !holdsStory(element)) return `marked "${word}" by its class or id (site furniture)`;
	if (isTimestamp(element)) return 'a time stamp and its links (site furniture)';
	if (isInPageNavigation(element)) return 'a list of links to parts of the page (a table of contents)';
	if (isCaptionBox(element)) return CAPTION_BOX;
	return null;
}

/** The reason a picture with its caption is furniture: a gallery is told by how many there were. */
export const CAPTION_BOX = 'a picture with its caption and credit (a figure without <figure>)';
/** A caption is a sentence or two. */
const MAX_CAPTION_WORDS = 40;
/** A gallery's counter under each picture: "3 / 12". */
const PICTURE_COUNTER = /^\d{1,3}\s*(?:\/|of|из|von|de|di|מתוך)\s*\d{1,3}$/iu;

/** A box of one picture and a few words, among them a photo credit or a gallery's counter: a figure, whatever its tags. */
function isCaptionBox(element: El): boolean {
	if (PARAGRAPH_ELEMENTS.has(element.tagName) || words(textOf(element)).length > MAX_CAPTION_WORDS) return false;
	if (element.querySelectorAll('img, picture, amp-img').length !== 1 || element.querySelector('h1, h2, h3, h4, h5, h6')) return false;
	return blocksOf(element).some((b) => PHOTO_LABEL.test(b.text) || PICTURE_COUNTER.test(b.text));
}

/** A list whose every item links to an anchor of the page itself: "Key events", "Contents". */
function isInPageNavigation(element: El): boolean {
	if (element.tagName !== 'UL' && element.tagName !== 'OL') return false;
	const items = [...element.children].filter((c) => c.tagName === 'LI');
	return items.length >= 2 && items.every((li) => li.querySelector('a[href^="#"]') !== null);
}

/** Words beside a `<time>` in a time stamp: "17:42 GMT Link to this update", "Updated <time>". */
const MAX_TIMESTAMP_WORDS = 4;
/** An element that is a `<time>` with a few words of label or link beside it, not a sentence that mentions a time. */
function isTimestamp(element: El): boolean {
	const times = element.tagName === 'TIME' ? [element] : [...element.querySelectorAll('time')];
	if (times.length === 0) return false;
	const own = words(textOf(element)).length - times.reduce((n, t) => n + words(textOf(t)).length, 0);
	return own <= MAX_TIMESTAMP_WORDS;
}

/** The site's furniture out of the page, outermost first; each removal with its reason. */
export function removeFurniture(doc: Document, headline: El | null): Furniture {
	const removed: Removed[] = [];
	const dated: DomBlock[] = [];
	const bylines: string[] = [];
	const stack: El[] = doc.body ? [doc.body] : [];
	while (stack.length > 0) {
		const element = stack.pop()!;
		for (const child of [...element.children]) {
			const reason = furnitureReason(child, headline);
			if (!reason) {
				stack.push(child);
				continue;
			}
			const blocks = blocksOf(child);
			const text = blocks.map((b) => b.text).join(' | ');
			if (text) removed.push({ line: 0, text: text.length > MAX_REMOVED_TEXT ? `${text.slice(0, MAX_REMOVED_TEXT)}…` : text, reason });
			if (text && words(text).length <= MAX_BYLINE_WORDS && nameWords(`${child.getAttribute('class') ?? ''} ${child.getAttribute('id') ?? ''}`).some((w) => AUTHOR_WORDS.has(w))) bylines.push(text);
			// Each part of it named as a date or byline ("byline__date") on its own: a date line is short.
			for (const part of [child, ...child.querySelectorAll('[class], [id], time')]) {
				if (part.tagName === 'TIME' || nameWords(`${part.getAttribute('class') ?? ''} ${part.getAttribute('id') ?? ''}`).some((w) => DATE_HOLDER_WORDS.has(w))) dated.push({ kind: 'paragraph', text: textOf(part) });
			}
			child.remove();
		}
	}
	return { removed, dated, bylines };
}
