/**
 * Reading dates out of text in any language of the calendar tables, and
 * inferring a missing year from what the text itself constrains.
 */
import { escapeRegExp } from './regex.ts';
import * as chrono from 'chrono-node';
import { MONTH_FIRST_ZONES, MONTHS, PUBLISHED_LABELS, PUBLISHED_WORDS, UPDATED_LABELS, UPDATED_WORDS, WEEKDAYS } from './tables/calendar.ts';

export interface DateMention {
	/** The words of the text that give this date. */
	raw: string;
	index: number;
	day: number;
	month: number;
	year: number | null;
	weekday: number | null;
	/**
	 * For an all-numeric date whose day and month could be either way round
	 * (03/04/2015), the order it was read in and why; absent when only one
	 * reading is a real date.
	 */
	ambiguity?: { order: DateOrder; reason: string };
}

/** Day first (most of the world) or month first (the United States). */
export type DateOrder = 'dmy' | 'mdy';

export interface DateReading {
	/** How an all-numeric date with both readings possible is read, and why. */
	order: DateOrder;
	orderReason: string;
	/** The page's language: chrono-node's parser for it reads forms the tables lack. */
	language: string | null;
}

export const DEFAULT_READING: DateReading = { order: 'dmy', orderReason: 'day first, the convention of most of the world', language: null };

const alternation = (words: string[]) =>
	[...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp).join('|');

const MONTH = `(?:${alternation(Object.keys(MONTHS))})\\.?`;
const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?';
const YEAR = '(?:1[89]\\d\\d|2\\d\\d\\d)';
const MONTH_NUMBER = '(?:1[0-2]|0?[1-9])';
/** Not part of a longer run of numbers (a phone number, a version, a count). */
const NUMERIC_BEFORE = '(?<![\\p{L}\\p{N}]|\\d[./-])';
const NUMERIC_AFTER = '(?![\\p{L}\\p{N}]|[./-]\\d)';
/** The weekday may stand before a date, with a comma or a dash ("Thứ Ba, 17/11/2015", "الثلاثاء 17 نوفمبر"). */
const WEEKDAY_BEFORE = `(?:(?<weekday>${WEEKDAY})\\s*[,،-]?\\s+)?`;

/**
 * Each pattern names its groups: weekday, day, month (a name) or monthNumber,
 * year or year2 (two digits); numeric day-month orders that could be either
 * way round use a and b.
 */
const PATTERNS: RegExp[] = [
	// Monday, September 5, 2011 / September 5 / Nov. 13, 2015
	new RegExp(`${NOT_WORD_BEFORE}${WEEKDAY_BEFORE}(?<month>${MONTH})\\s+(?<day>${DAY})(?:,?\\s+(?<year>${YEAR}))?${NOT_WORD_AFTER}`, 'giu'),
	// Senin, 5 September 2011 / 17 ноября 2015 / 3 mars / le 26 novembre / 17. November 2015 / 17 de noviembre de 2015
	new RegExp(
		`${NOT_WORD_BEFORE}${WEEKDAY_BEFORE}(?:(?:le|el|am|den|في)\\s+)?(?<day>${DAY})\\.?\\s+(?:(?:of|de|di)\\s+)?(?<month>${MONTH})(?:,?\\s+(?:de\\s+)?(?<year>${YEAR}))?${NOT_WORD_AFTER}`,
		'giu',
	),
	// 17 tháng 11 năm 2015 (Vietnamese: "month 11, year 2015")
	new RegExp(`${NOT_WORD_BEFORE}${WEEKDAY_BEFORE}(?:ngày\\s+)?(?<day>${DAY})\\s+tháng\\s+(?<monthNumber>${MONTH_NUMBER})(?:,?\\s+năm\\s+(?<year>${YEAR}))?${NOT_WORD_AFTER}`, 'giu'),
	// 2015年11月17日 / 11月17日 / 2017년 5월 10일 (Chinese, Japanese, Korean)
	new RegExp(`(?:(?<year>${YEAR})\\s*[年년]\\s*)?(?<monthNumber>${MONTH_NUMBER})\\s*[月월]\\s*(?<day>[12]\\d|3[01]|0?[1-9])\\s*[日일]`, 'gu'),
	// 17Nov15 (agency credit style)
	new RegExp(`${NOT_WORD_BEFORE}(?<day>[0-3]?\\d)(?<month>[\\p{L}]{3,4})(?<year2>\\d{2})${NOT_WORD_AFTER}`, 'giu'),
	// 2015-11-17, 2015-11-17T14:32:00Z, 2016/03/05, 2015.11.17: a year first is always year, month, day
	new RegExp(`${NUMERIC_BEFORE}${WEEKDAY_BEFORE}(?<year>${YEAR})(?<sep>[./-])(?<monthNumber>${MONTH_NUMBER})\\k<sep>(?<day>[12]\\d|3[01]|0?[1-9])(?![\\p{N}]|[./-]\\d)`, 'giu'),
	// Dienstag, 17.11.2015 / 17.11.15: dots are day first wherever they are used
	new RegExp(`${NUMERIC_BEFORE}${WEEKDAY_BEFORE}(?<day>[12]\\d|3[01]|0?[1-9])\\.\\s?(?<monthNumber>${MONTH_NUMBER})\\.\\s?(?:(?<year>${YEAR})|(?<year2>\\d{2}))${NUMERIC_AFTER}`, 'giu'),
	// 17/11/2015, 11/17/2015 03:45 PM, 17-11-2015, 17/11/15: either order, settled below
	new RegExp(`${NUMERIC_BEFORE}${WEEKDAY_BEFORE}(?<a>\\d{1,2})(?<sep>[/-])(?<b>\\d{1,2})\\k<sep>(?:(?<year>${YEAR})|(?<year2>\\d{2}))${NUMERIC_AFTER}`, 'giu'),
];

/** Digits of other scripts (Arabic-Indic, Persian, Devanagari, full-width) as ASCII digits; one UTF-16 unit each, so positions stay. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];
export function asciiDigits(text: string): string {
	if (!/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/u.test(text)) return text;
	return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/gu, (d) => {
		const code = d.charCodeAt(0);
		const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
		return String(code - zero);
	});
}

function isValidDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function weekdayOf(year: number, month: number, day: number): number {
	return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** chrono-node's parsers by language: they read forms the tables lack ("Nov 17th", "17. November", "mardi 17 novembre"). */
const CHRONO: Record<string, chrono.Chrono> = {
	en: chrono.en.strict, de: chrono.de.strict, fr: chrono.fr.strict, es: chrono.es.strict, pt: chrono.pt.strict,
	it: chrono.it.strict, nl: chrono.nl.strict, ru: chrono.ru.strict, uk: chrono.uk.strict, ja: chrono.ja.strict,
	zh: chrono.zh.strict, id: chrono.id.strict, vi: chrono.vi.strict, sv: chrono.sv.strict, fi: chrono.fi.strict,
};
/** chrono fills in what the text leaves out from this reference; `isCertain` tells which parts the text gave. */
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** Only short lines are given to chrono: date lines are short, and it is slow on long text. */
const CHRONO_MAX_LENGTH = 120;

function yearOf(groups: Record<string, string | undefined>): number | null {
	if (groups.year) return Number(groups.year);
	if (groups.year2) return 2000 + Number(groups.year2) - (Number(groups.year2) > 69 ? 100 : 0);
	return null;
}

/** Day and month of a numeric date written either way round: what cannot be a month is the day; else the page's convention. */
function dayAndMonth(a: number, b: number, reading: DateReading): { day: number; month: number; ambiguity?: DateMention['ambiguity'] } | null {
	if (a > 12 && b <= 12) return { day: a, month: b };
	if (b > 12 && a <= 12) return { day: b, month: a };
	if (a > 12 || b > 12 || a === 0 || b === 0) return null;
	if (a === b) return { day: a, month: b };
	return reading.order === 'dmy'
		? { day: a, month: b, ambiguity: { order: 'dmy', reason: reading.orderReason } }
		: { day: b, month: a, ambiguity: { order: 'mdy', reason: reading.orderReason } };
}

/** Every date the text gives, in order of position; overlapping matches keep the longest. */
export function findDates(source: string, reading: DateReading = DEFAULT_READING): DateMention[] {
	const text = asciiDigits(source);
	const found: DateMention[] = [];
	for (const pattern of PATTERNS) {
		for (const match of text.matchAll(pattern)) {
			const groups = match.groups ?? {};
			const year = yearOf(groups);
			let day: number;
			let month: number | undefined;
			let ambiguity: DateMention['ambiguity'];
			if (groups.a && groups.b) {
				const settled = dayAndMonth(Number(groups.a), Number(groups.b), reading);
				if (!settled) continue;
				({ day, month, ambiguity } = settled);
			} else {
				const monthWord = groups.month?.toLowerCase().replace(/\.$/, '');
				month = groups.monthNumber ? Number(groups.monthNumber) : monthWord ? MONTHS[monthWord] : undefined;
				day = Number.parseInt(groups.day ?? '', 10);
			}
			if (!month) continue;
			if (!isValidDate(year ?? 2000, month, day)) continue;
			const weekday = groups.weekday ? (WEEKDAYS[groups.weekday.toLowerCase()] ?? null) : null;
			found.push({ raw: source.slice(match.index, match.index + match[0].length), index: match.index, day, month, year, weekday, ...(ambiguity ? { ambiguity } : {}) });
		}
	}
	if (found.length === 0 && reading.language && text.length <= CHRONO_MAX_LENGTH && /\d/.test(text)) {
		const parser = CHRONO[reading.language];
		for (const result of parser?.parse(text, CHRONO_REFERENCE) ?? []) {
			const start = result.start;
			if (!start.isCertain('day') || !start.isCertain('month')) continue;
			found.push({
				raw: source.slice(result.index, result.index + result.text.length),
				index: result.index,
				day: start.get('day')!,
				month: start.get('month')!,
				year: start.isCertain('year') ? start.get('year')! : null,
				weekday: start.isCertain('weekday') ? start.get('weekday')! : null,
			});
		}
	}
	found.sort((a, b) => a.index - b.index || b.raw.length - a.raw.length);
	const kept: DateMention[] = [];
	for (const mention of found) {
		const last = kept.at(-1);
		if (last && mention.index < last.index + last.raw.length) continue;
		kept.push(mention);
	}
	return kept;
}

/**
 * How the page writes numeric dates: a numeric date on it that can only be
 * read one way settles the others; else United States time zones mean month
 * first; else day first, as most of the world writes.
 */
export function readingOf(text: string, language: string | null): DateReading {
	for (const match of asciiDigits(text).matchAll(PATTERNS.at(-1)!)) {
		const a = Number(match.groups!.a);
		const b = Number(match.groups!.b);
		if (a > 12 && b <= 12) return { order: 'dmy', orderReason: `day first, as the page's "${match[0]}" can only be read`, language };
		if (b > 12 && a <= 12) return { order: 'mdy', orderReason: `month first, as the page's "${match[0]}" can only be read`, language };
	}
	const zone = MONTH_FIRST_ZONES.exec(text);
	if (zone) return { order: 'mdy', orderReason: `month first, the United States convention (the page gives times in ${zone[1]})`, language };
	return { ...DEFAULT_READING, language };
}

/** The label in front of a date in its line: a publication date or an update stamp. */
export function dateRole(line: string, mention: DateMention, previousEnd = 0, nextStart = line.length): 'published' | 'updated' | null {
	const before = line.slice(previousEnd, mention.index).replace(/[\s|·•,;(\[-]+$/u, ' ');
	if (UPDATED_LABELS.test(before)) return 'updated';
	if (PUBLISHED_LABELS.test(before)) return 'published';
	// Labels after the date, as Japanese and Chinese write them: "21時48分 更新".
	const after = line.slice(mention.index + mention.raw.length, nextStart).replace(/\d{1,2}\s*[:時时시]\s*\d{1,2}\s*分?|\s+/gu, '');
	if (POSTFIX_LABEL(UPDATED_WORDS).test(after)) return 'updated';
	if (POSTFIX_LABEL(PUBLISHED_WORDS).test(after)) return 'published';
	return null;
}
const POSTFIX_LABEL = (list: string[]) => new RegExp(`^(?:${list.filter((w) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(w)).join('|')})`, 'u');

/** Four-digit years the text refers to (1800-2099), in order of appearance. */
export function findYears(text: string): number[] {
	return [...text.matchAll(/(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu)].map((m) => Number(m[1]));
}

export const iso = (year: number, month: number, day: number) =>
	`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export interface YearInference {
	year: number;
	/** The text names this year itself (else it is the nearest to the latest year named). */
	named: boolean;
	/** Other years that fit the weekdays, nearest first. */
	alternatives: number[];
	constraints: DateMention[];
	latestYearMentioned: number;
}

/**
 * The year of a day and month given without one, from weekdays the text names
 * with dates ("Monday, September 5") and the years it refers to. The weekdays
 * leave one candidate every few years; a candidate the text names is taken, else
 * the candidate nearest the latest year the text mentions (a later one on a tie). Returns null when the text does
 * not pin it: no weekday named with a date, or no year mentioned at all.
 * A candidate year that the text names itself wins over the nearest one.
 */
export function inferYear(month: number, day: number, text: string): YearInference | null {
	const constraints = findDates(text).filter((m) => m.weekday !== null && m.year === null);
	const years = findYears(text);
	if (constraints.length === 0 || years.length === 0) return null;
	const latest = Math.max(...years);
	const fits = (year: number) =>
		constraints.every((mention) => {
			// The mentioned date is the one nearest the article's date (within a year).
			const articleTime = Date.UTC(year, month - 1, day);
			let best: number | null = null;
			for (const y of [year - 1, year, year + 1]) {
				if (!isValidDate(y, mention.month, mention.day)) continue;
				const distance = Math.abs(Date.UTC(y, mention.month - 1, mention.day) - articleTime);
				if (best === null || distance < Math.abs(Date.UTC(best, mention.month - 1, mention.day) - articleTime)) best = y;
			}
			return best !== null && weekdayOf(best, mention.month, mention.day) === mention.weekday;
		});
	const candidates: number[] = [];
	for (let year = latest - 28; year <= latest + 28; year++) {
		if (isValidDate(year, month, day) && fits(year)) candidates.push(year);
	}
	if (candidates.length === 0) return null;
	// A candidate the text names itself comes first; then the nearest to the latest year named.
	const named = new Set(years);
	candidates.sort((a, b) => Number(named.has(b)) - Number(named.has(a)) || Math.abs(a - latest) - Math.abs(b - latest) || b - a);
	const [year, ...alternatives] = candidates as [number, ...number[]];
	return { year, named: named.has(year), alternatives: alternatives.slice(0, 3), constraints, latestYearMentioned: latest };
}

/** Where a date clue stands on the page. */
export type ClueSource = 'credit line' | 'date line' | 'dateline';

/** A date found in a credit, date line or dateline, with the words that give it. */
export interface DateClue {
	mention: DateMention;
	where: ClueSource;
	/** What its label says it is: "Published: ..." or "Updated: ...", or null when unlabelled. */
	role: 'published' | 'updated' | null;
	line: string;
}

/**
 * Which clue gives the date, first to last: publication dates before update
 * stamps, then a credit line before a date line before a dateline.
 */
const ROLE_PRIORITY: readonly DateClue['role'][] = ['published', null, 'updated'];
const CLUE_PRIORITY: readonly ClueSource[] = ['credit line', 'date line', 'dateline'];

export interface SettledDate {
	date: string;
	certainty: 'stated' | 'inferred';
	basis: string;
}

const quote = (text: string) => `"${text.replace(/\s+/g, ' ').trim()}"`;
const describeMention = (m: DateMention) => quote(m.raw.replace(/[,.\s]+$/u, ''));
const describeClue = (clue: DateClue) => `${clue.role === 'updated' ? 'update stamp' : clue.where} ${quote(clue.line)}`;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const spelled = (year: number, month: number, day: number) => `${day} ${MONTH_NAMES[month - 1]} ${year}`;

/**
 * The article's date from the clues: a publication clue with a full date; else
 * a publication clue's day and month with the year of an update stamp, or the
 * year inferred from weekdays; else an update stamp alone. Null when nothing
 * pins it.
 */
export function settleDate(clues: DateClue[], articleText: string, warnings: string[]): SettledDate | null {
	const ordered = [...clues].sort(
		(a, b) => ROLE_PRIORITY.indexOf(a.role) - ROLE_PRIORITY.indexOf(b.role) || CLUE_PRIORITY.indexOf(a.where) - CLUE_PRIORITY.indexOf(b.where),
	);
	const publication = ordered.filter((c) => c.role !== 'updated');
	const full = publication.filter((c) => c.mention.year !== null);
	if (full.length > 0) {
		const chosen = full[0]!;
		const { year, month, day, ambiguity } = chosen.mention;
		const date = iso(year!, month, day);
		for (const other of full.slice(1)) {
			const otherDate = iso(other.mention.year!, other.mention.month, other.mention.day);
			if (otherDate !== date) warnings.push(`the ${describeClue(other)} gives ${otherDate}; the ${describeClue(chosen)} gives ${date}, which is used`);
		}
		if (ambiguity) {
			return {
				date,
				certainty: 'inferred',
				basis: `The ${describeClue(chosen)} gives ${describeMention(chosen.mention)}, which could be read either way round; it is read as ${spelled(year!, month, day)}: ${ambiguity.reason}.`,
			};
		}
		const updated = ordered.find((c) => c.role === 'updated');
		const note = chosen.role === 'published' && updated ? ` (the ${describeClue(updated)} is a later change, not the publication date)` : '';
		return { date, certainty: 'stated', basis: `The ${describeClue(chosen)} gives the date${note}.` };
	}
	const partial = publication[0];
	const stamp = ordered.find((c) => c.role === 'updated' && c.mention.year !== null);
	if (partial && stamp) {
		// The year that puts the day and month nearest the update stamp (an article is updated soon after it appears).
		const { month, day } = partial.mention;
		const stampTime = Date.UTC(stamp.mention.year!, stamp.mention.month - 1, stamp.mention.day);
		const year = [stamp.mention.year! - 1, stamp.mention.year!, stamp.mention.year! + 1]
			.filter((y) => isValidDate(y, month, day))
			.sort((a, b) => Math.abs(Date.UTC(a, month - 1, day) - stampTime) - Math.abs(Date.UTC(b, month - 1, day) - stampTime))[0];
		if (year !== undefined) {
			// The same day as the stamp: the stamp states the date in full.
			const sameDay = stamp.mention.month === month && stamp.mention.day === day;
			return {
				date: iso(year, month, day),
				certainty: sameDay ? 'stated' : 'inferred',
				basis: `The ${describeClue(partial)} gives ${describeMention(partial.mention)} without a year; the ${describeClue(stamp)} gives ${iso(stamp.mention.year!, stamp.mention.month, stamp.mention.day)}, so the year is ${year}.`,
			};
		}
	}
	if (partial) {
		const { month, day } = partial.mention;
		const inference = inferYear(month, day, articleText);
		if (inference) {
			const named = inference.constraints.map(describeMention).join(' and ');
			const others = inference.alternatives.length > 0 ? ` (also ${inference.alternatives.join(', ')})` : '';
			return {
				date: iso(inference.year, month, day),
				certainty: 'inferred',
				basis:
					`The ${partial.where} ${quote(partial.line)} gives ${describeMention(partial.mention)} without a year; ` +
					`the text names ${named}, weekdays that fit ${inference.year}${others}, ` +
					(inference.named
						? `and the text names ${inference.year} itself.`
						: `and ${inference.year} is the nearest of these to ${inference.latestYearMentioned}, the latest year the text mentions.`),
			};
		}
	}
	if (stamp) {
		const { year, month, day } = stamp.mention;
		warnings.push(`only an update stamp dates the page: ${quote(stamp.line)}`);
		return { date: iso(year!, month, day), certainty: 'stated', basis: `The ${describeClue(stamp)} gives the date; the page gives no other.` };
	}
	return null;
}
