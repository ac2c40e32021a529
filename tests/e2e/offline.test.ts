/**
 * Offline reading in Chromium, on real builds of the seeds at / and /archive/:
 * saving the archive, searching and reading with the network cut, an archive's
 * service worker leaving another archive alone, and the site without one.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seedSites } from '../support/seed-sites.ts';
import { resultSources, waitForResults } from '../support/seeds.ts';
import { serveMounted } from '../support/static-server.ts';

const sites = seedSites();

/** The search page of the archive at /, in a browser context of its own, once its service worker is ready. */
async function searchPageWithWorker() {
	const server = sites.servers['/'];
	const context = await sites.browser.newContext();
	const page = await context.newPage();
	await page.goto(server.url('search/'));
	await page.evaluate(() => navigator.serviceWorker.ready);
	return { server, context, page };
}

describe('offline', () => {
	test('save the archive, cut the network, reload the search page, search, open a result', async () => {
		const server = sites.servers['/archive/'];
		const context = await sites.browser.newContext();
		const page = await context.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(server.url(''));
		await page.goto(server.url('search/'));
		await page.evaluate(() => navigator.serviceWorker.ready);
		const save = page.locator('#offline-save');
		await save.waitFor({ state: 'visible' });
		// Everything, each year, each agency, with what each costs.
		const choices = await page.locator('#offline-part option').allTextContents();
		assert.match(choices[0]!, /^Everything: 5 articles, [\d.]+ MB$/);
		// The menu's text is short enough for a phone; what the choice saves is said in full under it.
		assert.match((await page.locator('#offline-cost').textContent()) ?? '', /^Everything: 5 articles with their raw sources and the whole search index, \d+ files, [\d.]+ MB\.$/);
		assert.deepEqual(choices.slice(1).map((c) => c.replace(/, [\d.]+ MB$/, '')), ['Year 2011: 1 article', 'Year 2015: 4 articles', 'Agency ITAR-TASS: 2 articles', 'Agency RIA Novosti: 1 article', 'Agency Xinhua: 2 articles']);
		// Opening the search page fetches the small offline index, never the lists of files: those come on "Save".
		assert.ok(requested.includes('/archive/offline.json'));
		const lists = () => requested.filter((p) => /^\/archive\/offline\/.+\.json$/.test(p));
		assert.deepEqual(lists(), []);
		await save.click();
		await page.waitForFunction(() => /^Saved:/.test(document.getElementById('offline-status')?.textContent ?? ''), null, { timeout: 60_000 });
		assert.deepEqual(lists().sort(), ['/archive/offline/core-1.json', '/archive/offline/rest-1.json', '/archive/offline/year-2011-1.json', '/archive/offline/year-2015-1.json']);

		await context.setOffline(true);
		await page.reload();
		await page.locator('#search-q').fill('Hollande');
		await page.keyboard.press('Enter');
		await waitForResults(page);
		assert.deepEqual([...(await resultSources(page))].sort(), ['000', '001', '003']);
		await page.locator('#search-results a').first().click();
		await page.waitForSelector('article h1');
		assert.match((await page.locator('article h1').textContent()) ?? '', /Hollande/);
		// A raw source, never visited, was saved too.
		const raw = await page.evaluate(async (url) => (await fetch(url)).status, server.url('sources/2011-09-05-russian-french-ministers-to-discuss-libya-syria-missile-defence-eu.txt'));
		assert.equal(raw, 200);
		// The cache is this deployment's own: another archive on the same origin keeps its caches.
		const names = await page.evaluate(() => caches.keys());
		assert.ok(names.length > 0 && names.every((name) => name.startsWith('archive:/archive/:')), names.join());
		await context.close();
	});

	test('save one year: its articles and the whole search index work offline, another year\'s articles do not; the page says what is saved', async () => {
		const { server, context, page } = await searchPageWithWorker();
		await page.locator('#offline-save').waitFor({ state: 'visible' });
		await page.locator('#offline-part').selectOption('year:2011');
		await page.locator('#offline-save').click();
		await page.waitForFunction(() => /^Saved: 2011 \([\d.]+ MB\) and the whole search index/.test(document.getElementById('offline-status')?.textContent ?? ''), null, { timeout: 60_000 });
		await page.reload();
		await page.waitForFunction(() => /^Saved for offline reading: 2011, with the whole search index/.test(document.getElementById('offline-status')?.textContent ?? ''));

		await context.setOffline(true);
		// Searching finds every article (the whole index is saved); the 2011 article and its raw source open.
		await page.goto(server.url('search/?q=Lukashevich'));
		await waitForResults(page);
		assert.deepEqual([...(await resultSources(page))].sort(), ['000', '004']);
		await page.goto(server.url('articles/2011-09-05-russian-french-ministers-to-discuss-libya-syria-missile-defence-eu/'));
		assert.match((await page.locator('article h1').textContent()) ?? '', /Russian, French ministers/i);
		const raw = await page.evaluate(async (url) => (await fetch(url)).status, server.url('sources/2011-09-05-russian-french-ministers-to-discuss-libya-syria-missile-defence-eu.txt'));
		assert.equal(raw, 200);
		// A 2015 article was not saved, nor visited.
		await page.goto(server.url('articles/2015-12-02-russia-calls-for-coordination-of-anti-terrorist-missions/'));
		assert.equal(await page.locator('h1').textContent(), 'You are offline');
		await context.close();
	});

	test('an archive at / never caches nor serves the pages of another archive under it (issue 8, case 10)', async () => {
		const server = await serveMounted([{ root: sites.builds['/'], base: '/' }, { root: sites.builds['/archive/'], base: '/archive/' }]);
		const context = await sites.browser.newContext();
		try {
			const page = await context.newPage();
			await page.goto(server.url('search/'));
			await page.evaluate(() => navigator.serviceWorker.ready);
			await page.reload();
			assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the root archive\'s worker controls the page');
			const nested = server.url('archive/timeline/');
			const own = server.url('timeline/');
			const fetched = await page.evaluate(async (urls) => Promise.all(urls.map(async (url) => (await fetch(url)).status)), [nested, own]);
			assert.deepEqual(fetched, [200, 200]);
			const cached = await page.evaluate(async () => {
				const urls: string[] = [];
				for (const name of await caches.keys()) if (name.startsWith('archive:/:')) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
				return urls;
			});
			assert.ok(cached.includes('/timeline/'), 'its own pages are kept');
			assert.deepEqual(cached.filter((url) => url.startsWith('/archive/')), [], 'no page of the other archive is kept');
			await context.setOffline(true);
			const offline = await page.evaluate(async (urls) => Promise.all(urls.map((url) => fetch(url).then((r) => r.status, () => 'network error'))), [nested, own]);
			assert.deepEqual(offline, ['network error', 200], 'offline, only its own pages come from its cache');
		} finally {
			await context.close();
			await server.close();
		}
	});

	test('offline, a page never visited nor saved says so', async () => {
		const { server, context, page } = await searchPageWithWorker();
		await context.setOffline(true);
		await page.goto(server.url('timeline/'));
		assert.equal(await page.locator('h1').textContent(), 'You are offline');
		// The search page itself is kept from the start; without the saved index it says what is missing.
		await page.goto(server.url('search/?q=Daesh'));
		await page.waitForFunction(() => /not saved for offline use/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
		await context.close();
	});

	test('the site works with the service worker blocked', async () => {
		const context = await sites.browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(sites.servers['/'].url('search/?q=Belgrade'));
		await waitForResults(page);
		assert.deepEqual(await resultSources(page), ['000']);
		await context.close();
	});
});
