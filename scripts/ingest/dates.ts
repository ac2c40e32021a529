/**
 * Reading dates out of text in any language of the calendar tables, and
 * inferring a missing year from what the text itself constrains.
 */
import { escapeRegExp } from './regex.ts';
import { MONTHS, WEEKDAYS } from './tables/calendar.ts';

export interface DateMention {
	/** The words of the text that give this date. */
	raw: string;
	index: number;
	day: number;
	month: number;
	year: number | null;
	weekday: number | null;
}

const alternation = (words: string[]) =>
	[...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp).join('|');

const MONTH = `(?:${alternation(Object.keys(MONTHS))})\\.?`;
const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?';
const YEAR = '(?:1[89]\\d\\d|2\\d\\d\\d)';

/** Each pattern names its groups: weekday, day, month, year. */
const PATTERNS: RegExp[] = [
	// Monday, September 5, 2011 / September 5 / Nov. 13, 2015
	new RegExp(
		`${NOT_WORD_BEFORE}(?:(?<weekday>${WEEKDAY}),?\\s+)?(?<month>${MONTH})\\s+(?<day>${DAY})(?:,?\\s+(?<year>${YEAR}))?${NOT_WORD_AFTER}`,
		'giu',
	),
	// Senin, 5 September 2011 / 17 ноября 2015 / 3 mars / le 26 novembre
	new RegExp(
		`${NOT_WORD_BEFORE}(?:(?<weekday>${WEEKDAY}),?\\s+)?(?:(?:le|el|am|den)\\s+)?(?<day>${DAY})\\.?\\s+(?:(?:of|de|di)\\s+)?(?<month>${MONTH})(?:,?\\s+(?:de\\s+)?(?<year>${YEAR}))?${NOT_WORD_AFTER}`,
		'giu',
	),
	// 17Nov15 (agency credit style)
	new RegExp(
		`${NOT_WORD_BEFORE}(?<day>[0-3]?\\d)(?<month>[\\p{L}]{3,4})(?<year2>\\d{2})${NOT_WORD_AFTER}`,
		'giu',
	),
	// 2015-11-17, 2015-11-17T14:32:00Z
	new RegExp(`${NOT_WORD_BEFORE}(?:(?<weekday>${WEEKDAY}),?\\s+)?(?<year>${YEAR})-(?<monthNumber>[01]\\d)-(?<day>[0-3]\\d)(?![\\p{N}])`, 'giu'),
	// Dienstag, 17.11.2015
	new RegExp(`${NOT_WORD_BEFORE}(?:(?<weekday>${WEEKDAY}),?\\s+)?(?<day>[0-3]?\\d)\\.(?<monthNumber>[01]?\\d)\\.(?<year>${YEAR})${NOT_WORD_AFTER}`, 'giu'),
	// 17/11/2015, only when the day cannot be a month
	new RegExp(`${NOT_WORD_BEFORE}(?<day>1[3-9]|2\\d|3[01])\\/(?<monthNumber>0?[1-9]|1[0-2])\\/(?<year>${YEAR})${NOT_WORD_AFTER}`, 'gu'),
];

function isValidDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function weekdayOf(year: number, month: number, day: number): number {
	return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Every date the text gives, in order of position; overlapping matches keep the longest. */
export function findDates(text: string): DateMention[] {
	const found: DateMention[] = [];
	for (const pattern of PATTERNS) {
		for (const match of text.matchAll(pattern)) {
			const groups = match.groups ?? {};
			const monthWord = groups.month?.toLowerCase().replace(/\.$/, '');
			const month = groups.monthNumber ? Number(groups.monthNumber) : monthWord ? MONTHS[monthWord] : undefined;
			if (!month) continue;
			const day = Number.parseInt(groups.day ?? '', 10);
			let year: number | null = groups.year ? Number(groups.year) : null;
			if (groups.year2) year = 2000 + Number(groups.year2) - (Number(groups.year2) > 69 ? 100 : 0);
			if (!isValidDate(year ?? 2000, month, day)) continue;
			const weekday = groups.weekday ? (WEEKDAYS[groups.weekday.toLowerCase()] ?? null) : null;
			found.push({ raw: match[0], index: match.index, day, month, year, weekday });
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
