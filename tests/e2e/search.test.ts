/**
 * Search over the five seeds in Chromium, against real builds with their real
 * Pagefind index: the expected results for each query, at the root and under
 * /archive/; keyboard, URL and back button; highlighting (offline: offline.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { seedSites } from '../support/seed-sites.ts';
import { resultSources, waitForResults } from '../support/seeds.ts';

/** query string -> expected results, by source file number; `ordered` when the order is part of it. */
const QUERIES: { params: string; results: string[]; ordered?: boolean; status?: string; suggestion?: string }[] = [
	{ params: 'q=Hollande', results: ['000', '001', '003'] },
	{ params: 'q=Lukashevich', results: ['000', '004'] },
	{ params: 'q=koalisi', results: ['003'] },
	// "Daesh" names the Islamic State: its articles in every language are found, whatever they call it
	// (002 says "Daesh", 001 "Islamic State (IS)", the Indonesian 003 "ISIS").
	{ params: 'q=Daesh', results: ['001', '002', '003'] },
	{ params: 'q=coordinating', results: ['000', '001', '002', '004'] },
	{ params: 'q=Putin&language=id', results: ['003'] },
	{ params: 'q=Putin&sort=newest', results: ['002', '001', '003', '000'], ordered: true },
	{ params: 'q=Belgrade', results: ['000'] },
	// Indonesian stemming: "penyerangan" (attacking) and "koalisinya" (its coalition) appear nowhere in the text.
	{ params: 'q=penyerangan', results: ['003'] },
	{ params: 'q=koalisinya', results: ['003'] },
	// Every result contains every word, in its own language's index: the Indonesian article lacks "Lavrov", and
	// the only article with "Lavrov" lacks "Putin".
	{ params: 'q=Putin+Lavrov', results: [], status: 'No results for “Putin Lavrov”.' },
	{ params: 'q=Putin+Hollande', results: ['000', '001', '003'] },
	{ params: 'q=Hollande+zzzzqq', results: [], status: 'No article contains “zzzzqq”.', suggestion: '' },
	// A typo gets a close word an index has, whichever language's: English "Hollande", Indonesian "koalisi".
	{ params: 'q=Holande+Putin', results: [], status: 'No article contains “Holande”.', suggestion: 'Hollande Putin' },
	{ params: 'q=koalsi', results: [], status: 'No article contains “koalsi”.', suggestion: 'koalisi' },
	{ params: 'q=%22French+Navy%22', results: ['000'] },
];

const sites = seedSites();

const suggestionLink = (page: Page) => page.locator('.search-suggestion a');

for (const base of ['/', '/archive/']) {
	describe(`queries (BASE_PATH=${base})`, () => {
		for (const { params, results, ordered, status, suggestion } of QUERIES) {
			test(`?${params} -> ${results.join(', ')}`, async () => {
				const page = await sites.browser.newPage();
				const errors: string[] = [];
				page.on('pageerror', (error) => errors.push(error.message));
				await page.goto(sites.servers[base as '/' | '/archive/'].url(`search/?${params}`));
				await waitForResults(page);
				const found = await resultSources(page);
				assert.deepEqual(ordered ? found : [...found].sort(), results);
				if (status) assert.equal(await page.locator('#search-status').textContent(), status);
				if (suggestion !== undefined) {
					const line = page.locator('.search-suggestion');
					assert.equal(await line.isVisible() ? await line.textContent() : '', suggestion && `Did you mean ${suggestion}?`);
				}
				if (suggestion) {
					// The suggestion is a search: following it finds articles, and Back returns to the typo.
					await suggestionLink(page).click();
					await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q && /\d+ results?/.test(document.getElementById('search-status')!.textContent ?? ''), suggestion);
					assert.ok((await resultSources(page)).length > 0);
					await page.goBack();
					await page.waitForFunction(() => /No article contains/.test(document.getElementById('search-status')!.textContent ?? ''));
				}
				assert.deepEqual(errors, []);
				await page.close();
			});
		}
	});
}

describe('the search page', () => {
	for (const base of ['/', '/archive/']) {
		test(`search from any page: the header's form (no JavaScript needed), "/" to reach it, the cursor in the search page's box (BASE_PATH=${base})`, async () => {
			const server = sites.servers[base as '/' | '/archive/'];
			// Without JavaScript the header's form is a plain GET to the search page.
			const noJs = await sites.browser.newContext({ javaScriptEnabled: false });
			const plain = await noJs.newPage();
			await plain.goto(server.url('timeline/'));
			await plain.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('Lavrov');
			await plain.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }).click();
			await plain.waitForURL(`**${base}search/?q=Lavrov`);
			await noJs.close();
			const page = await sites.browser.newPage();
			await page.goto(server.url('agencies/'));
			await page.keyboard.press('/');
			assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search-q');
			await page.keyboard.type('Lukashevich');
			await page.keyboard.press('Enter');
			await page.waitForURL(/\/search\/\?q=Lukashevich$/);
			await waitForResults(page);
			assert.deepEqual((await resultSources(page)).sort(), ['000', '004']);
			assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-q', 'the search page puts the cursor in its box');
			await page.close();
		});
	}

	test('keyboard only: type, narrow, sort; the URL follows and the back button restores', async () => {
		const server = sites.servers['/archive/'];
		const page = await sites.browser.newPage();
		await page.goto(server.url('search/'));
		await page.locator('#search-q').focus();
		await page.keyboard.type('Putin');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\?q=Putin$/);
		await waitForResults(page);
		assert.equal(await page.locator('#search-status').textContent(), '4 results for “Putin”.');
		assert.equal(await page.locator('#search-status').getAttribute('role'), 'status');
		// The language menu shows counts for this search; choose Indonesian with the keyboard.
		const options = await page.locator('select[name="language"] option').allTextContents();
		assert.deepEqual(options, ['All languages', 'English (3)', 'Indonesian (1)']);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		assert.equal(await page.evaluate(() => (document.activeElement as HTMLSelectElement).name), 'language');
		await page.locator('select[name="language"]').selectOption('id');
		await page.waitForURL(/\?q=Putin&language=id$/);
		await page.waitForFunction(() => document.getElementById('search-status')?.textContent === '1 result for “Putin” in Indonesian.');
		// Each menu counts what choosing another value would give, not zero.
		assert.deepEqual(await page.locator('select[name="language"] option').allTextContents(), ['All languages', 'English (3)', 'Indonesian (1)']);
		await page.goBack();
		await page.waitForURL(/\?q=Putin$/);
		await page.waitForFunction(() => document.getElementById('search-status')?.textContent === '4 results for “Putin”.');
		assert.equal(await page.locator('select[name="language"]').inputValue(), '');
		await page.close();
	});

	test('excerpts mark the matched words; a result opens with them highlighted; all under the Content-Security-Policy, with no violation', async () => {
		const page = await sites.browser.newPage();
		const violations: string[] = [];
		page.on('console', (message) => /Content.Security.Policy|Refused to/i.test(message.text()) && violations.push(message.text()));
		await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
		await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
		await page.goto(sites.servers['/'].url('search/?q=Belgrade'));
		assert.match((await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '', /script-src 'self' 'wasm-unsafe-eval'/);
		await waitForResults(page);
		assert.deepEqual(await page.locator('#search-results .excerpt mark').allTextContents(), ['Belgrade']);
		await page.locator('#search-results a').first().click();
		await page.waitForURL(/highlight=belgrade/);
		await page.waitForSelector('[data-pagefind-body] mark');
		const marked = await page.locator('[data-pagefind-body] mark').allTextContents();
		assert.ok(marked.length >= 3 && marked.every((word) => word === 'Belgrade'), marked.join(','));
		assert.deepEqual(violations, []);
		await page.close();
	});

	test('a word found by stemming is highlighted as the article spells it (koalisinya -> koalisi)', async () => {
		for (const base of ['/', '/archive/']) {
			const page = await sites.browser.newPage();
			await page.goto(sites.servers[base as '/' | '/archive/'].url('search/?q=koalisinya'));
			await waitForResults(page);
			await page.locator('#search-results a').first().click();
			await page.waitForURL(/\/articles\//);
			const highlighted = new URL(page.url()).searchParams.getAll('highlight');
			assert.ok(highlighted.includes('koalisi'), highlighted.join(','));
			assert.ok(!highlighted.includes('koalisinya'), 'the query\'s form, which the article lacks, is not what is highlighted');
			await page.waitForSelector('[data-pagefind-body] mark');
			const marked = await page.locator('[data-pagefind-body] mark').allTextContents();
			assert.ok(marked.length > 0 && marked.every((word) => /^koalisi/i.test(word)), marked.join(','));
			await page.close();
		}
	});

	test('back from a result puts the reader where they were in the results; a result opens scrolled to its first marked word', async () => {
		const page = await sites.browser.newPage({ viewport: { width: 390, height: 400 } });
		await page.goto(sites.servers['/'].url('search/?q=Putin'));
		await waitForResults(page);
		const last = page.locator('#search-results a').last();
		await last.evaluate((el) => el.scrollIntoView({ block: 'end' }));
		const before = await page.evaluate(() => Math.round(scrollY));
		assert.ok(before > 200, `scrolled to ${before}`);
		await last.click();
		await page.waitForURL(/\/articles\/.*highlight=putin/);
		await page.waitForSelector('[data-pagefind-body] mark');
		const markTop = await page.locator('[data-pagefind-body] mark').first().evaluate((el) => el.getBoundingClientRect().top);
		assert.ok(markTop >= 0 && markTop < 400, `the first mark is on screen (y=${Math.round(markTop)})`);
		await page.goBack();
		await waitForResults(page);
		await page.waitForFunction((y) => Math.abs(scrollY - y) < 5, before, { timeout: 5_000 });
		await page.close();
	});

	test('without JavaScript it says so and links to the browse pages', async () => {
		const context = await sites.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(sites.servers['/'].url('search/'));
		assert.ok(await page.locator('#no-js-note').isVisible());
		assert.match((await page.locator('#no-js-note').textContent()) ?? '', /needs JavaScript/);
		assert.equal(await page.locator('#no-js-note a[href="/timeline/"]').count(), 1);
		assert.ok(!(await page.locator('#search-app').isVisible()));
		await context.close();
	});

	test('an index that cannot load is said so, not waited for (its shard list missing)', async () => {
		const context = await sites.browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.route('**/pagefind/shards.json', (route) => route.fulfill({ status: 404, body: '' }));
		await page.goto(sites.servers['/archive/'].url('search/?q=Hollande'));
		await page.waitForFunction(() => /^Search could not start: the \w+ index could not load \(pagefind\/shards\.json: HTTP 404\)/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
		await context.close();
	});

	for (const params of ['', 'q=Hollande', 'q=Holande']) {
		test(`axe-core: no violation (${params || 'no query'})`, async () => {
			const page = await sites.browser.newPage();
			await page.goto(sites.servers['/'].url(`search/?${params}`));
			if (params) await waitForResults(page);
			else await page.waitForFunction(() => !document.getElementById('search-app')?.hidden);
			await page.evaluate(axe.source); // Through the DevTools protocol: the page's CSP (rightly) forbids an injected script tag.
			const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
			assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
			await page.close();
		});
	}
});

