/**
 * Search state, merging and wording, shared by the search page and the tests.
 * Each language has its own Pagefind index (its own stemmer), searched in its
 * own frame; this puts their answers together.
 */
import type { Match } from './excerpt.ts';
import { languageName } from './format.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];
/** What an article offers the facets. */
interface Faceted {
	language: string;
	agency: string | null;
	date: string;
}

/**
 * The search facets, defined once: the URL parameter and Pagefind filter (`key`),
 * the menu's label and its "all" choice, and the article's value. The menus, the
 * URL, Pagefind's options and the article pages' Pagefind attributes all come
 * from this list.
 */
export const FACETS = [
	{ key: 'language', label: 'Language', all: 'All languages', of: (a: Faceted) => a.language },
	{ key: 'agency', label: 'Agency', all: 'All agencies', of: (a: Faceted) => a.agency },
	{ key: 'year', label: 'Year', all: 'All years', of: (a: Faceted) => a.date.slice(0, 4) },
	// Not the gazetteer's entities: Pagefind counts every filter's values over every search's results, and the
	// three entity filters made a search three to four times slower at 10,000 articles (README, Search).
] as const;
export const FILTER_KEYS = FACETS.map((facet) => facet.key);
export type FilterKey = (typeof FACETS)[number]['key'];

/**
 * An article element's attributes that give Pagefind its facets, as filters and as
 * metadata (shown with each result): `data-facet-<key>` holds the value.
 */
export function facetAttributes(article: Faceted): Record<string, string> {
	const attributes: Record<string, string> = {};
	const named: string[] = [];
	for (const facet of FACETS) {
		const value = facet.of(article);
		if (!value) continue;
		attributes[`data-facet-${facet.key}`] = value;
		named.push(`${facet.key}[data-facet-${facet.key}]`);
	}
	return { ...attributes, 'data-pagefind-filter': named.join(', '), 'data-pagefind-meta': named.join(', ') };
}

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
	/** The page's text as Pagefind has it, and where the search matched: the snippet is made of them (src/lib/excerpt.ts). */
	content: string;
	matches: Match[];
	score: number;
}

export type FilterCounts = Record<string, Record<string, number>>;

/** What a language's frame (public/search-frame.js) answers the search page: one type for both sides. */
export interface FrameAnswer {
	/** Names this search to `archiveHits` (0 when it found nothing to show). */
	token: number;
	/** The first results (as many as asked for), best first or in date order: their hits are fetched apart (`chooseHits`). */
	ranked: Ranked[];
	total: number;
	filters: FilterCounts;
	/** Words and phrases of the query that this language's index lacks (it then answers nothing). */
	missing: string[];
}

/** The query's words that every language's index lacks. */
export function missingEverywhere(answers: FrameAnswer[]): string[] {
	if (answers.length === 0) return [];
	return answers.map((a) => a.missing).reduce((common, words) => common.filter((w) => words.includes(w)));
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

/** A result before its page's data is fetched: Pagefind's id and score. */
export interface Ranked {
	id: string;
	score: number;
}

/**
 * Which results' data to fetch from each language's frame, for one page of `limit`
 * hits: by relevance, the best `limit` scores over all languages (so a query fetches
 * `limit` fragments, not `limit` per language); sorted by date, whose order needs each
 * result's date, each language's first `limit`.
 */
export function chooseHits(lists: Ranked[][], sort: SortOrder, limit: number): string[][] {
	if (sort !== 'relevance') return lists.map((list) => list.slice(0, limit).map((r) => r.id));
	const all = lists.flatMap((list, frame) => list.map((r, rank) => ({ ...r, frame, rank })));
	all.sort((a, b) => b.score - a.score || a.rank - b.rank || a.frame - b.frame);
	const chosen = new Set(all.slice(0, limit));
	return lists.map((_, frame) => all.filter((r) => r.frame === frame && chosen.has(r)).sort((a, b) => a.rank - b.rank).map((r) => r.id));
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

/** An entity as the search page knows it (`search/entities.json`, written by the build). */
export interface EntityOffer {
	id: string;
	type: 'person' | 'place' | 'organization';
	name: string;
	/** Its page, under the base. */
	url: string;
	count: number;
	languages: number;
	/** Its names by language (`*`: every language), as written; names whose case matters are left out. */
	aliases: Record<string, string[]>;
}

/** What a frame is asked to add for an entity the query names: the articles naming it by any of its names in the frame's language, with the query's other words. */
export interface EntityTerm {
	/** The words of the query that name it. */
	term: string;
	/** Its names by language (`*`: every language). */
	aliases: Record<string, string[]>;
}

const fold = (text: string) => text.toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();

const words = (text: string) => fold(text).replace(/[^\p{L}\p{M}\p{N}.]+/gu, ' ').trim();

/**
 * The entities a query names by any of their aliases, in any language, as whole words (quoted phrases are
 * left alone): the one named by the longest alias first, then the others whose names do not overlap it
 * ("Hollande Putin": François Hollande and Vladimir Putin).
 */
export function entitiesInQuery(query: string, entities: readonly EntityOffer[]): { entity: EntityOffer; term: string }[] {
	let padded = ` ${words(query.replace(/"[^"]*"/g, ' '))} `;
	const found: { entity: EntityOffer; term: string }[] = [];
	for (;;) {
		let best: { entity: EntityOffer; term: string } | null = null;
		for (const entity of entities) {
			if (found.some((f) => f.entity.id === entity.id)) continue;
			for (const alias of Object.values(entity.aliases).flat()) {
				const term = words(alias);
				if (term && padded.includes(` ${term} `) && (!best || term.length > best.term.length)) best = { entity, term };
			}
		}
		if (!best) return found;
		found.push(best);
		padded = padded.replace(` ${best.term} `, ' | ');
	}
}

/** "Turkey — 2 articles in 2 languages". */
export const entityOfferText = (entity: EntityOffer) => `${entity.count} article${entity.count === 1 ? '' : 's'} in ${entity.languages} language${entity.languages === 1 ? '' : 's'}`;
