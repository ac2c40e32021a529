/**
 * The archive's own words for "Did you mean" (src/lib/spelling.ts), one file per
 * first letter: every word of the articles' headlines, standfirsts and bodies and
 * of the names of the people, places and organizations they name, with the number
 * of articles holding it, the most common first. The bodies are read from the
 * entries (the collection keeps no body).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { inBatches } from '../../../lib/batches.ts';
import { getEntityIndex, getTimeline } from '../../../lib/collection.ts';
import { WordCounts, type WordList } from '../../../lib/spelling.ts';
import { aliasesOf, aliasParts } from '../../../schema/gazetteer.ts';

async function wordLists(): Promise<Map<string, WordList>> {
	const counts = new WordCounts();
	await inBatches(await getTimeline(), 64, async (entry) => {
		const body = entry.filePath ? await readFile(path.resolve(entry.filePath), 'utf8').then((text) => text.replace(/^---\n[\s\S]*?\n---\n/, '')) : '';
		counts.add(`${entry.data.title} ${entry.data.dek ?? ''} ${body}`);
	});
	// A name counts as often as the articles naming it, by whichever of its names.
	for (const info of Object.values((await getEntityIndex()).byType).flat()) {
		const names = [info.entity.name, ...aliasesOf(info.entity).map(({ alias }) => aliasParts(alias).text)];
		counts.add([...new Set(names)].join(' '), info.articles.length);
	}
	return counts.lists();
}

export const getStaticPaths = (async () => [...(await wordLists())].map(([key, words]) => ({ params: { key }, props: { words } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.words), { headers: { 'Content-Type': 'application/json' } });
