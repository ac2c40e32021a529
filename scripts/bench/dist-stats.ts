/** What a build wrote: files, bytes, and its HTML pages' sizes (median, largest, and those over 200 KB). */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const PAGE_LIMIT_BYTES = 200 * 1024;

export interface DistStats {
	files: number;
	bytes: number;
	htmlPages: number;
	medianPageBytes: number;
	largest: { page: string; bytes: number }[];
	/** HTML pages over 200 KB, source viewers aside (a long source is a long page). */
	overLimit: number;
}

export async function distStats(dist: string): Promise<DistStats> {
	const entries = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
	let bytes = 0;
	const pages: { page: string; bytes: number }[] = [];
	for (const entry of entries) {
		const file = path.join(entry.parentPath, entry.name);
		const size = (await stat(file)).size;
		bytes += size;
		if (entry.name.endsWith('.html')) pages.push({ page: path.relative(dist, file), bytes: size });
	}
	pages.sort((a, b) => b.bytes - a.bytes);
	const median = pages.length > 0 ? [...pages].map((p) => p.bytes).sort((a, b) => a - b)[Math.floor(pages.length / 2)]! : 0;
	return {
		files: entries.length,
		bytes,
		htmlPages: pages.length,
		medianPageBytes: median,
		largest: pages.filter((p) => !p.page.startsWith(`sources${path.sep}`)).slice(0, 3),
		overLimit: pages.filter((p) => p.bytes > PAGE_LIMIT_BYTES && !p.page.startsWith(`sources${path.sep}`)).length,
	};
}
