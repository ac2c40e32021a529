/**
 * Date clues of the page around the story rather than of the story: a line a
 * scraper or archive wrote with the day it took its copy ("Retrieved:
 * 2023-05-04 09:12 UTC", or a WARC record's capture), the copyright line's
 * year, and a relative date printed beside the byline ("3 hours ago",
 * "вчера, 18:45"). None dates a page alone; settle-date.ts combines them with
 * the story's own clues and says so.
 */
import { iso } from './calendar.ts';
import { DEFAULT_READING, findDates, type DateReading } from './dates.ts';
import { alternation } from './regex.ts';
import { AGO_AFTER, AGO_BEFORE, CAPTURE_STAMP_LINE, ONE_WORDS, RELATIVE_DAYS, RELATIVE_UNITS } from './tables/calendar.ts';

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

/** "© 2023 ...", "Copyright (c) 2010-2024 ...", "2023 © ...": the year a copyright line names (the last of a range). */
const COPYRIGHT_YEAR = /(?:©|\(c\)|\bcopyright\b)\s*(?:\(c\)\s*|©\s*)?(?:(?:1[89]|20)\d\d\s*[-–—]\s*)?(?<year>(?:1[89]|20)\d\d)(?![\p{N}])|(?<![\p{N}])(?<before>(?:1[89]|20)\d\d)\s*(?:©|\(c\))/iu;

/** The latest year the page's copyright lines name; null when none names one. */
export function readCopyrightYear(text: string): CopyrightYear | null {
	let found: CopyrightYear | null = null;
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line.length > MAX_LINE) continue;
		const groups = COPYRIGHT_YEAR.exec(line)?.groups;
		const year = Number(groups?.year ?? groups?.before ?? NaN);
		if (Number.isFinite(year) && (!found || year > found.year)) found = { year, line };
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
	if (unit === 'minute' || unit === 'hour') return { raw: groups.phrase!, line: line.trim(), minutesBefore: count * (unit === 'hour' ? 60 : 1), daysBefore: 0 };
	return { raw: groups.phrase!, line: line.trim(), minutesBefore: null, daysBefore: count * (unit === 'week' ? 7 : 1) };
}

/**
 * The page's clues: its capture stamp (a stamp line, else the WARC record's
 * capture), its copyright year, and the first relative date above the story
 * (below it, relative dates belong to other stories' links). Each is read only
 * when asked for: most pages state their date, and these are never needed.
 */
export function readPageClues(text: string, storyStart: string | null, captured: string | null, reading: DateReading = DEFAULT_READING): PageClues {
	const cache: Partial<PageClues> = {};
	return {
		get stamp() {
			if (!('stamp' in cache)) cache.stamp = readCaptureStamp(text, reading) ?? (captured ? warcStamp(captured) : null);
			return cache.stamp!;
		},
		get copyright() {
			if (!('copyright' in cache)) cache.copyright = readCopyrightYear(text);
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
