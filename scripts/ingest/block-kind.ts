/**
 * What one block of a page is, read on its own: chrome (with the rule that says so),
 * a source credit, a credit, an agency line, a dateline's place alone, a date line or text. Pure: the
 * context rules over its neighbours are lines.ts's.
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
	SOURCE_LABELS,
	WITH_MATERIAL_FROM,
	WIDE_SPACES,
} from './tables/chrome.ts';
import { INTERVIEWER_CREDIT } from './tables/interview.ts';
import { CONSENT_DATA, CONSENT_PROMPT, MAX_CONSENT_PROMPT_WORDS } from './tables/prompts.ts';
import { PAGINATION } from './tables/pages.ts';
import { type DateLine, readDateLine } from './date-line.ts';
import { findDates, type DateReading } from './dates.ts';
import type { Block, Removed } from './model.ts';
import { onlyAgencies } from './agency.ts';
import { findAgency, isKnownPlace, looksLikeName, normalizePlace } from './names.ts';
import { LIST_MARKER, MAX_TITLE_WORDS, endsLikeSentence, isProse } from './prose.ts';
import { words } from './text.ts';

/** An agency line is the agency and at most a place: "ANKARA / Anadolu Agency", "-- BERNAMA". */
const AGENCY_LINE_MAX_OTHER_WORDS = 3;
/** A short line ending in an agency's credit is a photo caption: "Ministers meet in Kuwait (KUNA)". */
export const MAX_CAPTION_WORDS = 15;
/** End marks ("Endit", "(END)", "（編輯：王某）1050305") are shorter than this. */
const END_MARK_REACH = 40;
/** The longest chrome seen: cookie and copyright notices of a few sentences. */
export const MAX_CHROME_WORDS = 60;
/** A menu item or a ticker item is a few words; a line of such items is navigation. */
const MAX_MENU_ITEM_WORDS = 3;
const MAX_TICKER_ITEM_WORDS = 15;
/** A credit, a byline and a contributor line are each at most this long. */
const MAX_CREDIT_WORDS = 40;
export const MAX_BYLINE_WORDS = 10;
const MAX_CONTRIBUTOR_WORDS = 25;
/** An interviewer's credit names one or two people. */
const MAX_INTERVIEWER_WORDS = 8;
const CHROME_LINE_SET = new Set(CHROME_LINES.map((l) => l.toLowerCase()));

export type Kind =
	| { kind: 'chrome'; reason: string }
	| { kind: 'source-credit'; rest: string }
	| { kind: 'credit'; text: string }
	| { kind: 'agency-line'; agency: string; place: string | null }
	| { kind: 'place-line'; place: string }
	| { kind: 'date-line'; text: string; dateLine: DateLine; suffix: Removed | null }
	| { kind: 'text'; text: string; suffix: Removed | null };

/**
 * What made a line chrome, remembered by its text: a site's menus, footers and prompts recur on every page of
 * it, and the patterns are a quarter of the ingest's time. The reason depends on the text alone; the memory is
 * bounded (cleared when full), so it never grows with the archive.
 */
const REMEMBERED = new Map<string, string | null>();
const MAX_REMEMBERED = 20_000;

function chromeReason(bare: string): string | null {
	const known = REMEMBERED.get(bare);
	if (known !== undefined) return known;
	const reason = chromeReasonOf(bare);
	if (REMEMBERED.size >= MAX_REMEMBERED) REMEMBERED.clear();
	REMEMBERED.set(bare, reason);
	return reason;
}

function chromeReasonOf(bare: string): string | null {
	const phrase = bare.toLowerCase().replace(/[\s:.»›>|]+$/u, '');
	if (CHROME_LINE_SET.has(phrase)) return 'site chrome';
	if (LINK_BOX_LABEL.test(bare)) return 'link-box label';
	// A paragraph this long is no notice or caption; the patterns need not read it (a ticker still may be).
	const size = words(bare).length;
	// A consent prompt of the site and its partners is a long paragraph of the banner's, whole.
	if (size > MAX_CHROME_WORDS && size <= MAX_CONSENT_PROMPT_WORDS && CONSENT_PROMPT.test(bare) && CONSENT_DATA.test(bare)) return 'consent prompt';
	if (size <= MAX_CHROME_WORDS) for (const { name, pattern, maxWords } of CHROME_PATTERNS) if (size <= (maxWords ?? size) && pattern.test(bare)) return name;
	if (END_MARKERS.test(bare) && words(bare.replace(END_MARKERS, '')).length === 0) return 'end-of-copy marker';
	if (PAGINATION.test(bare)) return 'pagination';
	const parts = bare.split(MENU_SEPARATORS).map((p) => p.trim()).filter(Boolean);
	if (parts.length < 2) return null;
	// Double spaces alone do not make a menu of a paragraph that happens to have them.
	const onlyWideSpaces = !MENU_SEPARATORS.test(bare.replace(WIDE_SPACES, ' '));
	if (onlyWideSpaces && isProse(bare) && words(bare).length > MAX_TITLE_WORDS) return null;
	if (isMenuLine(bare)) return 'navigation';
	if (parts.length >= 3 && parts.every((p) => words(p).length <= MAX_TICKER_ITEM_WORDS)) return 'news ticker';
	return null;
}

/** A line of menu items: two or more of a few words each, set apart by bars, bullets or wide spaces ("Home | News | Sport", "有料会員登録 | ログイン"). */
export function isMenuLine(text: string): boolean {
	const parts = text.split(MENU_SEPARATORS).map((p) => p.trim()).filter(Boolean);
	return parts.length >= 2 && parts.every((p) => words(p).length <= MAX_MENU_ITEM_WORDS);
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

/** A dateline's place alone on a line over the story, with its dash: "ขอนแก่น -", "MOSCOW —". Only a place the tables know. */
function readPlaceLine(text: string): string | null {
	const place = /^(?<place>[^\d\p{P}][^\d]{1,40}?)\s*[-–—]{1,2}$/u.exec(text)?.groups?.place;
	return place && isKnownPlace(place) ? normalizePlace(place) : null;
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

/** "Das Gespräch führte Anna Meier.", "Rozmawiali Jan i Ewa Nowak": who asked an interview's questions (names: the tables' connectors and Polish "i" may join them). */
function isInterviewerCredit(text: string): boolean {
	const name = INTERVIEWER_CREDIT.exec(text)?.groups?.rest;
	return !!name && words(name).length <= MAX_INTERVIEWER_WORDS && looksLikeName(name.replace(/\s+i\s+/gu, ' '));
}

/** What the block is, on its own. */
export function classifyBlock(block: Block, reading: DateReading): Kind {
	// A table (blocks.ts) is the story's, whatever its cells look like.
	if (block.table) return { kind: 'text', text: block.text, suffix: null };
	const bare = block.text.replace(LIST_MARKER, '');
	const agencyLine = readAgencyLine(bare, reading);
	if (agencyLine) return { kind: 'agency-line', ...agencyLine };
	const place = readPlaceLine(bare);
	if (place) return { kind: 'place-line', place };
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
		(CONTRIBUTOR_LINE.test(unbracketed) && size <= MAX_CONTRIBUTOR_WORDS) ||
		isInterviewerCredit(unbracketed);
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
