/** The articles, loaded once per build and put in timeline order. */
import { getCollection } from 'astro:content';
import { byDate, facet, yearCounts } from './archive.ts';
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

let entities: Promise<EntityIndex> | undefined;

/** The people, places and organizations, related coverage and stories, computed once per build. */
export function getEntityIndex() {
	entities ??= getTimeline().then((timeline) => buildEntityIndex(timeline, readGazetteer(gazetteerFile, { optional: true }), identity.language));
	return entities;
}
