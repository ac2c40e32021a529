/**
 * Issue 19's reading problems 3, 6, 7 and 9, as a reader meets them in Chromium, on real builds of the seeds:
 * search (a spelling suggestion, highlighting, snippets, two names), a build without a site URL (no localhost
 * anywhere, nothing relative where an absolute address belongs), the site's wording, and the raw text's
 * leftovers (a photo's credit, the source viewer).
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, cleanUp, ROOT, tempDir } from '../support/build.ts';
import { resultSources, waitForResults } from '../support/seeds.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { listFiles } from '../../src/lib/list-files.ts';

const EN_ARTICLE = 'articles/2015-11-17-kremlin-putin-orders-setting-up-contact-with-french-navy-after/';
const ID_ARTICLE = 'articles/2015-11-26-putin-dan-hollande-kita-akan-bertindak-bersama/';
const ID_SOURCE = `sources/${ID_ARTICLE.split('/')[1]}/`;
const EN_SOURCE = `sources/${EN_ARTICLE.split('/')[1]}/`;
const STORY = `stories/${ID_ARTICLE.split('/')[1]}/`;

type Base = '/' | '/archive/';
/** Without a site URL (as the README's quick start builds), at / and under /archive/ (three search shards). */
const plain = {} as Record<Base, { dir: string; server: StaticServer; output: string }>;
/** SITE_URL set, under /archive/. */
let withSite: string;
/** No SITE_URL, but a `url` in the archive's identity file. */
let fromConfig: { dir: string; output: string; error?: Error };
let browser: Browser;

before(async () => {
	for (const base of ['/', '/archive/'] as const) {
		let output = '';
		const dir = await buildSite({ base, ...(base === '/archive/' ? { shardPages: 2 } : {}), onOutput: (text) => (output = text) });
		plain[base] = { dir, server: await serveStatic(dir, base), output };
	}
	withSite = await buildSite({ base: '/archive/', site: 'https://example.org' });
	const config = path.join(await tempDir('archive-config-'), 'archive.yaml');
	await writeFile(config, `${await readFile(path.join(ROOT, 'content/archive.yaml'), 'utf8')}url: https://news.example.net/\n`);
	fromConfig = { dir: '', output: '' };
	// Held, not thrown: a build that refuses the file fails the tests that read it, not all of them.
	await buildSite({ base: '/', config, onOutput: (text) => (fromConfig.output = text) }).then((dir) => (fromConfig.dir = dir), (error: Error) => (fromConfig.error = error));
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
	for (const site of Object.values(plain)) await site.server.close();
	await cleanUp();
});

async function open(base: Base, route: string, options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {}) {
	const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(plain[base].server.url(route));
	return { page, errors, close: () => context.close() };
}

const bodyText = (page: Page) => page.locator('body').innerText();

describe('3. search: a spelling suggestion, highlighting, snippets, two names', () => {
	for (const base of ['/', '/archive/'] as const) {
		test(`"Putn" offers "Did you mean Putin?", and the suggestion finds Putin's four articles (BASE_PATH=${base})`, async () => {
			const { page, errors, close } = await open(base, 'search/?q=Putn');
			await waitForResults(page);
			const line = page.locator('.search-suggestion');
			assert.ok(await line.isVisible(), `no suggestion; status: ${await page.locator('#search-status').textContent()}`);
			assert.equal(await line.textContent(), 'Did you mean Putin?');
			await line.getByRole('link', { name: 'Putin' }).click();
			await page.waitForFunction(() => /^4 results for “Putin”/.test(document.getElementById('search-status')?.textContent ?? ''));
			assert.deepEqual((await resultSources(page)).sort(), ['000', '001', '002', '003']);
			assert.ok(!(await line.isVisible()), 'no suggestion for a word the archive has');
			assert.deepEqual(errors, []);
			await close();
		});

		test(`"Hollande Putin" finds the articles naming both, and offers both people's pages (BASE_PATH=${base})`, async () => {
			const { page, close } = await open(base, 'search/?q=Hollande+Putin');
			await waitForResults(page);
			assert.deepEqual((await resultSources(page)).sort(), ['000', '001', '003']);
			const offered = await page.locator('.entity-offer a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			assert.deepEqual(offered.sort(), [`${base}people/francois-hollande/`, `${base}people/vladimir-putin/`]);
			await close();
		});
	}

	test('snippets: whole sentences or an ellipsis, not the headline again, the highlight on the word and not its punctuation', async () => {
		const problems: string[] = [];
		for (const query of ['Hollande', 'Putin', 'Lukashevich', 'koalisi', 'Belgrade']) {
			const { page, close } = await open('/', `search/?q=${query}`);
			await waitForResults(page);
			const results = await page.locator('#search-results li').evaluateAll((items) =>
				items.map((li) => ({
					title: li.querySelector('h2')!.textContent!,
					excerpt: li.querySelector('.excerpt')!.textContent!,
					marks: [...li.querySelectorAll('.excerpt mark')].map((m) => m.textContent!),
				})),
			);
			assert.ok(results.length > 0, query);
			for (const { title, excerpt, marks } of results) {
				const where = `${query} / ${title}: “${excerpt}”`;
				const opening = title.split(/\s+/).slice(0, 4).join(' ');
				if (excerpt.includes(opening)) problems.push(`${where}: repeats the headline`);
				if (!/^(…|[\p{Lu}\p{N}"“‘(«])/u.test(excerpt)) problems.push(`${where}: starts mid-sentence with no ellipsis`);
				if (!/([.!?]["”’»)]*|…)$/u.test(excerpt)) problems.push(`${where}: ends mid-sentence with no ellipsis`);
				if (marks.length === 0) problems.push(`${where}: nothing marked`);
				for (const mark of marks) if (!/^[\p{L}\p{N}](.*[\p{L}\p{N}])?$/u.test(mark)) problems.push(`${where}: the mark “${mark}” takes in punctuation`);
			}
			await close();
		}
		assert.deepEqual(problems, []);
	});

	test('a result opens the article with the searched words marked, at a marked word of the story, not only the headline\'s (on a phone)', async () => {
		// "terrorism" is in the headline and far down the story: the page opened at its top, the story's marks off screen.
		const { page, close } = await open('/', 'search/?q=terrorism', { viewport: { width: 390, height: 844 } });
		await waitForResults(page);
		await page.getByRole('link', { name: 'Russia calls for coordination of anti-terrorist missions' }).click();
		await page.waitForURL(/\/articles\/.*highlight=terror/);
		await page.waitForSelector('.article-body mark');
		const marked = await page.locator('[data-pagefind-body] mark').allTextContents();
		assert.ok(marked.length >= 2 && marked.every((word) => /terror/i.test(word)), marked.join(','));
		await page.waitForTimeout(300);
		const onScreen = await page.locator('.article-body mark').evaluateAll((marks) => marks.some((m) => {
			const box = m.getBoundingClientRect();
			return box.top >= 0 && box.bottom <= innerHeight;
		}));
		assert.ok(onScreen, `no marked word of the story on screen (scrolled to ${await page.evaluate(() => scrollY)})`);
		await close();
	});
});

describe('6. a build without a site URL publishes no localhost address and nothing relative where an absolute one belongs', () => {
	const TEXT = /\.(html|xml|txt|json|js|bib|ris|webmanifest)$/;

	for (const base of ['/', '/archive/'] as const) {
		test(`no built file holds a localhost address; no feed or sitemap without absolute links; robots.txt names no sitemap (BASE_PATH=${base})`, async () => {
			const { dir } = plain[base];
			const files = await listFiles(dir);
			const local: string[] = [];
			for (const file of files.filter((f) => TEXT.test(f))) if (/localhost|127\.0\.0\.1/.test(await readFile(path.join(dir, file), 'utf8'))) local.push(file);
			assert.deepEqual(local, []);
			assert.deepEqual(files.filter((f) => /(^|\/)(feed|sitemap)\.xml$/.test(f)), [], 'feeds and the sitemap need absolute links');
			assert.doesNotMatch(await readFile(path.join(dir, 'robots.txt'), 'utf8'), /Sitemap:/);
			const home = await readFile(path.join(dir, 'index.html'), 'utf8');
			assert.doesNotMatch(home, /feed\.xml/, 'no link to a feed that is not there');
		});
	}

	test('the build says once that it has no site URL, and what it leaves out', () => {
		for (const base of ['/', '/archive/'] as const) {
			const lines = plain[base].output.split('\n').filter((line) => /site url|SITE_URL/i.test(line));
			assert.equal(lines.length, 1, lines.join('\n'));
			assert.match(lines[0]!, /feed/);
			assert.match(lines[0]!, /archive\.yaml/);
		}
		assert.equal(fromConfig.error, undefined);
		assert.doesNotMatch(fromConfig.output, /site url|SITE_URL/i, 'a url in archive.yaml is a site URL');
	});

	test('citations, RIS, citation tags and canonical: no relative address in their text, a canonical path; the page\'s own address added where the reader has one', async () => {
		const { page, close } = await open('/', EN_ARTICLE, { javaScriptEnabled: false });
		for (const style of ['apa', 'mla', 'chicago']) assert.doesNotMatch((await page.locator(`#cite-${style}`).textContent()) ?? '', /\/articles\//, style);
		assert.equal(await page.locator('meta[name="citation_public_url"]').count(), 0);
		assert.equal(await page.locator('meta[property="og:url"]').count(), 0);
		assert.equal(await page.locator('link[rel="canonical"]').getAttribute('href'), `/${EN_ARTICLE}`);
		const ris = await readFile(path.join(plain['/'].dir, EN_ARTICLE, 'cite.ris'), 'utf8');
		assert.doesNotMatch(ris, /^UR {2}-/m);
		assert.doesNotMatch(await readFile(path.join(plain['/'].dir, EN_ARTICLE, 'cite.bib'), 'utf8'), /url = /);
		await close();
		// With JavaScript the citations carry the address the reader has the page at.
		const live = await open('/archive/', EN_ARTICLE);
		await live.page.waitForFunction(() => /https?:\/\//.test(document.getElementById('cite-apa')?.textContent ?? ''));
		assert.match((await live.page.locator('#cite-apa').textContent()) ?? '', new RegExp(`Wire Record\\. ${plain['/archive/'].server.url(EN_ARTICLE).replace(/[.?]/g, '\\$&')}$`));
		assert.match((await live.page.locator('#cite-mla').textContent()) ?? '', new RegExp(`Wire Record, 127\\.0\\.0\\.1:\\d+/archive/${EN_ARTICLE}\\.$`));
		await live.close();
	});

	test('with SITE_URL: canonical and citations absolute under the base on every kind of page', async () => {
		const origin = 'https://example.org/archive/';
		for (const route of ['', EN_ARTICLE, 'timeline/', 'timeline/2015/11/', 'agencies/xinhua/', 'search/', EN_SOURCE, STORY]) {
			const html = await readFile(path.join(withSite, route, 'index.html'), 'utf8');
			assert.ok(html.includes(`<link rel="canonical" href="${origin}${route}">`), route || 'home');
		}
		const article = await readFile(path.join(withSite, EN_ARTICLE, 'index.html'), 'utf8');
		assert.ok(article.includes(`<meta name="citation_public_url" content="${origin}${EN_ARTICLE}">`));
		assert.match(article, new RegExp(`id="cite-apa"[^>]*>[^<]*Wire Record\\. ${origin}${EN_ARTICLE}<`));
		assert.match(await readFile(path.join(withSite, EN_ARTICLE, 'cite.ris'), 'utf8'), new RegExp(`^UR {2}- ${origin}${EN_ARTICLE}\\r$`, 'm'));
		assert.match(await readFile(path.join(withSite, 'robots.txt'), 'utf8'), /^Sitemap: https:\/\/example\.org\/archive\/sitemap\.xml$/m);
	});

	test('a url in content/archive.yaml is the site URL: feed, sitemap, canonical and citations use it', async () => {
		assert.equal(fromConfig.error, undefined);
		const origin = 'https://news.example.net/';
		const feed = await readFile(path.join(fromConfig.dir, 'feed.xml'), 'utf8');
		const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
		assert.equal(links.length, 6);
		assert.ok(links.every((l) => l.startsWith(origin)), links.join(' '));
		assert.match(await readFile(path.join(fromConfig.dir, 'sitemap.xml'), 'utf8'), /<loc>https:\/\/news\.example\.net\/articles\//);
		const article = await readFile(path.join(fromConfig.dir, EN_ARTICLE, 'index.html'), 'utf8');
		assert.ok(article.includes(`<link rel="canonical" href="${origin}${EN_ARTICLE}">`));
		assert.match(await readFile(path.join(fromConfig.dir, EN_ARTICLE, 'cite.ris'), 'utf8'), new RegExp(`^UR {2}- ${origin}${EN_ARTICLE}\\r$`, 'm'));
	});
});

describe('7. wording', () => {
	test('"(date from an editor)" reads as the date\'s own note, in the colour of the line it is on, not an error\'s', async () => {
		for (const scheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ colorScheme: scheme });
			const page = await context.newPage();
			for (const route of ['timeline/2015/11/', ID_ARTICLE]) {
				await page.goto(plain['/'].server.url(route));
				const mark = page.locator('.date-mark').first();
				assert.match((await mark.textContent()) ?? '', /date from an editor/);
				const colours = await mark.evaluate((el) => ({ mark: getComputedStyle(el).color, line: getComputedStyle(el.parentElement!).color }));
				assert.equal(colours.mark, colours.line, `${scheme} ${route}`);
			}
			await context.close();
		}
	});

	test('what is unknown is left out of "About this copy", not said as "None" or "Not shown in the copy"', async () => {
		const { page, close } = await open('/', ID_ARTICLE);
		const terms = await page.locator('.article-facts dt').allTextContents();
		assert.ok(!terms.includes('Dateline'), terms.join(', '));
		assert.ok(!terms.includes('Published by'), terms.join(', '));
		const text = await bodyText(page);
		assert.doesNotMatch(text, /\bNone\b|Not shown in the copy/);
		await close();
		// Known, they are said.
		const en = await open('/', EN_ARTICLE);
		assert.deepEqual(await en.page.locator('.article-facts dl').first().locator('dt').allTextContents().then((t) => t.filter((x) => ['Published by', 'Dateline'].includes(x))), ['Published by', 'Dateline']);
		await en.close();
	});

	test('no words run together: "naming François Hollande", "2015: English"', async () => {
		const problems: string[] = [];
		for (const route of [STORY, 'people/francois-hollande/', 'places/russia/', 'organizations/osce/', 'timeline/2015/11/', 'agencies/xinhua/', 'names/', 'languages/id/']) {
			const { page, close } = await open('/', route);
			const text = await page.locator('main').innerText();
			for (const m of text.matchAll(/.{0,20}(\p{Ll}\p{Lu}|\d:\p{L}|,\p{L}).{0,20}/gu)) problems.push(`/${route}: “${m[0]}”`);
			await close();
		}
		assert.deepEqual(problems, []);
		const story = await open('/', STORY);
		assert.match(await story.page.locator('main').innerText(), /naming François Hollande/);
		await story.close();
	});

	test('a story is titled by a headline, not a list of names', async () => {
		const { page, close } = await open('/', STORY);
		const h1 = (await page.locator('h1').textContent()) ?? '';
		const headlines = await page.locator('.article-list > li > a').allTextContents();
		assert.ok(headlines.some((headline) => h1 === `Story: ${headline}`), `“${h1}” is not one of its headlines (${headlines.join(' | ')})`);
		await page.goto(plain['/'].server.url(ID_ARTICLE));
		const story = (await page.locator('.story a').textContent()) ?? '';
		assert.ok(headlines.includes(story), `the article names its story “${story}”`);
		await close();
	});
});

describe('9. leftovers of the raw text', () => {
	test('the credit of a photo the page does not show is not on the page (it is on the source viewer, marked as left out)', async () => {
		const { page, close } = await open('/', ID_ARTICLE);
		assert.doesNotMatch(await bodyText(page), /Foto yang digunakan|Klimentiev/);
		await page.goto(plain['/'].server.url(ID_SOURCE));
		const line = page.locator('.source-text > [id^="L"]', { hasText: 'Foto yang digunakan' });
		assert.equal(await line.evaluate((el) => el.tagName), 'DEL');
		await close();
	});

	test('the source viewer: titled by the article, every line numbered, the lines the cleaning left out marked', async () => {
		const { page, close } = await open('/', EN_SOURCE);
		const title = 'Kremlin: Putin orders setting up contact with French Navy after conversation with Hollande';
		assert.equal(await page.locator('h1').textContent(), `Source of “${title}”`);
		assert.equal(await page.locator('h1 [lang]').getAttribute('lang'), 'en');
		const raw = (await readFile(path.join(ROOT, 'content/sources/000_77eab4664a4e4667.txt'), 'utf8')).replace(/\r\n?/g, '\n');
		const lines = raw.replace(/\n$/, '').split('\n');
		// The text is still exactly the source's (the numbers are not part of it), each line numbered and linkable.
		assert.equal(await page.locator('.source-text').textContent(), raw);
		const numbered = await page.locator('.source-text > *').evaluateAll((els) => els.map((el) => el.id));
		assert.deepEqual(numbered, lines.map((_, i) => `L${i + 1}`));
		const number = await page.locator('#L7').evaluate((el) => getComputedStyle(el, '::before').content);
		assert.match(number, /counter\(line\)/);
		// #L12 opens the page at line 12.
		await page.goto(plain['/'].server.url(`${EN_SOURCE}#L12`));
		assert.ok(await page.locator('#L12').evaluate((el) => { const box = el.getBoundingClientRect(); return box.top > -1 && box.top < innerHeight; })); // (a fraction of a pixel above the top is at the top)
		// Left out: the site's menu; kept: the headline and the story's paragraphs.
		const kind = (text: string) => page.locator('.source-text > *', { hasText: text }).first().evaluate((el) => el.tagName);
		assert.equal(await kind('Bookshop | Donate'), 'DEL');
		assert.equal(await kind('Russian President Vladimir Putin has ordered Russian sailors'), 'SPAN');
		assert.equal(await kind(title), 'SPAN');
		assert.match((await page.locator('.source-summary').textContent()) ?? '', /^\d+ of \d+ lines with text are in the cleaned article/);
		await close();
	});
});
