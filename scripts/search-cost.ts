/**
 * npm run search-cost [-- --dist dist --base / --query Hollande --query koalisi]
 *
 * What a search costs a reader of the built site, in headless Chromium over
 * loopback (so the times are the browser's work, not the network's):
 * - the bytes fetched to open the search page (page, frames, Pagefind runtime,
 *   wasm), then for each query the bytes of index chunks and fragments it
 *   needed, raw and gzip;
 * - the time from the reader's last keystroke to rendered results (this
 *   includes the 250 ms the page waits for typing to pause).
 * Each query runs on a fresh page, cold; then once more on the same page, warm.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
		query: { type: 'string', multiple: true, default: ['Hollande', 'koalisi', 'coordinating'] },
	},
});
const dist = path.resolve(values.dist);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;

let served: string[] = [];
const server = await serveStatic(dist, base, (file) => served.push(file));
const browser = await launchBrowser();

async function bytesOf(files: string[]) {
	let raw = 0;
	let gzip = 0;
	for (const file of files) {
		const data = await readFile(path.join(dist, file));
		raw += data.length;
		gzip += gzipSync(data).length;
	}
	return { requests: files.length, raw, gzip };
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const show = (b: { requests: number; raw: number; gzip: number }) => `${b.requests} requests, ${kb(b.raw)} (${kb(b.gzip)} gzip)`;

async function timeQuery(page: import('playwright-core').Page, query: string): Promise<number> {
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

console.log(`search cost on ${dist} (base ${base})`);
for (const query of values.query) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	served = [];
	await page.goto(server.url('search/'));
	await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => (f.contentWindow as unknown as { archiveSearch?: unknown })?.archiveSearch));
	const opening = await bytesOf(served);
	served = [];
	const cold = await timeQuery(page, query);
	const queryBytes = await bytesOf(served);
	const results = await page.locator('#search-results li').count();
	const warm = await timeQuery(page, query);
	console.log(`"${query}": ${results} results; open search page: ${show(opening)}; query: ${show(queryBytes)}; keystroke to results: ${cold.toFixed(0)} ms cold, ${warm.toFixed(0)} ms warm`);
	await context.close();
}
await browser.close();
await server.close();
