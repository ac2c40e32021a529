/**
 * What a search costs a reader of a built site, in headless Chromium over
 * loopback (so the times are the browser's work, not the network's): the bytes
 * fetched to open the search page (page, frames, Pagefind runtime, wasm), then
 * for each query the bytes it needed, raw and gzip, and the time from the last
 * keystroke to rendered results (the page's 250 ms typing pause included; it
 * is also given apart). Each query runs on a fresh page, cold, then once more
 * on the same page, warm.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/** The search page waits this long after a keystroke for the typing to pause (src/client/search-page.ts). */
export const TYPING_PAUSE_MS = 250;

export interface Bytes {
	requests: number;
	raw: number;
	gzip: number;
}

export interface QueryCost {
	query: string;
	results: number;
	/** Opening the search page, before any query. */
	opening: Bytes;
	/** The first query, on top of the opening. */
	queryBytes: Bytes;
	coldMs: number;
	warmMs: number;
}

async function bytesOf(dist: string, files: string[]): Promise<Bytes> {
	let raw = 0;
	let gzip = 0;
	for (const file of files) {
		const data = await readFile(path.join(dist, file));
		raw += data.length;
		gzip += gzipSync(data).length;
	}
	return { requests: files.length, raw, gzip };
}

async function timeQuery(page: Page, query: string): Promise<number> {
	await page.locator('#search-q').fill('');
	await page.evaluate((expected) => {
		const w = window as unknown as { lastKey: number; rendered: Promise<number> };
		w.rendered = new Promise((resolve) => {
			const listener = (event: Event) => {
				if ((event as CustomEvent<{ query: string }>).detail.query !== expected) return;
				document.removeEventListener('search-rendered', listener);
				resolve(performance.now());
			};
			document.addEventListener('search-rendered', listener);
		});
		document.getElementById('search-q')!.addEventListener('keydown', () => (w.lastKey = performance.now()));
	}, query);
	await page.locator('#search-q').pressSequentially(query, { delay: 30 });
	return page.evaluate(async () => {
		const w = window as unknown as { lastKey: number; rendered: Promise<number> };
		return (await w.rendered) - w.lastKey;
	});
}

export async function searchCost(distDir: string, base: string, queries: string[]): Promise<QueryCost[]> {
	const dist = path.resolve(distDir);
	let served: string[] = [];
	const server = await serveStatic(dist, base, (file) => served.push(file));
	const browser = await launchBrowser();
	const costs: QueryCost[] = [];
	try {
		for (const query of queries) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			served = [];
			await page.goto(server.url('search/'));
			await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => (f.contentWindow as unknown as { archiveSearch?: unknown })?.archiveSearch), null, { timeout: 120_000 });
			const opening = await bytesOf(dist, served);
			served = [];
			const coldMs = await timeQuery(page, query);
			const queryBytes = await bytesOf(dist, served);
			const results = await page.locator('#search-results li').count();
			const warmMs = await timeQuery(page, query);
			costs.push({ query, results, opening, queryBytes: queryBytes, coldMs, warmMs });
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return costs;
}
