/**
 * The year of a day and month given without one: from the weekdays the text
 * names with dates ("Monday, September 5") and the years it refers to, or from
 * a bound the page gives (a capture stamp, a copyright year). settle-date.ts
 * says which it used and why.
 */
import { isValidDate, weekdayOf } from './calendar.ts';
import { findDates, findYears, type DateMention } from './dates.ts';

/** Dates the text names with a weekday and no year ("Monday, September 5"): each leaves a year every few. */
export function weekdayConstraints(text: string): DateMention[] {
	return findDates(text).filter((m) => m.weekday !== null && m.year === null);
}

/** Whether a day and month in this year agrees with every weekday the text names with a date (each taken within a year of it). */
export function fitsWeekdays(year: number, month: number, day: number, constraints: DateMention[]): boolean {
	return constraints.every((mention) => {
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
}

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
	const constraints = weekdayConstraints(text);
	const years = findYears(text);
	if (constraints.length === 0 || years.length === 0) return null;
	const latest = years.reduce((a, b) => Math.max(a, b));
	const candidates = yearsThatFit(month, day, constraints, latest - WEEKDAY_CYCLE, latest + WEEKDAY_CYCLE);
	if (candidates.length === 0) return null;
	// A candidate the text names itself comes first; then the nearest to the latest year named.
	const named = new Set(years);
	candidates.sort((a, b) => Number(named.has(b)) - Number(named.has(a)) || Math.abs(a - latest) - Math.abs(b - latest) || b - a);
	const [year, ...alternatives] = candidates as [number, ...number[]];
	return { year, named: named.has(year), alternatives: alternatives.slice(0, 3), constraints, latestYearMentioned: latest };
}

/** How far back a weekday is looked for when the text names no year: a whole cycle of the calendar's weekdays. */
const WEEKDAY_CYCLE = 28;

export interface AllowedYear {
	/** The latest allowed year that fits; null when the weekdays fit none. */
	year: number | null;
	/** Other years that fit, latest first. */
	others: number[];
	/** The years looked at, from the latest the text names at or before the bound (when weekdays narrow the choice) to the bound. */
	from: number;
	to: number;
	constraints: DateMention[];
	/** Whether `from` is a year the text names (else a weekday cycle back). */
	fromNamed: boolean;
}

/**
 * The year of a day and month given without one, when the page bounds it from
 * above: a capture stamp (the story appeared on or before that day) or a
 * copyright year (the year the page was saved). The latest allowed year is
 * taken; weekdays the text names with dates must fit it, and then the years
 * allowed run down only to the latest year the text names: a weekday that
 * fits none of them is evidence against the bound (`year` null), not ignored.
 */
export function latestAllowedYear(month: number, day: number, bound: { year: number; month?: number; day?: number }, text: string): AllowedYear {
	const constraints = weekdayConstraints(text);
	const boundTime = bound.month === undefined ? Infinity : Date.UTC(bound.year, bound.month - 1, bound.day ?? 1);
	const named = findYears(text).filter((y) => y <= bound.year);
	const fromNamed = constraints.length > 0 && named.length > 0;
	const from = fromNamed ? Math.max(...named) : bound.year - WEEKDAY_CYCLE;
	const fitting = yearsThatFit(month, day, constraints, from, bound.year)
		.filter((y) => Date.UTC(y, month - 1, day) <= boundTime)
		.reverse();
	return { year: fitting[0] ?? null, others: fitting.slice(1, 4), from, to: bound.year, constraints, fromNamed };
}


/** The years from `from` to `to` (ascending) in which the day and month exist and agree with every weekday constraint. */
function yearsThatFit(month: number, day: number, constraints: DateMention[], from: number, to: number): number[] {
	const years: number[] = [];
	for (let year = from; year <= to; year++) if (isValidDate(year, month, day) && fitsWeekdays(year, month, day, constraints)) years.push(year);
	return years;
}
