/**
 * Each article's raw source, byte for byte as received, so that its SHA-256
 * can be checked against the entry; always under a .txt name, so that hosts
 * serve it as text whatever the source was called.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getTimeline } from '../../lib/collection.ts';
import { sourcesDir } from '../../lib/content-dirs.ts';
import { sourcePath } from '../../lib/paths.ts';

export const getStaticPaths = (async () => {
	const timeline = await getTimeline();
	return timeline.map((e) => ({ params: { file: sourcePath(e.data.source.file) }, props: { file: e.data.source.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const bytes = await readFile(path.join(sourcesDir, props.file as string));
	return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
