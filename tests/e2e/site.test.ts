/**
 * The built archive as a reader meets it: real `astro build`s of the seeds
 * (at the root and under /archive/), served on loopback, read in Chromium.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { markdownBlocks } from '../../scripts/ingest/markdown.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, cleanUp, ROOT } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const TIMELINE_ORDER = ['2011-09-05', '2015-11-17', '2015-11-26', '2015-11-27', '2015-12-02'];
const EN_ARTICLE = 'articles/2015-11-17-kremlin-putin-orders-setting-up-contact-with-french-navy-after/';
const ID_ARTICLE = 'articles/2015-11-26-putin-dan-hollande-kita-akan-bertindak-bersama/';

let rootBuild: string;
let archiveBuild: string;
let browser: Browser;
let server: StaticServer;

before(async () => {
	rootBuild = await buildSite({ base: '/' });
	archiveBuild = await buildSite({ base: '/archive/', site: 'https://example.org' });
	browser = await launchBrowser();
	server = await serveStatic(rootBuild, '/');
});
after(async () => {
	await browser?.close();
	await server?.close();
	await cleanUp();
});

/** A page that records console errors, dialogs and any request to another host (which it blocks). */
async function openPage(origin: string, colorScheme: 'light' | 'dark' = 'light') {
	const context = await browser.newContext({ colorScheme });
	const problems: string[] = [];
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== origin) {
			problems.push(`request to another host: ${url.href}`);
			return route.abort();
		}
		return route.continue();
	});
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return { page, problems, close: () => context.close() };
}

async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(axe.source); // Through the DevTools protocol: the page's CSP (rightly) forbids an injected script tag.
	const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('a reader in Chromium', () => {
	test('front page -> article -> timeline -> back -> browse page, with no errors and no other host', async () => {
		const { page, problems, close } = await openPage(server.origin);
		await page.goto(server.url());
		assert.equal(await page.locator('h1').textContent(), 'Wire Record');
		assert.match((await page.locator('.lede').textContent()) ?? '', /5 articles/);

		await page.getByRole('link', { name: 'Putin dan Hollande: kita akan bertindak bersama' }).first().click();
		await page.waitForURL(`**/${ID_ARTICLE}`);
		assert.equal(await page.locator('html').getAttribute('lang'), 'id');
		assert.equal(await page.locator('h1').textContent(), 'Putin dan Hollande: kita akan bertindak bersama');
		assert.equal(await page.locator('article time').first().getAttribute('datetime'), '2015-11-26');
		// Provenance stays out of the story's way: one line at the top leads to the basis in the facts box, in English.
		assert.equal(await page.locator('.date-basis').textContent(), 'Date set by an editor: why?');
		assert.equal(await page.locator('.date-basis a').getAttribute('href'), '#date-basis');
		assert.match((await page.locator('#date-basis').textContent()) ?? '', /26 November 2015 \(editor\): The article reports the Putin-Hollande talks/);
		assert.equal(await page.locator('#date-basis').evaluate((el) => el.closest('[lang]')!.getAttribute('lang')), 'en');

		await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Timeline' }).click();
		await page.waitForURL('**/timeline/');
		// The overview: each year's twelve months, the months with articles as links with their counts.
		assert.deepEqual(await page.locator('.timeline-year h2 a').allTextContents(), ['2011', '2015']);
		assert.equal(await page.locator('.month-bars li').count(), 24);
		assert.deepEqual(await page.locator('.month-bars a').evaluateAll((els) => els.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())), [
			'Sep 2011, articles: 1',
			'Nov 2015, articles: 3',
			'Dec 2015, articles: 1',
		]);
		// A year: its months with a calendar; a day leads to its articles on the month's page.
		await page.locator('.timeline-year h2 a', { hasText: '2015' }).click();
		await page.waitForURL('**/timeline/2015/');
		assert.deepEqual(await page.locator('.month-grid h2 a').allTextContents(), ['November 2015', 'December 2015']);
		await page.getByRole('link', { name: '26 November 2015, articles: 1' }).click();
		await page.waitForURL('**/timeline/2015/11/#d2015-11-26');
		assert.equal(await page.locator('h1').textContent(), 'November 2015');
		const dates = await page.locator('.article-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
		assert.deepEqual(dates, TIMELINE_ORDER.filter((d) => d.startsWith('2015-11')));
		assert.equal(await page.locator('a[rel="prev"]').textContent(), '← September 2011');
		await page.locator('a[rel="next"]').click();
		await page.waitForURL('**/timeline/2015/12/');
		assert.equal(await page.locator('.article-list time').getAttribute('datetime'), '2015-12-02');

		await page.goBack();
		await page.goBack();
		await page.goBack();
		await page.goBack();
		await page.waitForURL(`**/${ID_ARTICLE}`);
		await page.getByRole('link', { name: 'RIA Novosti' }).first().click();
		await page.waitForURL('**/agencies/ria-novosti/');
		assert.equal(await page.locator('h1').textContent(), 'RIA Novosti');
		assert.equal(await page.locator('.article-list li').count(), 1);

		assert.deepEqual(problems, []);
		await close();
	});

	test('an article: headings anchored, "in this article", neighbours, provenance, cite', async () => {
		const { page, problems, close } = await openPage(server.origin);
		await page.goto(server.url(EN_ARTICLE));
		const tocTargets = await page.locator('.toc a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
		assert.equal(tocTargets.length, 3);
		for (const target of tocTargets) assert.equal(await page.locator(`.article-body h2${target}`).count(), 1, `${target} exists`);
		assert.match((await page.locator('a[rel="prev"]').textContent()) ?? '', /Russian, French ministers/);
		assert.match((await page.locator('a[rel="next"]').textContent()) ?? '', /Putin dan Hollande/);
		const sourceHref = await page.getByRole('link', { name: 'raw bytes' }).getAttribute('href');
		const response = await page.request.get(new URL(sourceHref!, page.url()).href);
		const raw = await readFile(path.join(ROOT, 'content/sources/000_77eab4664a4e4667.txt'));
		assert.deepEqual(Buffer.from(await response.body()), raw, 'the raw source is served exactly as received');
		const sha = createHash('sha256').update(raw).digest('hex');
		assert.equal(await page.locator('.hash').textContent(), sha);
		// Citations: three styles with copy buttons, BibTeX and RIS downloads, Highwire tags for reference managers.
		assert.match((await page.locator('#cite-apa').textContent()) ?? '', /^ITAR-TASS\. \(2015, November 17\)\. Kremlin: Putin orders setting up contact with French Navy after conversation with Hollande\. Equipo Nizkor\. Wire Record\. http/);
		assert.match((await page.locator('#cite-mla').textContent()) ?? '', /Equipo Nizkor, 17 Nov\. 2015\. Wire Record, /);
		assert.match((await page.locator('#cite-chicago').textContent()) ?? '', /Equipo Nizkor, November 17, 2015\. Wire Record\. /);
		assert.equal(await page.locator('meta[name="citation_title"]').getAttribute('content'), 'Kremlin: Putin orders setting up contact with French Navy after conversation with Hollande');
		assert.equal(await page.locator('meta[name="citation_publication_date"]').getAttribute('content'), '2015/11/17');
		const bib = await page.request.get(new URL(await page.getByRole('link', { name: 'BibTeX', exact: true }).getAttribute('href') ?? '', page.url()).href);
		assert.match(await bib.text(), /^@article\{2015-11-17-kremlin-putin-orders-setting-up-contact-with-french-navy-after,\n {2}author = \{\{ITAR-TASS\}\},/);
		const ris = await page.request.get(new URL(await page.getByRole('link', { name: 'RIS', exact: true }).getAttribute('href') ?? '', page.url()).href);
		assert.match(await ris.text(), /^TY {2}- NEWS\r\nAU {2}- ITAR-TASS\r\n/);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.getByRole('button', { name: 'Copy the APA citation' }).click();
		assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#cite-apa').textContent());
		const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) => els.map((el) => el.getAttribute('src')));
		assert.deepEqual(scripts, ['/register.js', '/copy.js'], 'only the service-worker registration and the copy buttons');
		// The source viewer: the text as decoded, with its encoding, size and hash, whatever charset a server would send for the .txt.
		await page.getByRole('link', { name: '000_77eab4664a4e4667.txt' }).click();
		await page.waitForURL('**/sources/2015-11-17-kremlin-putin-orders-setting-up-contact-with-french-navy-after/');
		assert.equal(await page.locator('.source-text').textContent(), raw.toString('utf8').replace(/\r\n?/g, '\n'));
		assert.equal(await page.locator('.source-text').getAttribute('lang'), 'en');
		assert.match((await page.locator('.source-facts').textContent()) ?? '', new RegExp(`utf-8.*${raw.length.toLocaleString('en-GB')} bytes.*${sha}`, 's'));
		assert.deepEqual(problems, []);
		await close();
	});

	test('every article shows its entry body exactly: same paragraphs, headings and quote marks', async () => {
		const page = await browser.newPage();
		const dir = path.join(ROOT, 'content/articles');
		for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md'))) {
			const markdown = (await readFile(path.join(dir, name), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
			await page.goto(server.url(`articles/${name.replace(/\.md$/, '')}/`));
			const shown = await page.locator('.article-body > *').evaluateAll((els) => els.map((el) => ({ type: el.tagName === 'H2' ? 'heading' : 'paragraph', text: el.textContent })));
			assert.deepEqual(shown, markdownBlocks(markdown), name);
		}
		await page.close();
	});

	test('on a phone (390 x 844): the story starts on the first screen, and every link and button is a tap target of 24 px or more (44 px in the main navigation)', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		// The Indonesian article (short headline, date set by an editor) opens within the top half; the English one
		// (five-line headline, six-line standfirst) still on the first screen.
		for (const [route, limit] of [[ID_ARTICLE, 844 / 2], [EN_ARTICLE, 844 - 60]] as const) {
			await page.goto(server.url(route));
			const top = await page.locator('.article-body p').first().evaluate((el) => el.getBoundingClientRect().top);
			assert.ok(top < limit, `${route}: first paragraph at y=${Math.round(top)}`);
		}
		for (const route of ['', ID_ARTICLE, 'timeline/', 'timeline/2015/11/', 'agencies/']) {
			await page.goto(server.url(route));
			const small = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('a[href], button, input, select')]
					.filter((el) => el.offsetParent !== null && !el.closest('p, li.inline, dd, .article-body, .excerpt, .cite'))
					.map((el) => ({ el, box: el.getBoundingClientRect(), nav: el.closest('nav[aria-label="Site"]') !== null }))
					.filter(({ box, nav }) => box.height < (nav ? 44 : 24) || box.width < 24)
					.map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`),
			);
			assert.deepEqual(small, [], route || 'front page');
		}
		await context.close();
	});

	test('on a wide screen, list pages use it: a side column with the facet\'s values and the years beside the list', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(server.url('agencies/itar-tass/'));
		const main = await page.locator('main').boundingBox();
		const side = await page.getByRole('complementary', { name: 'Browse' }).boundingBox();
		assert.ok(main && side && side.x >= main.x + main.width && side.y < main.y + 200, 'the side column stands beside the list');
		// The list keeps the measure every page has (reader-layout.test.ts); the side column takes the rest of the frame.
		assert.ok(side!.x + side!.width - main!.x > 900, `the page uses the screen (${Math.round(side!.x + side!.width - main!.x)} px)`);
		assert.equal(await page.locator('.side a[aria-current="page"]').textContent(), 'ITAR-TASS');
		assert.deepEqual(await page.locator('.side section:last-child a').allTextContents(), ['2011', '2015']);
		// A month's page: the year's months and the years beside it.
		await page.goto(server.url('timeline/2015/11/'));
		assert.deepEqual(await page.locator('.side section:first-child a').allTextContents(), ['Nov 2015', 'Dec 2015']);
		assert.equal(await page.locator('.side section:first-child a[aria-current="page"]').textContent(), 'Nov 2015');
		// A year's page: the years, the agencies and the languages beside its months.
		await page.goto(server.url('timeline/2015/'));
		assert.deepEqual(await page.locator('.side h2').allTextContents(), ['Years', 'Agencies', 'Languages']);
		assert.equal(await page.locator('.side a[aria-current="page"]').textContent(), '2015');
		const grid = await page.locator('.month-grid').boundingBox();
		const column = await page.getByRole('complementary', { name: 'Browse' }).boundingBox();
		assert.ok(grid && column && column.x >= grid.x + grid.width, 'the side column stands beside the months');
		// Headlines in lists look like links, pointed at or not (phones have no hover: reader-layout.test.ts).
		const headline = page.locator('.article-list a').first();
		await page.goto(server.url('timeline/2015/11/'));
		assert.equal(await headline.evaluate((a) => getComputedStyle(a).textDecorationLine), 'underline');
		await headline.hover();
		assert.equal(await headline.evaluate((a) => getComputedStyle(a).textDecorationLine), 'underline');
		await context.close();
	});

	test('every page reads without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(server.url(EN_ARTICLE));
		assert.match((await page.locator('.article-body').textContent()) ?? '', /Lukashevich/);
		await context.close();
	});
});

describe('accessibility: axe-core finds no violation, at / and /archive/, light and dark, phone and desktop', () => {
	const pages = ['', EN_ARTICLE, ID_ARTICLE, `sources/${ID_ARTICLE.split('/')[1]}/`, 'timeline/', 'timeline/2015/', 'timeline/2015/11/', 'agencies/', 'agencies/itar-tass/', 'languages/id/', 'names/', 'places/turkey/', `stories/${ID_ARTICLE.split('/')[1]}/`, 'offline/', 'about/', 'no-such-page/'];
	let archive: StaticServer;
	before(async () => (archive = await serveStatic(archiveBuild, '/archive/')));
	after(() => archive?.close());
	for (const base of ['/', '/archive/']) {
		for (const scheme of ['light', 'dark'] as const) {
			for (const [device, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]] as const) {
				test(`${base} ${scheme} ${device}: every kind of page`, async () => {
					const where = base === '/' ? server : archive;
					const { page, close } = await openPage(where.origin, scheme);
					await page.setViewportSize(viewport);
					const found: string[] = [];
					for (const route of pages) {
						await page.goto(where.url(route));
						for (const violation of await axeViolations(page)) found.push(`/${route}: ${violation}`);
					}
					assert.deepEqual(found, []);
					await close();
				});
			}
		}
	}
});

