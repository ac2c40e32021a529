/** The articles, loaded once per build and put in timeline order. */
import { getCollection } from 'astro:content';
import { byDate } from './archive.ts';

let timeline: Promise<Awaited<ReturnType<typeof getCollection<'articles'>>>> | undefined;

export function getTimeline() {
	timeline ??= getCollection('articles').then(byDate);
	return timeline;
}
