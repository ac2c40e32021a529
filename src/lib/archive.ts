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
