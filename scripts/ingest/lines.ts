/**
 * Lines of a page: joined into blocks, then each classified as chrome (with the
 * rule that says so), a credit, a date line, an agency line or text. What the
 * credits, date lines and agency lines say is collected on the way.
 */
import {
	BYLINE,
	CHROME_LINES,
	CHROME_PATTERNS,
	CONTRIBUTOR_LINE,
	CREDIT_LABELS,
	END_MARKERS,
	INLINE_CHROME,
	LINK_BOX_LABEL,
	MENU_SEPARATORS,
	PHOTO_LABEL,
	SOURCE_LABELS,
	WITH_MATERIAL_FROM,
	WIDE_SPACES,
} from './tables/chrome.ts';
import { PAGINATION } from './tables/pages.ts';
import { REPORTER_ROLE } from './tables/prompts.ts';
import { type DateLine, readDateLine } from './date-line.ts';
import { dateRole, findDates, type DateReading } from './dates.ts';
import type { DateClue } from './settle-date.ts';
import type { AgencyEvidence, Block, ContentBlock, Removed } from './model.ts';
import { onlyAgencies } from './agency.ts';
import { findPublisher, parseSourceCredit } from './credits.ts';
import { findAgency, isKnownPlace, looksLikeName, normalizePlace } from './names.ts';
import { LIST_MARKER, MAX_TITLE_WORDS, endsLikeSentence, isHeadlineLike, isProse } from './prose.ts';
import { words } from './text.ts';

/** An agency line is the agency and at most a place: "ANKARA / Anadolu Agency", "-- BERNAMA". */
const AGENCY_LINE_MAX_OTHER_WORDS = 3;
/** A short line ending in an agency's credit is a photo caption: "Ministers meet in Kuwait (KUNA)". */
const MAX_CAPTION_WORDS = 15;
/** End marks ("Endit", "(END)", "（編輯：王某）1050305") are shorter than this. */
const END_MARK_REACH = 40;
/** The longest chrome seen: cookie and copyright notices of a few sentences. */
const MAX_CHROME_WORDS = 60;
/** A menu item or a ticker item is a few words; a line of such items is navigation. */
const MAX_MENU_ITEM_WORDS = 3;
const MAX_TICKER_ITEM_WORDS = 15;
/** Lines that say what the page is ("Search results for ...") are short. */
const MAX_LABEL_WORDS = 10;
/** A credit, a byline and a contributor line are each at most this long. */
const MAX_CREDIT_WORDS = 40;
const MAX_BYLINE_WORDS = 10;
const MAX_CONTRIBUTOR_WORDS = 25;
/** A reporter's role under the byline is a few words. */
const MAX_ROLE_WORDS = 6;
/** The name under a "Photo:" line is short. */
const MAX_CREDIT_CONTINUATION_WORDS = 12;

const CHROME_LINE_SET = new Set(CHROME_LINES.map((l) => l.toLowerCase()));
/** Chrome that ends a box of links: the page's own controls ("Print this article", a share bar). */
const BOX_ENDS = new Set(['site chrome', 'share bar', 'social links', 'share or counter line', 'separator']);
/** Chrome that is the site's own furniture: menus, breadcrumbs, tickers, search boxes. */
const MENU_REASONS = new Set(['navigation', 'news ticker', 'breadcrumb', 'site chrome']);

type Kind =
	| { kind: 'chrome'; reason: string }
	| { kind: 'source-credit'; rest: string }
	| { kind: 'credit'; text: string }
	| { kind: 'agency-line'; agency: string; place: string | null }
	| { kind: 'date-line'; text: string; dateLine: DateLine; suffix: Removed | null }
	| { kind: 'text'; text: string; suffix: Removed | null };

function chromeReason(bare: string): string | null {
	const phrase = bare.toLowerCase().replace(/[\s:.»›>|]+$/u, '');
	if (CHROME_LINE_SET.has(phrase)) return 'site chrome';
	if (LINK_BOX_LABEL.test(bare)) return 'link-box label';
	// A paragraph this long is no notice or caption; the patterns need not read it (a ticker still may be).
	const size = words(bare).length;
	if (size <= MAX_CHROME_WORDS) for (const { name, pattern, maxWords } of CHROME_PATTERNS) if (size <= (maxWords ?? size) && pattern.test(bare)) return name;
	if (END_MARKERS.test(bare) && words(bare.replace(END_MARKERS, '')).length === 0) return 'end-of-copy marker';
	if (PAGINATION.test(bare)) return 'pagination';
	const parts = bare.split(MENU_SEPARATORS).map((p) => p.trim()).filter(Boolean);
	if (parts.length < 2) return null;
	// Double spaces alone do not make a menu of a paragraph that happens to have them.
	const onlyWideSpaces = !MENU_SEPARATORS.test(bare.replace(WIDE_SPACES, ' '));
	if (onlyWideSpaces && isProse(bare) && words(bare).length > MAX_TITLE_WORDS) return null;
	const sizes = parts.map((p) => words(p).length);
	if (sizes.every((n) => n <= MAX_MENU_ITEM_WORDS)) return 'navigation';
	if (parts.length >= 3 && sizes.every((n) => n <= MAX_TICKER_ITEM_WORDS)) return 'news ticker';
	return null;
}

/** A line that is only an agency's credit, maybe with a place and a day: "-- BERNAMA", "(APA)", "ANKARA / Anadolu Agency", "MADRID, 17 (EUROPA PRESS)". */
function readAgencyLine(text: string, reading: DateReading): { agency: string; place: string | null } | null {
	if (words(text).length > AGENCY_LINE_MAX_OTHER_WORDS + 4) return null;
	const agency = findAgency(text);
	// An agency with a date is a date line ("RTRS 17-NOV-2015 06:14 GMT", "Xinhua, March 12, 2013").
	if (!agency || findDates(text, reading).length > 0) return null;
	const rest = text.replace(agency.matched, ' ').replace(/[\p{P}\p{S}\s\d]+/gu, ' ').trim();
	if (words(rest).length > AGENCY_LINE_MAX_OTHER_WORDS) return null;
	if (rest === '') return { agency: agency.name, place: null };
	// What stands beside the agency must be a place: one the tables know, or a name in capitals.
	if (isKnownPlace(rest) || (rest === rest.toUpperCase() && /^\p{Lu}{2}/u.test(rest))) return { agency: agency.name, place: normalizePlace(rest) };
	return null;
}

/**
 * A line that ends in agencies' credit in brackets is a photo caption: a short one
 * ("... in Kuwait (KUNA)"), or any with a photo agency's joint credit ("（ＡＦＰ＝時事）").
 */
function isCreditedCaption(text: string): boolean {
	const credit = /[(（]\s*([^()（）]{2,30}?)\s*[)）]$/u.exec(text)?.[1];
	if (!credit || !onlyAgencies(credit)) return false;
	return words(text).length <= MAX_CAPTION_WORDS || /[=＝/]/u.test(credit);
}

/** "Randall Palmer and Leah Schnurr, Reuters": names, then the agency they write for. */
function isAgencyByline(text: string): boolean {
	const match = /^(?<names>\p{Lu}[\p{L}.'’ -]{2,60}),\s*(?<agency>[^,]{2,30})$/u.exec(text);
	return !!match?.groups && words(text).length <= MAX_BYLINE_WORDS && looksLikeName(match.groups.names!) && onlyAgencies(match.groups.agency!.trim());
}

function classify(block: Block, reading: DateReading): Kind {
	// A table (blocks.ts) is the story's, whatever its cells look like.
	if (block.table) return { kind: 'text', text: block.text, suffix: null };
	const bare = block.text.replace(LIST_MARKER, '');
	const agencyLine = readAgencyLine(bare, reading);
	if (agencyLine) return { kind: 'agency-line', ...agencyLine };
	// A date beside a byline or a section in a "|" line is the page's date, not navigation.
	const separated = MENU_SEPARATORS.test(bare);
	const bareDateLine = separated ? readDateLine(bare, reading) : null;
	if (bareDateLine) return { kind: 'date-line', text: bare, dateLine: bareDateLine, suffix: null };
	const reason = chromeReason(bare);
	if (reason) return { kind: 'chrome', reason };
	const source = SOURCE_LABELS.exec(bare);
	if (source?.groups) return { kind: 'source-credit', rest: source.groups.rest ?? '' };
	const material = WITH_MATERIAL_FROM.exec(bare);
	if (material?.groups && findAgency(material.groups.rest!)) return { kind: 'source-credit', rest: material.groups.rest! };
	if (isCreditedCaption(bare)) return { kind: 'chrome', reason: 'photo caption' };
	const unbracketed = bare.replace(/^\((.*)\)$/u, '$1');
	const size = words(unbracketed).length;
	const credit =
		isAgencyByline(unbracketed) ||
		(CREDIT_LABELS.test(unbracketed) && size <= MAX_CREDIT_WORDS) ||
		(BYLINE.test(unbracketed) && size <= MAX_BYLINE_WORDS && !endsLikeSentence(unbracketed)) ||
		(CONTRIBUTOR_LINE.test(unbracketed) && size <= MAX_CONTRIBUTOR_WORDS);
	if (credit) return { kind: 'credit', text: unbracketed };

	let text = block.text;
	let suffix: Removed | null = null;
	for (const { name, pattern } of INLINE_CHROME) {
		const match = pattern.exec(text);
		if (match && match.index > 0) {
			suffix = { line: block.line, text: match[0].trim(), reason: name };
			text = text.slice(0, match.index).trimEnd();
		}
	}
	// End marks stand at the very end: only the line's tail is searched.
	const tailStart = Math.max(0, text.length - END_MARK_REACH);
	const end = END_MARKERS.exec(text.slice(tailStart));
	// A match at the tail's start must be at a word's start in the whole line too.
	const atWordStart = !end || end.index > 0 || tailStart === 0 || /\s/u.test(text[tailStart - 1]!);
	if (end && atWordStart && tailStart + end.index > 0) {
		suffix = { line: block.line, text: end[0].trim(), reason: 'end-of-copy marker' };
		text = text.slice(0, tailStart + end.index).trimEnd();
	}
	if (text === bare && separated) return { kind: 'text', text, suffix };
	const dateLine = readDateLine(text, reading);
	if (dateLine) return { kind: 'date-line', text, dateLine, suffix };
	return { kind: 'text', text, suffix };
}

export interface Classified {
	content: ContentBlock[];
	removed: Removed[];
	credits: string[];
	dateClues: DateClue[];
	/** Blocks that name a date (date lines and chrome): lists of dated headlines have many. */
	datedLines: number;
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

/**
 * The context rules, in one pass over the kinds: below "3 thoughts on ..." the page is
 * readers' comments; a label opens a box of links that prose or the page's own controls
 * end; a credit ending in ":" takes the short lines under it; above the story, the line
 * right under a photo credit, if it is no sentence, is the photo's caption (inside the
 * story it may be a sub-heading under an inline picture's credit).
 */
function contextOf(kinds: Kind[]): Context[] {
	const context: Context[] = kinds.map(() => ({ removedAs: null, inLinkBox: false, credit: null }));
	let inLinkBox = false;
	let inComments = false;
	let proseAbove = false;
	for (let i = 0; i < kinds.length; i++) {
		const kind = kinds[i]!;
		const here = context[i]!;
		if (kind.kind === 'chrome') {
			if (kind.reason === 'photo credit' && !proseAbove && isCaption(kinds[i + 1])) context[i + 1]!.removedAs = 'photo caption (under a photo credit)';
			// A newsletter box inside the story: the prompt, then its blurb, which is no sentence (above the story, that line may be the headline).
			const blurb = kinds[i + 1];
			if (kind.reason === 'newsletter sign-up' && proseAbove && blurb?.kind === 'text' && !endsLikeSentence(blurb.text) && words(blurb.text).length <= MAX_CHROME_WORDS) {
				context[i + 1]!.removedAs = 'newsletter sign-up (its blurb)';
			}
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
	const out: Classified = { content: [], removed: [], credits: [], dateClues: [], datedLines: 0, pagination: false, shortLines: [], menuOrders: [], evidence: [], publisher: null, placeLine: null };
	// Counting dated chrome lines needs no language-specific parser.
	const plainReading: DateReading = { ...reading, language: null };
	const kinds = blocks.map((block) => classify(block, reading));
	const context = contextOf(kinds);
	blocks.forEach((block, i) => {
		const kind = kinds[i]!;
		const { removedAs, inLinkBox, credit } = context[i]!;
		if (words(block.text).length <= MAX_LABEL_WORDS) out.shortLines.push(block.text);
		if (removedAs) {
			out.removed.push({ line: block.line, text: block.text, reason: removedAs });
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
