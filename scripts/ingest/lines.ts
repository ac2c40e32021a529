/**
 * Blocks of a page, classified: each block's own kind (block-kind.ts), then the
 * context rules over its neighbours (comment threads, boxes of links, a credit's
 * second line, captions, a newsletter box's blurb, a reporter's role), then what
 * the credits, date lines and agency lines say, collected.
 */
import { LIST_MARKER, endsLikeSentence, isHeadlineLike, isProse } from './prose.ts';
import { PHOTO_LABEL } from './tables/chrome.ts';
import { REPORTER_ROLE } from './tables/prompts.ts';
import { classifyBlock, MAX_BYLINE_WORDS, MAX_CAPTION_WORDS, MAX_CHROME_WORDS, type Kind } from './block-kind.ts';
import { CLOCK, commentsFrom } from './comments.ts';
import { MAX_TEASER_WORDS } from './tables/pages.ts';
import type { DateLine } from './date-line.ts';
import { dateRole, findDates, type DateReading } from './dates.ts';
import type { DateClue } from './settle-date.ts';
import type { AgencyEvidence, Block, ContentBlock, Removed } from './model.ts';
import { findPublisher, parseSourceCredit } from './credits.ts';
import { findAgency, looksLikeName } from './names.ts';
import { words } from './text.ts';

/** Lines that say what the page is ("Search results for ...") are short. */
const MAX_LABEL_WORDS = 10;
/** A sidebar's date under its teaser is the date alone ("13 Nov 2023", "19.06.2023"), no time of day (a live feed's entries have one). */
const MAX_TEASER_DATE_WORDS = 4;
/** A reporter's role under the byline is a few words. */
const MAX_ROLE_WORDS = 6;
/** The name under a "Photo:" line is short. */
const MAX_CREDIT_CONTINUATION_WORDS = 12;
/** Chrome that ends a box of links: the page's own controls ("Print this article", a share bar). */
const BOX_ENDS = new Set(['site chrome', 'share bar', 'social links', 'share or counter line', 'separator']);
/** Chrome that is the site's own furniture: menus, breadcrumbs, tickers, search boxes. */
const MENU_REASONS = new Set(['navigation', 'news ticker', 'breadcrumb', 'site chrome']);

export interface Classified {
	content: ContentBlock[];
	removed: Removed[];
	credits: string[];
	dateClues: DateClue[];
	/** Blocks that name a date (date lines and chrome): lists of dated headlines have many. */
	datedLines: number;
	/** Teasers set aside over their dates (a sidebar's, or a day's archive): items of a list. */
	datedTeasers: number;
	pagination: boolean;
	/** The page's short lines: one may say what the page is ("Search results for ...", "Page not found"). */
	shortLines: string[];
	/** Where the site's menus, breadcrumbs and tickers stand (block order): the headline stands below them. */
	menuOrders: number[];
	evidence: AgencyEvidence[];
	publisher: string | null;
	/** The place of an agency line or a credit, for an article whose first paragraph has no dateline. */
	placeLine: string | null;
}

/** What a block's neighbours make of it: the context rules, read over the blocks' own kinds. */
interface Context {
	/** Why the context removes a block its kind would keep (readers' comments, a caption under a photo credit, a credit's second line). */
	removedAs: string | null;
	/** It follows a "Related" or "Read more" label with no prose in between. */
	inLinkBox: boolean;
	/** A credit with the lines that finish it ("Photo:" on one line, the name on the next). */
	credit: string | null;
}

const isChrome = (kind: Kind | undefined, reason: string) => kind?.kind === 'chrome' && kind.reason === reason;
/** A caption: a short line that is no sentence. */
const isCaption = (kind: Kind | undefined) => kind?.kind === 'text' && !isProse(kind.text) && words(kind.text).length <= MAX_CAPTION_WORDS;
/** A reporter's role: "Technology of business reporter", "Corresponsal en Bruselas"; a few words, no sentence. */
const isRoleLine = (kind: Kind | undefined) =>
	kind?.kind === 'text' && words(kind.text).length <= MAX_ROLE_WORDS && !endsLikeSentence(kind.text) && REPORTER_ROLE.test(kind.text);

const DATED_TEASER = 'sidebar teaser (over its date, in a list of them)';
const isTeaserDate = (kind: Kind | undefined) => kind?.kind === 'date-line' && words(kind.text).length <= MAX_TEASER_DATE_WORDS && !CLOCK.test(kind.text);
const isTeaser = (kind: Kind | undefined) => kind?.kind === 'text' && words(kind.text).length <= MAX_TEASER_WORDS;
/** A sidebar's teaser over its date, one of two or more in a row: "Plans to turn the old fire station into flats ..." / "13 Nov 2023". */
const isDatedTeaser = (kinds: Kind[], i: number) =>
	isTeaser(kinds[i]) && isTeaserDate(kinds[i + 1]) && ((isTeaser(kinds[i + 2]) && isTeaserDate(kinds[i + 3])) || (isTeaserDate(kinds[i - 1]) && isTeaser(kinds[i - 2])));

/**
 * The context rules, in one pass over the kinds: below "3 thoughts on ..." or the first of
 * the comments' heads (comments.ts) the page is readers' comments; teasers over their dates,
 * two or more in a row, are a sidebar; an author box's label takes the bio under it; a label opens a box of links that prose or the page's own controls
 * end; a credit ending in ":" takes the short lines under it; above the story, the line
 * right under a photo credit, if it is no sentence, is the photo's caption (inside the
 * story it may be a sub-heading under an inline picture's credit).
 */
function contextOf(kinds: Kind[], commentsStart: number): Context[] {
	const context: Context[] = kinds.map(() => ({ removedAs: null, inLinkBox: false, credit: null }));
	let inLinkBox = false;
	let inComments = false;
	let proseAbove = false;
	for (let i = 0; i < kinds.length; i++) {
		const kind = kinds[i]!;
		const here = context[i]!;
		// Handles over posting times (comments.ts): the readers' thread begins.
		if (i === commentsStart) inComments = true;
		if (kind.kind === 'chrome') {
			if (kind.reason === 'photo credit' && !proseAbove && isCaption(kinds[i + 1])) context[i + 1]!.removedAs = 'photo caption (under a photo credit)';
			// A newsletter box inside the story: the prompt, then its blurb, which is no sentence (above the story, that line may be the headline).
			const blurb = kinds[i + 1];
			if (kind.reason === 'newsletter sign-up' && proseAbove && blurb?.kind === 'text' && !endsLikeSentence(blurb.text) && words(blurb.text).length <= MAX_CHROME_WORDS) {
				context[i + 1]!.removedAs = 'newsletter sign-up (its blurb)';
			}
			// An author box's label alone on its line: the bio is the paragraph under it.
			const bio = kinds[i + 1];
			if (kind.reason === 'author box' && bio?.kind === 'text' && isProse(bio.text) && words(bio.text).length <= MAX_CHROME_WORDS) context[i + 1]!.removedAs = 'author box (its bio)';
			if (kind.reason === 'comment thread') inComments = true;
			if (kind.reason === 'link-box label') inLinkBox = true;
			else if (BOX_ENDS.has(kind.reason)) inLinkBox = false;
			continue;
		}
		if (inComments) {
			here.removedAs = "readers' comments";
			continue;
		}
		if (kind.kind === 'credit') {
			let credit = kind.text;
			while (/:\s*$/u.test(credit) && kinds[i + 1]?.kind === 'text') {
				const next = kinds[i + 1] as Extract<Kind, { kind: 'text' }>;
				if (words(next.text).length > MAX_CREDIT_CONTINUATION_WORDS) break;
				credit = `${credit} ${next.text.replace(LIST_MARKER, '')}`;
				context[++i]!.removedAs = 'credit';
			}
			here.credit = credit;
			if (PHOTO_LABEL.test(kind.text) && !proseAbove && isCaption(kinds[i + 1])) context[i + 1]!.removedAs = 'photo caption (under a photo credit)';
			if (isRoleLine(kinds[i + 1])) context[i + 1]!.removedAs = "reporter's role (under the byline)";
			continue;
		}
		if (isDatedTeaser(kinds, i)) {
			// Neither is the story's, and the date does not date it.
			here.removedAs = context[i + 1]!.removedAs = DATED_TEASER;
			continue;
		}
		if (kind.kind !== 'text' || here.removedAs) continue;
		// "Fiona Marsh" over "Climate correspondent": a byline without its label, and the reporter's role.
		if (words(kind.text).length <= MAX_BYLINE_WORDS && looksLikeName(kind.text) && isRoleLine(kinds[i + 1])) context[i + 1]!.removedAs = "reporter's role (under the byline)";
		// Prose ends a box of links; a question there is one more linked headline.
		const prose = isProse(kind.text);
		if (prose && !isHeadlineLike(kind.text)) inLinkBox = false;
		proseAbove ||= prose;
		here.inLinkBox = inLinkBox;
	}
	return context;
}

/** Every block classified, then its context read; chrome, credits and date lines set aside, with what they say. */
export function classifyBlocks(blocks: Block[], reading: DateReading): Classified {
	const out: Classified = { content: [], removed: [], credits: [], dateClues: [], datedLines: 0, datedTeasers: 0, pagination: false, shortLines: [], menuOrders: [], evidence: [], publisher: null, placeLine: null };
	// Counting dated chrome lines needs no language-specific parser.
	const plainReading: DateReading = { ...reading, language: null };
	const kinds = blocks.map((block) => classifyBlock(block, reading));
	const context = contextOf(kinds, commentsFrom(blocks, kinds));
	blocks.forEach((block, i) => {
		const kind = kinds[i]!;
		const { removedAs, inLinkBox, credit } = context[i]!;
		if (words(block.text).length <= MAX_LABEL_WORDS) out.shortLines.push(block.text);
		if (removedAs) {
			out.removed.push({ line: block.line, text: block.text, reason: removedAs });
			// A sidebar teaser's date dates no story, but it is still one of a list's dated lines, and the teaser one of its items.
			if (removedAs === DATED_TEASER && kind.kind === 'date-line') out.datedLines++;
			else if (removedAs === DATED_TEASER) out.datedTeasers++;
			return;
		}
		switch (kind.kind) {
			case 'chrome':
				out.removed.push({ line: block.line, text: block.text, reason: kind.reason });
				out.publisher ??= findPublisher(block.text);
				if (kind.reason === 'pagination') out.pagination = true;
				if (MENU_REASONS.has(kind.reason)) out.menuOrders.push(i);
				if (/\p{Nd}/u.test(block.text) && findDates(block.text, plainReading).length > 0) out.datedLines++;
				return;
			case 'source-credit': {
				const parsed = parseSourceCredit(kind.rest, reading);
				if (parsed.agency) out.evidence.push({ source: 'source credit', agency: parsed.agency, text: block.text });
				out.placeLine ??= parsed.place;
				if (parsed.date) out.dateClues.push({ mention: parsed.date, where: 'credit line', role: null, line: block.text });
				out.removed.push({ line: block.line, text: block.text, reason: 'source credit' });
				return;
			}
			case 'agency-line':
				out.evidence.push({ source: 'agency line', agency: kind.agency, text: block.text });
				out.placeLine ??= kind.place;
				out.removed.push({ line: block.line, text: block.text, reason: 'agency credit' });
				return;
			case 'place-line':
				out.placeLine ??= kind.place;
				out.removed.push({ line: block.line, text: block.text, reason: 'dateline (its place on a line of its own)' });
				return;
			case 'credit':
				out.credits.push(credit ?? kind.text);
				out.removed.push({ line: block.line, text: block.text, reason: 'credit' });
				return;
			case 'date-line':
				if (kind.suffix) out.removed.push(kind.suffix);
				collectDateLine(kind.text, kind.dateLine, out);
				out.removed.push({ line: block.line, text: kind.text, reason: 'date line' });
				return;
			case 'text': {
				if (kind.suffix) out.removed.push(kind.suffix);
				// A time stamp right above or below a line makes it an item of a live feed.
				const besideTimeStamp = isChrome(kinds[i - 1], 'time stamp') || isChrome(kinds[i + 1], 'time stamp');
				out.content.push({ line: block.line, text: kind.text, inLinkBox, order: i, besideTimeStamp, ...(block.table ? { table: block.table } : {}) });
			}
		}
	});
	return out;
}

/** A date line's dates (each with its label's role), its agency and a place beside the date. */
function collectDateLine(text: string, { mentions, place }: DateLine, out: Classified): void {
	mentions.forEach((mention, m) => {
		const previous = mentions[m - 1];
		const previousEnd = previous ? previous.index + previous.raw.length : 0;
		out.dateClues.push({ mention, where: 'date line', role: dateRole(text, mention, previousEnd, mentions[m + 1]?.index), line: text });
	});
	out.datedLines++;
	let rest = text;
	for (const mention of mentions) rest = rest.replace(mention.raw, ' ');
	const agency = findAgency(rest);
	if (agency) out.evidence.push({ source: 'date line', agency: agency.name, text });
	out.placeLine ??= place;
}
