/** The articles, loaded once per build and put in timeline order. */
import { getCollection } from 'astro:content';
import { byDate, facet, groupBy, newestFirst, yearCounts, yearsInList, type Entry, type YearInList } from './archive.ts';
import { gazetteerFile } from './content-dirs.ts';
import { buildEntityIndex, type EntityIndex } from './entities.ts';
import { readGazetteer } from './gazetteer.ts';
import { identity } from './identity.ts';

let timeline: Promise<Awaited<ReturnType<typeof getCollection<'articles'>>>> | undefined;

export function getTimeline() {
	timeline ??= getCollection('articles').then(byDate);
	return timeline;
}

let counts: Promise<{ agencies: { value: string; count: number }[]; languages: { value: string; count: number }[]; years: { value: string; count: number }[] }> | undefined;

/** Every agency, language and year with its count, computed once per build (the side column of every list page shows them). */
export function getBrowseCounts() {
	counts ??= getTimeline().then((entries) => ({
		agencies: facet(entries, (e) => e.data.agency),
		languages: facet(entries, (e) => e.data.language),
		years: yearCounts(entries),
	}));
	return counts;
}

let listYears: Promise<{ agencies: Map<string, YearInList[]>; languages: Map<string, YearInList[]> }> | undefined;

/** Each agency's and each language's years as its list (newest first) has them, computed once per build. */
export function getListYears() {
	const of = (entries: readonly Entry[], key: (e: Entry) => string | null) =>
		new Map(groupBy(entries, key).flatMap(({ key: value, items }) => (value === null ? [] : [[value, yearsInList(newestFirst(items))] as const])));
	listYears ??= getTimeline().then((entries) => ({ agencies: of(entries, (e) => e.data.agency), languages: of(entries, (e) => e.data.language) }));
	return listYears;
}

let entities: Promise<EntityIndex> | undefined;

/** The people, places and organizations, related coverage and stories, computed once per build. */
export function getEntityIndex() {
	entities ??= getTimeline().then((timeline) => buildEntityIndex(timeline, readGazetteer(gazetteerFile, { optional: true }), identity.language));
	return entities;
}
