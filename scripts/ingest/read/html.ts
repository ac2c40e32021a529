/**
 * The HTML reader: a saved web page (or a WARC record's payload) to the same
 * "found" record the text reader gives. In order:
 *
 * 1. the charset (charset.ts) and a real DOM (linkedom);
 * 2. what the page states about itself (html-meta.ts), read before anything is removed;
 * 3. code, styles, embeds, forms and comments removed; then the site's furniture
 *    (html-dom.ts, by the tables in tables/html.ts);
 * 4. the headline (the article's `<h1>`, else the metadata's) and the standfirst under it;
 * 5. the story by Mozilla's Readability, its blocks as paragraphs and sub-headings;
 * 6. the text path's own line rules over those blocks (chrome, credits, date lines,
 *    agency lines) and over the whole page (pages that are not articles, date lines
 *    outside the story), then the shared steps: the dateline, the agency.
 *
 * Dates are clues ranked by what states them: the page's JSON-LD, then its meta
 * tags, then `<time datetime>`, then the text's own date lines and dateline.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { takeAuthorBio } from '../bio.ts';
import { bylineEvidence, ledeEvidence, settleAgency, takeEndCredit } from '../agency.ts';
import { tableText } from '../blocks.ts';
import { safeText } from '../decode.ts';
import { readingOf } from '../dates.ts';
import { SourceError } from '../errors.ts';
import { detectLanguage, usesLettersNotIn } from '../language.ts';
import { classifyBlocks } from '../lines.ts';
import type { AgencyEvidence, BodyNode, Removed } from '../model.ts';
import { findAgency } from '../names.ts';
import { notAnArticle } from '../not-article.ts';
import { takeDateline } from '../opening.ts';
import { isProse, wordEquivalents } from '../prose.ts';
import { cleanTitle, findDek as findTextDek, findTitle } from '../title.ts';
import { ERROR_PAGE, MAX_PAYWALL_TEASER_WORDS } from '../tables/pages.ts';
import { ISO_639_3_TO_BCP47 } from '../tables/languages.ts';
import { stopwordDensity, words } from '../text.ts';
import { decodeHtml, detectCharset } from './charset.ts';
import type { Found, Provenance } from './found.ts';
import { blocksOf, bylinesOf, findDek, findHeadline, findKicker, isKeyPoints, maxNesting, textOf, type DomBlock } from './html-dom.ts';
import { CAPTION_BOX, removeFurniture, removeNeverText } from './html-furniture.ts';
import { metaDateClues } from './html-dates.ts';
import { readPageMeta } from './html-meta.ts';
import { BYLINE_SELECTOR, MAX_NESTING } from '../tables/html.ts';

/** Where a WARC record's payload came from: what the capture said about it. */
export interface Origin {
	/** The HTTP response's Content-Type. */
	contentType: string | null;
	url: string;
	captured: string;
	warc: { file: string; record: string; offset: number };
}

export interface HtmlOptions {
	languageHint: string | null;
	origin: Origin | null;
}

/** Pictures with captions enough to make a gallery. */
const MIN_GALLERY_PICTURES = 6;

/** A page's own language statement is trusted unless its text reads as another language this much more by stop words. */
const LANGUAGE_OVERRULE = 2;
/** Text enough to overrule a stated language. */
const MIN_WORDS_TO_OVERRULE = 40;

const primaryTag = (value: string) => {
	const tag = value.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
	return /^[a-z]{2,3}$/u.test(tag) ? (tag.length === 3 ? (ISO_639_3_TO_BCP47[tag] ?? tag) : tag) : null;
};

/** The article's language: the editor's; else the page's statement unless the story plainly reads as another; else the text's. */
function languageOf(stated: { value: string; basis: string } | null, story: string, hint: string | null, warnings: string[]): string | null {
	if (hint) return hint;
	const detected = detectLanguage(story);
	const tag = stated ? primaryTag(stated.value) : null;
	if (!tag) return detected?.tag ?? null;
	if (!detected || detected.tag === tag || words(story).length < MIN_WORDS_TO_OVERRULE) return tag;
	const overrule =
		detected.by === 'script' ||
		(usesLettersNotIn(story, tag) && !usesLettersNotIn(story, detected.tag)) ||
		stopwordDensity(story, detected.tag) > LANGUAGE_OVERRULE * stopwordDensity(story, tag);
	if (!overrule) return tag;
	warnings.push(`${stated!.basis} says "${stated!.value}", but the story reads as ${detected.tag}: ${detected.tag} is used`);
	return detected.tag;
}

/** Blocks numbered as lines, for the text rules (a removed block's "line" is its place among the page's blocks). */
const asLines = (blocks: DomBlock[]) => blocks.map((b, i) => ({ line: i + 1, text: b.text, ...(b.rows ? { table: { rows: b.rows, note: null } } : {}) }));

const absoluteHttp = (value: string | null | undefined, base: string | undefined) => {
	if (!value) return undefined;
	try {
		const url = new URL(value, base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
};

const cleanText = (text: string) => safeText(text).replace(/\s+/gu, ' ').trim();
/** A node's text made safe and spaced as one line; a table's cells each so, its text the rows again. */
const cleanNode = (node: BodyNode): BodyNode => {
	if (!node.rows) return { ...node, text: cleanText(node.text) };
	const rows = node.rows.map((row) => row.map(cleanText));
	return { ...node, rows, text: tableText(rows) };
};

export function readHtml(bytes: Uint8Array, { languageHint, origin }: HtmlOptions): Found {
	const warnings: string[] = [];
	const charset = detectCharset(bytes, origin?.contentType ?? null, warnings);
	const html = decodeHtml(bytes, charset);
	const depth = maxNesting(html);
	if (depth > MAX_NESTING) throw new SourceError(`HTML nested ${depth} elements deep (over ${MAX_NESTING}): no page a browser lays out, refused`);
	// A fragment (no <html> element) is a body: linkedom would make its first element the document's root.
	const { document } = parseHTML(/<html[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
	const meta = readPageMeta(document, warnings);
	const controls = removeNeverText(document);

	// The whole page's blocks, furniture aside: what the page says it is, and date lines outside the story.
	const headline = findHeadline(document, meta);
	const dekElement = headline ? findDek(headline.element) : null;
	const kickerElement = headline ? findKicker(headline.element) : null;
	const bylines = bylinesOf(document, BYLINE_SELECTOR);
	const furniture = removeFurniture(document, headline?.element ?? null);
	const removed: Removed[] = [...controls, ...furniture.removed];
	const pageBlocks = blocksOf(document.body ?? document.documentElement);
	const pageText = safeText(pageBlocks.map((b) => b.text).join('\n'));
	const storyGuess = pageBlocks.filter((b) => isProse(b.text)).map((b) => b.text).join('\n');
	const language = languageOf(meta.language, storyGuess, languageHint, warnings);
	const reading = readingOf(pageText, language);
	const page = classifyBlocks(asLines(pageBlocks), reading);
	let notArticle = notAnArticle(page);

	// No <h1> and no metadata title: the text path's headline and standfirst rules over the page's blocks (title.ts).
	let textTitle: string | null = null;
	let textDek: string | null = null;
	if (!headline && !meta.headline) {
		const firstProse = page.content.findIndex((b) => isProse(b.text));
		const lastProse = page.content.findLastIndex((b) => isProse(b.text));
		const choice = findTitle(page.content, firstProse, lastProse, page.menuOrders);
		warnings.push(...(choice.warnings ?? []));
		const index = choice.value.index;
		if (index !== -1) textTitle = page.content[index]!.text;
		if (index !== -1 && index < firstProse) {
			const dekStep = findTextDek(page.content, index, lastProse, page.removed);
			removed.push(...dekStep.removed);
			textDek = dekStep.value;
		}
	}
	// The headline and standfirst come out of the page before the extractor sees it.
	const dek = dekElement && !isKeyPoints(dekElement) ? textOf(dekElement) : textDek;
	if (dekElement && !dek) removed.push({ line: 0, text: textOf(dekElement).slice(0, 200), reason: 'key points under the headline (a standfirst, not the story)' });
	const title = headline?.text ?? null;
	headline?.element?.remove();
	dekElement?.remove();
	const kicker = kickerElement ? textOf(kickerElement) : null;
	if (kickerElement) removed.push({ line: 0, text: kicker!, reason: 'the kicker above the headline' });
	kickerElement?.remove();

	// Inside a paragraph, a marked run is the paragraph's text: Readability would take a `<span class="dateline">` for the byline and drop it.
	for (const run of document.querySelectorAll('p [class], p [id]')) {
		run.removeAttribute('class');
		run.removeAttribute('id');
	}
	const article = new Readability(document as unknown as Document, { charThreshold: 100, keepClasses: false }).parse();
	const content = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document : null;
	// Too little for the extractor (a fragment, a short page): the page's own blocks, furniture aside, are the story.
	const extracted = content ? blocksOf(content.body) : [];
	const storyBlocks = (extracted.some((b) => isProse(b.text)) ? extracted : pageBlocks).filter((b) => b.text !== title && b.text !== dek && b.text !== kicker && b.text !== textTitle);
	const story = classifyBlocks(asLines(storyBlocks), reading);
	for (const r of story.removed) removed.push({ ...r, reason: `${r.reason} (in the story)` });
	const body: BodyNode[] = [];
	for (const block of story.content) {
		const { kind, rows, under } = storyBlocks[block.line - 1]!;
		if (block.inLinkBox) {
			removed.push({ line: block.line, text: block.text, reason: 'in a box of links' });
			continue;
		}
		if (kind !== 'table') body.push({ type: kind, text: block.text, line: block.line });
		// A table is the story's, with the lines under it that are its own (its caption, its source note).
		else body.push({ type: 'table', text: block.text, line: block.line, rows }, ...(under ?? []).map((text) => ({ type: 'paragraph' as const, text, line: block.line })));
	}
	// Sub-headings with no paragraph after them close nothing: a label left at the story's end, or over a box the story left out
	// ("Key events" over its list of links: the next block kept is another heading; a news story nests no sections).
	while (body.at(-1)?.type === 'heading') removed.push({ ...body.pop()!, reason: 'a heading with nothing under it' });
	for (let i = body.length - 2; i >= 0; i--) {
		const [node, next] = [body[i]!, body[i + 1]!];
		if (node.type === 'heading' && next.type === 'heading') removed.push({ ...body.splice(i, 1)[0]!, reason: 'a heading over nothing the story keeps' });
	}

	const storyWords = body.filter((n) => n.type === 'paragraph').reduce((sum, n) => sum + wordEquivalents(n.text), 0);
	if (!notArticle && meta.paywalled && storyWords < MAX_PAYWALL_TEASER_WORDS) {
		notArticle = `a paywall (the page's JSON-LD says isAccessibleForFree: false, and it shows ${storyWords} words)`;
	}
	// A gallery: pictures with captions, and a line or two besides them.
	const pictures = furniture.removed.filter((r) => r.reason === CAPTION_BOX).length;
	if (!notArticle && pictures >= MIN_GALLERY_PICTURES && storyWords < MAX_PAYWALL_TEASER_WORDS) {
		notArticle = `a photo gallery (${pictures} pictures with captions, and ${storyWords} words of story)`;
	}
	// An error page says so in its headline, whatever paragraphs of apology and help follow it.
	if (!notArticle && title && ERROR_PAGE.test(title)) notArticle = `an error page (its headline: "${title}")`;

	// The shared steps: the dateline, the end credit, the agency.
	const evidence: AgencyEvidence[] = [...page.evidence, ...story.evidence];
	// Date lines in bylines and meta boxes taken out as furniture still date the page.
	const bylineDates = classifyBlocks(asLines(furniture.dated), reading).dateClues;
	const dateClues = [...metaDateClues(meta), ...story.dateClues, ...page.dateClues, ...bylineDates];
	const opening = takeDateline(body, reading);
	removed.push(...opening.removed);
	if (opening.evidence) evidence.push(opening.evidence);
	if (opening.clue) dateClues.push(opening.clue);
	const endCredit = takeEndCredit(body);
	removed.push(...endCredit.removed);
	evidence.push(...endCredit.evidence);
	const lede = opening.paragraph ? ledeEvidence(opening.paragraph.text) : null;
	if (lede) evidence.push(lede);
	const credits = [...new Set([...bylines, ...furniture.bylines, ...page.credits, ...story.credits])];
	removed.push(...takeAuthorBio(body, [...credits, ...meta.authors]).removed);
	evidence.push(...bylineEvidence([...credits, ...meta.authors]));
	const publisherAgency = meta.publisher ? findAgency(meta.publisher.value) : null;
	if (publisherAgency) evidence.push({ source: 'site name', agency: publisherAgency.name, text: `${meta.publisher!.value} (${meta.publisher!.basis})` });
	const agency = settleAgency(evidence, warnings);

	const fallbackTitle = !title ? (meta.headline ? cleanTitle(meta.headline.value, new Set()).title : textTitle ? cleanTitle(textTitle, new Set()).title : null) : null;
	const docTitle = !title && !fallbackTitle && meta.documentTitle ? cleanTitle(meta.documentTitle, new Set()).title : null;
	const provenance: Provenance = {};
	const url = absoluteHttp(origin?.url, undefined) ?? absoluteHttp(meta.canonical, undefined);
	if (url) provenance.url = url;
	if (origin) {
		provenance.captured = origin.captured;
		provenance.warc = origin.warc;
	}
	removed.sort((a, b) => a.line - b.line);
	const safe = (text: string | null) => (text === null ? null : safeText(text).replace(/\s+/gu, ' ').trim() || null);
	return {
		title: safe(title ?? fallbackTitle ?? docTitle),
		dek: safe(dek),
		body: body.map(cleanNode).filter((n) => n.text !== ''),
		credits: credits.map((c) => safeText(c)),
		agency,
		publisher: safe(meta.publisher?.value ?? page.publisher),
		dateline: opening.place ?? page.placeLine,
		dateClues,
		removed,
		warnings,
		notArticle,
		text: pageText,
		encoding: charset.encoding,
		encodingBasis: charset.basis,
		language,
		captured: origin?.captured ?? null,
		provenance,
	};
}
