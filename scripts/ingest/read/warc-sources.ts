/**
 * The sources folder with its web archives opened: each WARC file in the
 * listing becomes the pages it holds (read/warc.ts), one source each, named
 * `<warc file>#<record id>`; its other records are counted by reason. A page
 * whose payload an earlier WARC (in file order) already holds is the same
 * source, counted as a duplicate: a re-crawl into a second WARC adds nothing.
 *
 * A WARC's list of pages is kept in `<out>/.ingest-warcs.json` by the file's
 * size and time, so an unchanged archive is not read again on the next run.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Listed } from '../sources.ts';
import { isWarc } from './kind.ts';
import { recordFile, scanWarc, type WarcPage, type WarcScan } from './warc.ts';

export const WARC_INDEX = '.ingest-warcs.json';
/** Changes when what a scan records changes: older indexes are read again. */
const INDEX_VERSION = 1;

export interface WarcListing {
	/** The listing with each WARC replaced by its pages. */
	listed: Listed[];
	/** Each WARC page's source name to its WARC and record. */
	pages: Map<string, { warc: string; page: WarcPage }>;
	/** What each WARC held, for the report. */
	warcs: { file: string; pages: number; skipped: Record<string, number>; errors: number }[];
}

interface IndexEntry {
	size: number;
	mtimeMs: number;
	scan: WarcScan;
}

async function readIndex(out: string): Promise<Record<string, IndexEntry>> {
	try {
		const data = JSON.parse(await readFile(path.join(out, WARC_INDEX), 'utf8')) as { version: number; warcs: Record<string, IndexEntry> };
		return data.version === INDEX_VERSION ? data.warcs : {};
	} catch {
		return {};
	}
}

/** The first bytes of a file, to tell a WARC that is not named as one. */
async function firstBytes(file: string): Promise<Uint8Array> {
	const handle = await import('node:fs/promises').then((fs) => fs.open(file, 'r'));
	try {
		const buffer = new Uint8Array(8);
		const { bytesRead } = await handle.read(buffer, 0, 8, 0);
		return buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

/** Names the text and HTML readers take without a look inside. */
const OTHER_KINDS = /\.(?:txt|text|html?|xhtml|shtml|ya?ml)$/iu;

export async function openWarcs(listed: Listed[], sources: string, out: string, limit: number, write: boolean): Promise<WarcListing> {
	const index = await readIndex(out);
	const next: Record<string, IndexEntry> = {};
	const result: WarcListing = { listed: [], pages: new Map(), warcs: [] };
	const seen = new Set<string>();
	for (const item of listed) {
		const full = path.join(sources, item.file);
		const warc = !item.problem && (isWarc(item.file, new Uint8Array()) || (!OTHER_KINDS.test(item.file) && item.size > 0 && isWarc(item.file, await firstBytes(full).catch(() => new Uint8Array()))));
		if (!warc) {
			result.listed.push(item);
			continue;
		}
		const known = index[item.file];
		const scan = known && known.size === item.size && known.mtimeMs === item.mtimeMs ? known.scan : await scanWarc(full, new Set(), limit);
		next[item.file] = { size: item.size, mtimeMs: item.mtimeMs, scan };
		const skipped = { ...scan.skipped };
		let pages = 0;
		for (const page of scan.pages) {
			if (seen.has(page.sha256)) {
				const reason = 'a duplicate payload (the same page captured before)';
				skipped[reason] = (skipped[reason] ?? 0) + 1;
				continue;
			}
			seen.add(page.sha256);
			const file = recordFile(item.file, page.record);
			result.pages.set(file, { warc: item.file, page });
			result.listed.push({ file, problem: null, size: page.size, mtimeMs: item.mtimeMs });
			pages++;
		}
		for (const error of scan.errors) result.listed.push({ file: recordFile(item.file, error.record || `byte-${error.offset}`), problem: error.reason, size: 0, mtimeMs: 0 });
		result.warcs.push({ file: item.file, pages, skipped, errors: scan.errors.length });
	}
	if (write && JSON.stringify(next) !== JSON.stringify(index)) {
		// Written whole and renamed into place; losing it only costs the next run a new scan.
		const temporary = path.join(out, `${WARC_INDEX}.tmp`);
		await writeFile(temporary, JSON.stringify({ version: INDEX_VERSION, warcs: next }))
			.then(() => rename(temporary, path.join(out, WARC_INDEX)))
			.catch(() => undefined);
	}
	return result;
}
