/**
 * Search state, merging and wording, shared by the search page and the tests.
 * Each language has its own Pagefind index (its own stemmer), searched in its
 * own frame; this puts their answers together.
 */
import { languageName } from './format.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];
/**
 * The search facets, defined once: the URL parameter and Pagefind filter (`key`,
 * the same name as the `data-pagefind-filter` on article pages), the menu's
 * label and its "all" choice. The menus, the URL and Pagefind's options all
 * come from this list.
 */
export const FACETS = [
	{ key: 'language', label: 'Language', all: 'All languages' },
	{ key: 'agency', label: 'Agency', all: 'All agencies' },
	{ key: 'year', label: 'Year', all: 'All years' },
] as const;
export const FILTER_KEYS = FACETS.map((facet) => facet.key);
export type FilterKey = (typeof FACETS)[number]['key'];

export interface SearchState {
	q: string;
	filters: Partial<Record<FilterKey, string>>;
	sort: SortOrder;
}

export interface Hit {
	url: string;
	title: string;
	date: string;
	agency: string | null;
	language: string;
	/** Pagefind's excerpt: text with <mark> around matched words. */
	excerpt: string;
	score: number;
}

export type FilterCounts = Record<string, Record<string, number>>;

/** What a language's frame (public/search-frame.js) answers the search page: one type for both sides. */
export interface FrameAnswer {
	hits: Hit[];
	total: number;
	filters: FilterCounts;
	/** Words and phrases of the query that this language's index lacks (it then answers nothing). */
	missing: string[];
}

/** The state a URL's query string describes. */
export function readState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: SearchState['filters'] = {};
	for (const key of FILTER_KEYS) {
		const value = params.get(key)?.trim();
		if (value) filters[key] = value;
	}
	const sort = params.get('sort');
	return { q: (params.get('q') ?? '').trim(), filters, sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevance' };
}

/** A query string for a state: fixed key order, defaults left out. */
export function writeState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]!);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Options for Pagefind's search(). */
export function pagefindOptions(state: SearchState): { filters: Record<string, string>; sort?: { date: 'asc' | 'desc' } } {
	const filters: Record<string, string> = {};
	for (const key of FILTER_KEYS) if (state.filters[key]) filters[key] = state.filters[key]!;
	if (state.sort === 'relevance') return { filters };
	return { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } };
}

const byUrl = (a: Hit, b: Hit) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** One ranked list from each language's list (each already in the same order). */
export function mergeHits(lists: Hit[][], sort: SortOrder): Hit[] {
	const all = lists.flat();
	if (sort === 'relevance') return all.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || byUrl(a, b));
	const direction = sort === 'newest' ? -1 : 1;
	return all.sort((a, b) => direction * a.date.localeCompare(b.date) || b.score - a.score || byUrl(a, b));
}

/** Filter counts summed over languages. */
export function mergeCounts(counts: FilterCounts[]): FilterCounts {
	const merged: FilterCounts = {};
	for (const set of counts) {
		for (const [filter, values] of Object.entries(set)) {
			const target = (merged[filter] ??= {});
			for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
		}
	}
	return merged;
}

/** A filter value as a reader reads it: languages by name. */
export const filterLabel = (key: FilterKey, value: string) => (key === 'language' ? languageName(value) : value);

/** The status line: "4 results for “Putin” in Indonesian." */
export function describe(state: SearchState, total: number): string {
	const narrowed = FILTER_KEYS.filter((key) => state.filters[key]).map((key) => filterLabel(key, state.filters[key]!));
	const what = state.q ? ` for “${state.q}”` : '';
	const within = narrowed.length > 0 ? ` in ${narrowed.join(', ')}` : '';
	return `${total === 0 ? 'No' : total} result${total === 1 ? '' : 's'}${what}${within}.`;
}

/** Words no index has: "No article contains “zzzzqq”." (or “a” or “b”). */
export function noArticleContains(words: string[]): string {
	const quoted = words.map((w) => `“${w.replace(/"/g, '')}”`);
	return `No article contains ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`}.`;
}
