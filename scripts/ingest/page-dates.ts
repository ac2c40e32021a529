/**
 * Date clues of the page around the story rather than of the story: a line a
 * scraper or archive wrote with the day it took its copy ("Retrieved:
 * 2023-05-04 09:12 UTC", or a WARC record's capture), the copyright line's
 * year, and a relative date printed beside the byline ("3 hours ago",
 * "вчера, 18:45"). None dates a page alone; settle-date.ts combines them with
 * the story's own clues and says so.
 */
import { asciiDigits, iso } from './calendar.ts';
import { DEFAULT_READING, findDates, type DateReading } from './dates.ts';
import { findAgency } from './names.ts';
import { alternation } from './regex.ts';
import { AGO_AFTER, AGO_BEFORE, CAPTURE_STAMP_LINE, ONE_WORDS, RELATIVE_DAYS, RELATIVE_UNITS, type RelativeUnit } from './tables/calendar.ts';

/** The day (and time, when given) a copy of the page was taken. */
export interface CaptureStamp {
	year: number;
	month: number;
	day: number;
	/** Minutes after midnight of the stamp's own clock; null when it gives no time. */
	minutes: number | null;
	/** The words that give it: the stamp line, or "WARC-Date 2023-05-04T09:12:00Z". */
	line: string;
	where: 'capture stamp' | 'WARC record';
}

export interface CopyrightYear {
	year: number;
	line: string;
	/** The line names the agency the story is credited to: its notice under the copy, not the page's footer. */
	agency?: boolean;
	/** The year is that of a wire story's number, which begins with its filing day ("dpa:230707-99-..."). */
	numbered?: boolean;
}

/** A date printed relative to the day the page was seen: so many minutes before it, or so many days. */
export interface RelativeDate {
	/** The relative words as printed ("вчера", "3 hours ago"). */
	raw: string;
	line: string;
	/** Minutes before the moment of the stamp ("3 hours ago"), or null for a count of days. */
	minutesBefore: number | null;
	/** Days before the stamp's day ("вчера", "hace 2 días"), when counted in days. */
	daysBefore: number;
}

export interface PageClues {
	stamp: CaptureStamp | null;
	copyright: CopyrightYear | null;
	relative: RelativeDate | null;
}

export const NO_PAGE_CLUES: PageClues = { stamp: null, copyright: null, relative: null };

/** Lines of the page worth reading for these clues are short: a stamp, a footer, a byline. */
const MAX_LINE = 200;
const TIME = /(?<![\p{N}])(?<h>[01]?\d|2[0-3])[:h](?<m>[0-5]\d)(?![\p{N}])/u;

/** The first stamp line of the page, read by its label ("Retrieved:", "Saved on", "Archived from ... on"). */
export function readCaptureStamp(text: string, reading: DateReading = DEFAULT_READING): CaptureStamp | null {
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line.length > MAX_LINE) continue;
		const rest = CAPTURE_STAMP_LINE.exec(line)?.groups?.rest;
		if (!rest) continue;
		const date = findDates(rest, reading).find((m) => m.year !== null);
		if (!date) continue;
		const time = TIME.exec(rest.slice(date.index + date.raw.length).replace(/^T/u, ' '));
		const minutes = time?.groups ? Number(time.groups.h) * 60 + Number(time.groups.m) : null;
		return { year: date.year!, month: date.month, day: date.day, minutes, line, where: 'capture stamp' };
	}
	return null;
}

/** A WARC record's capture time ("2023-05-04T09:12:00Z") as a stamp, in UTC. */
export function warcStamp(captured: string): CaptureStamp | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/u.exec(captured);
	if (!match) return null;
	const minutes = match[4] ? Number(match[4]) * 60 + Number(match[5]) : null;
	return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), minutes, line: `WARC-Date ${captured}`, where: 'WARC record' };
}

/** A year of a copyright line: 1800-2099, not part of a longer number. */
const YEAR = String.raw`(?:1[89]|20)\d\d`;
const MARK = String.raw`(?:©|\(c\)|\bcopyright\b)`;
/** The holder named between the mark and the year: a few words in capitals or in a script without case ("Thomson Reuters", "Agence France-Presse"). */
const HOLDER = String.raw`(?:(?:[\p{Lu}\p{Lo}][\p{L}\p{M}.&'’-]*|de|of|and|&)[\s,]+){1,5}`;
/**
 * The shapes a copyright line gives its year in: after the mark ("© 2023 Reuters", "Copyright (c) 2010-2024",
 * "©2023 Bloomberg L.P."), after the mark and the holder, ending the notice ("(c) Copyright Thomson Reuters 2023.",
 * "Todos los derechos reservados © EFE 2022", "© Copyright ANSA 2023"), before the mark ("2023 © ..."), or as the
 * first two digits of a wire story's number, which begins with its filing day ("© dpa-infocom, dpa:230707-99-321845/4").
 */
const COPYRIGHT_SHAPES: readonly RegExp[] = [
	new RegExp(String.raw`${MARK}\s*(?:\(c\)\s*|©\s*)?(?:${YEAR}\s*[-–—]\s*)?(?<year>${YEAR})(?![\p{N}])`, 'iu'),
	new RegExp(String.raw`(?:©|\([cC]\)|\b(?:[Cc]opyright|COPYRIGHT)\b)\s*(?:©\s*|(?:[Cc]opyright|COPYRIGHT)\s+)?${HOLDER}(?:${YEAR}\s*[-–—]\s*)?(?<year>${YEAR})(?![\p{N}])\s*(?:[.,;|–—-]|$)`, 'u'),
	new RegExp(String.raw`(?<![\p{N}])(?<year>${YEAR})\s*(?:©|\(c\))`, 'iu'),
	new RegExp(String.raw`©.*\bdpa:(?<yy>\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{2}-\d+`, 'iu'),
];

/** The year a copyright line names, in any of its shapes and digits (`numbered` when a story number gives it); null when it is none. */
export function copyrightYearOf(line: string): { year: number; numbered: boolean } | null {
	const ascii = asciiDigits(line);
	for (const shape of COPYRIGHT_SHAPES) {
		const groups = shape.exec(ascii)?.groups;
		if (groups?.year) return { year: Number(groups.year), numbered: false };
		if (groups?.yy) return { year: 2000 + Number(groups.yy), numbered: true };
	}
	return null;
}

/**
 * The year of the page's copyright lines: the latest any names; but where one
 * names the agency the story is credited to, the latest such: that is the
 * agency's notice under its copy, of the year it filed it, while the page's
 * own footer gives the year the page was saved. Null when none names a year.
 */
export function readCopyrightYear(text: string, agency: string | null = null): CopyrightYear | null {
	let found: CopyrightYear | null = null;
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line.length > MAX_LINE) continue;
		const named = copyrightYearOf(line);
		if (named === null) continue;
		const own = agency !== null && findAgency(line)?.name === agency;
		if (!found || (own && !found.agency) || (own === Boolean(found.agency) && named.year > found.year)) found = { ...named, line, agency: own };
	}
	return found;
}

const COUNT = `(?<count>\\d{1,3}|${alternation(ONE_WORDS)})`;
const UNIT = `(?<unit>${alternation(Object.keys(RELATIVE_UNITS))})`;
const AT_TIME = String.raw`(?:\s*[,，]?\s*(?:в|о|o|at|a las|a la|à|às|um|alle|lúc|saat)?\s*(?<h>[01]?\d|2[0-3])[:.h](?<m>[0-5]\d))?`;
/**
 * A line that is a relative date, maybe after a byline and a separator
 * ("By Jane Doe · 3 hours ago", "вчера, 18:45", "hace 2 días", "2 giờ trước").
 * Anything after the date but a time makes it prose, not a stamp.
 */
const RELATIVE_LINE = new RegExp(
	String.raw`^(?:[^\n]{0,60}?\s*[·|•–—]\s*)?(?<phrase>(?:${alternation(AGO_BEFORE)})\s+${COUNT}\s*${UNIT}|${COUNT}\s*${UNIT}\s*(?:${alternation(AGO_AFTER)})|(?<dayWord>${alternation(Object.keys(RELATIVE_DAYS))}))${AT_TIME}\s*\.?$`,
	'iu',
);

/** Units counted in minutes before the stamp (a few seconds are a minute); the others in days. */
const MINUTES_PER_UNIT: Partial<Record<RelativeUnit, number>> = { second: 1 / 60, minute: 1, hour: 60 };

/** A relative date printed on a line of its own (or after a byline), or null. */
export function readRelativeDate(line: string): RelativeDate | null {
	const match = RELATIVE_LINE.exec(line.trim());
	const groups = match?.groups;
	if (!groups) return null;
	if (groups.dayWord) {
		const daysBefore = -RELATIVE_DAYS[groups.dayWord.toLowerCase()]!;
		return { raw: groups.phrase!, line: line.trim(), minutesBefore: null, daysBefore };
	}
	const count = /^\d+$/u.test(groups.count!) ? Number(groups.count) : 1;
	const unit = RELATIVE_UNITS[groups.unit!.toLowerCase()]!;
	const minutes = MINUTES_PER_UNIT[unit];
	if (minutes !== undefined) return { raw: groups.phrase!, line: line.trim(), minutesBefore: Math.ceil(count * minutes), daysBefore: 0 };
	return { raw: groups.phrase!, line: line.trim(), minutesBefore: null, daysBefore: count * (unit === 'week' ? 7 : 1) };
}

/**
 * The page's clues: its capture stamp (a stamp line, else the WARC record's
 * capture), its copyright year (the notice of the story's agency first), and
 * the first relative date above the story (below it, relative dates belong to
 * other stories' links). Each is read only when asked for: most pages state
 * their date, and these are never needed.
 */
export function readPageClues(
	text: string,
	storyStart: string | null,
	captured: string | null,
	{ reading = DEFAULT_READING, agency = null }: { reading?: DateReading; agency?: string | null } = {},
): PageClues {
	const cache: Partial<PageClues> = {};
	return {
		get stamp() {
			if (!('stamp' in cache)) cache.stamp = readCaptureStamp(text, reading) ?? (captured ? warcStamp(captured) : null);
			return cache.stamp!;
		},
		get copyright() {
			if (!('copyright' in cache)) cache.copyright = readCopyrightYear(text, agency);
			return cache.copyright!;
		},
		get relative() {
			if (!('relative' in cache)) cache.relative = firstRelativeDate(text, storyStart);
			return cache.relative!;
		},
	};
}

function firstRelativeDate(text: string, storyStart: string | null): RelativeDate | null {
	const start = storyStart ? text.indexOf(storyStart.slice(0, 40)) : -1;
	if (start <= 0) return null;
	for (const line of text.slice(0, start).split('\n')) {
		if (line.length > MAX_LINE) continue;
		const relative = readRelativeDate(line);
		if (relative) return relative;
	}
	return null;
}

const DAY_MS = 86_400_000;
/** The day a relative date names, counted back from the stamp; `timeless` when the stamp gives no time to count hours from. */
export function relativeDay(relative: RelativeDate, stamp: CaptureStamp): { date: string; timeless: boolean } {
	const stampDay = Date.UTC(stamp.year, stamp.month - 1, stamp.day);
	let time = stampDay - relative.daysBefore * DAY_MS;
	const timeless = relative.minutesBefore !== null && stamp.minutes === null;
	if (relative.minutesBefore !== null) time = stampDay + ((stamp.minutes ?? 0) - relative.minutesBefore) * 60_000 + (timeless ? DAY_MS - 60_000 : 0);
	const d = new Date(time);
	return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), timeless };
}
