/**
 * Ordering and grouping of articles: pure functions over entries, so the
 * pages stay thin and the logic is tested without a build.
 */
import type { Article } from '../schema/article.ts';

export interface Entry {
	id: string;
	data: Article;
}

/** Oldest first; same date by id, so the order never depends on the file system. */
export function byDate<T extends Entry>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.date.localeCompare(b.data.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const newestFirst = <T extends Entry>(entries: readonly T[]): T[] => byDate(entries).reverse();

/** Groups in first-seen order of a list already sorted. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = groups.get(k);
		if (list) list.push(item);
		else groups.set(k, [item]);
	}
	return [...groups].map(([k, list]) => ({ key: k, items: list }));
}

export const yearOf = (entry: Entry) => entry.data.date.slice(0, 4);
export const monthOf = (entry: Entry) => entry.data.date.slice(0, 7);

/** Distinct values with counts, most frequent first, then by name. */
export function facet(entries: readonly Entry[], value: (e: Entry) => string | null): { value: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const entry of entries) {
		const v = value(entry);
		if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
	}
	return [...counts].map(([v, count]) => ({ value: v, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Every month from the first to the last article's, with its count (zero included). */
export function monthlyCounts(entries: readonly Entry[]): { month: string; count: number }[] {
	if (entries.length === 0) return [];
	const sorted = byDate(entries);
	const counts = new Map(groupBy(sorted, monthOf).map((g) => [g.key, g.items.length]));
	const [firstYear, firstMonth] = monthOf(sorted[0]!).split('-').map(Number) as [number, number];
	const last = monthOf(sorted.at(-1)!);
	const months: { month: string; count: number }[] = [];
	for (let y = firstYear, m = firstMonth; ; ) {
		const key = `${y}-${String(m).padStart(2, '0')}`;
		months.push({ month: key, count: counts.get(key) ?? 0 });
		if (key === last) break;
		m++;
		if (m > 12) {
			m = 1;
			y++;
		}
	}
	return months;
}

/** Articles on one page of a list (agency, language, month): about 50 KB of HTML, far under the 200 KB limit. */
export const PAGE_SIZE = 100;

/** A list cut into pages of `size`: page 1 first; an empty list is one empty page. */
export function pagesOf<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
	const pages: T[][] = [];
	for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
	return pages.length > 0 ? pages : [[]];
}

/** Twelve months of a year with their counts (zero included): `YYYY-MM` keys. */
export function monthsOfYear(year: string, entries: readonly Entry[]): { month: string; count: number }[] {
	const counts = new Map(groupBy(entries, monthOf).map((g) => [g.key, g.items.length]));
	return Array.from({ length: 12 }, (_, i) => {
		const month = `${year}-${String(i + 1).padStart(2, '0')}`;
		return { month, count: counts.get(month) ?? 0 };
	});
}

export interface CalendarDay {
	/** `YYYY-MM-DD`. */
	date: string;
	day: number;
	count: number;
}

/** A month as weeks of seven cells, Monday first; null pads the days of other months. */
export function calendarWeeks(month: string, counts: ReadonlyMap<string, number>): (CalendarDay | null)[][] {
	const [year, m] = month.split('-').map(Number) as [number, number];
	const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
	const lead = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
	const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
	for (let day = 1; day <= days; day++) {
		const date = `${month}-${String(day).padStart(2, '0')}`;
		cells.push({ date, day, count: counts.get(date) ?? 0 });
	}
	while (cells.length % 7 !== 0) cells.push(null);
	const weeks: (CalendarDay | null)[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	return weeks;
}

/** The neighbours of an item in a sorted list of keys: the previous and next that exist. */
export function neighbours<K>(keys: readonly K[], key: K): { previous: K | undefined; next: K | undefined } {
	const at = keys.indexOf(key);
	return { previous: at > 0 ? keys[at - 1] : undefined, next: at >= 0 ? keys[at + 1] : undefined };
}

/** The years with their counts, oldest first: the side column's date jump. */
export function yearCounts(entries: readonly Entry[]): { value: string; count: number }[] {
	return facet(entries, yearOf).sort((a, b) => a.value.localeCompare(b.value));
}

/** A list's pages with what each page says of itself: its number, the last, the total and its first article's position. */
export function pagedList<T>(items: readonly T[]): { articles: T[]; page: { current: number; last: number; total: number; first: number } }[] {
	const pages = pagesOf(items);
	return pages.map((articles, i) => ({ articles, page: { current: i + 1, last: pages.length, total: items.length, first: i * PAGE_SIZE + 1 } }));
}

/** A month's days (its entries oldest first): each day's count, and the page of the month where its articles start. */
export function monthDays(entries: readonly Entry[]): { counts: Map<string, number>; pageOf: Map<string, number> } {
	const counts = new Map<string, number>();
	const pageOf = new Map<string, number>();
	entries.forEach((e, i) => {
		counts.set(e.data.date, (counts.get(e.data.date) ?? 0) + 1);
		if (!pageOf.has(e.data.date)) pageOf.set(e.data.date, Math.floor(i / PAGE_SIZE) + 1);
	});
	return { counts, pageOf };
}

export interface YearInList {
	year: string;
	count: number;
	/** The page of the list where the year's first article is. */
	page: number;
}

/** The years of a list as its pages show it (`entries` in list order, newest first), oldest year first. */
export function yearsInList(entries: readonly Entry[]): YearInList[] {
	const years = new Map<string, YearInList>();
	entries.forEach((entry, i) => {
		const year = yearOf(entry);
		const seen = years.get(year);
		if (seen) seen.count++;
		else years.set(year, { year, count: 1, page: Math.floor(i / PAGE_SIZE) + 1 });
	});
	return [...years.values()].sort((a, b) => a.year.localeCompare(b.year));
}
