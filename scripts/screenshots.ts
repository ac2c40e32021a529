/**
 * Screenshots of every kind of page of a built site, at phone and desktop widths:
 *   node scripts/screenshots.ts [--dist dist] [--out tests/screenshots] [--dark]
 * The page of each kind is the first of its kind in the build (the README shows
 * them); with routes as arguments, just those. Each image is the page from its
 * top, at most 2,400 px of it.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const { values, positionals } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'tests/screenshots' }, dark: { type: 'boolean', default: false } },
	allowPositionals: true,
});
const dist = path.resolve(values.dist);

/** The first folder under a folder of the build, in name order. */
async function first(folder: string, newest = false): Promise<string> {
	const names = (await readdir(path.join(dist, folder), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
	const name = newest ? names.at(-1) : names[0];
	if (!name) throw new Error(`the build has nothing under ${folder}/`);
	return `${folder}/${name}/`;
}

async function kinds(): Promise<[string, string][]> {
	const year = await first('timeline', true);
	return [
		['home', ''],
		['article', await first('articles', true)],
		['source', await first('sources', true)],
		['search', 'search/?q=Putin'],
		['timeline', 'timeline/'],
		['year', year],
		['month', await first(year, true)],
		['agencies', 'agencies/'],
		['agency', await first('agencies')],
		['languages', 'languages/'],
		['language', await first('languages', true)],
		['offline', 'offline/'],
		['not-found', '404.html'],
	];
}

const pages: [string, string][] = positionals.length > 0 ? positionals.map((route) => [route.replace(/[^a-z0-9]+/gi, '_') || 'home', route]) : await kinds();
const server = await serveStatic(dist);
const browser = await launchBrowser();
await mkdir(values.out, { recursive: true });
for (const name of await readdir(values.out)) if (name.endsWith('.png')) await rm(path.join(values.out, name));
const schemes = values.dark ? (['light', 'dark'] as const) : (['light'] as const);
for (const [width, height, device] of [[390, 844, 'phone'], [1280, 900, 'desktop']] as const) {
	for (const scheme of schemes) {
		const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
		for (const [kind, route] of pages) {
			await page.goto(server.url(route));
			// The search page draws its results after loading.
			if (route.startsWith('search/?')) await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
			const tall = await page.evaluate(() => document.documentElement.scrollHeight);
			const file = path.join(values.out, `${kind}-${device}${scheme === 'dark' ? '-dark' : ''}.png`);
			await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(tall, 2400) } });
			process.stdout.write(`${file}\n`);
		}
		await page.close();
	}
}
await browser.close();
await server.close();
