/**
 * Each article's raw source, byte for byte as received, so that its SHA-256
 * can be checked against the entry; published as `sources/<id>.txt` whatever
 * the source file is called (routes.source), so that two sources never share
 * a path and hosts serve it as text.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getTimeline } from '../../lib/collection.ts';
import { sourcesDir } from '../../lib/content-dirs.ts';

export const getStaticPaths = (async () => {
	const timeline = await getTimeline();
	return timeline.map((e) => ({ params: { id: e.data.id }, props: { file: e.data.source.file, sha256: e.data.source.sha256 } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { file, sha256 } = props as { file: string; sha256: string };
	const bytes = await readFile(path.join(sourcesDir, file)).catch(() => null);
	const headers = { 'Content-Type': 'text/plain; charset=utf-8' };
	if (bytes && createHash('sha256').update(bytes).digest('hex') === sha256) return new Response(bytes, { headers });
	// The ingest keeps a rejected source's last good entry; the bytes it was made from are no longer on disk.
	console.warn(`sources: ${file} is not the file its entry was made from (SHA-256 ${sha256}); run npm run ingest`);
	return new Response(`The source file ${JSON.stringify(file)} has changed or is gone since this entry was made from it (SHA-256 ${sha256}).\n`, { headers });
};
