/**
 * What archive readers expect (issue 19): "on this day" on the front page, paragraph
 * anchors and a copy-link button for quoting, and a story's articles in other
 * languages. Real builds of the seeds at / (no site URL) and under /archive/ (with
 * one), served on loopback, read in Chromium.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import axe from 'axe-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, cleanUp } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const EN_ARTICLE = 'articles/2015-11-17-kremlin-putin-orders-setting-up-contact-with-french-navy-after/';
const ID_ARTICLE = 'articles/2015-11-26-putin-dan-hollande-kita-akan-bertindak-bersama/';
const EN_STORY_ARTICLE = 'articles/2015-11-27-russia-ready-to-work-with-france-in-fight-against-terrorism-putin/';
const OLD_ARTICLE = 'articles/2011-09-05-russian-french-ministers-to-discuss-libya-syria-missile-defence-eu/';
const ID_TITLE = 'Putin dan Hollande: kita akan bertindak bersama';
const EN_STORY_TITLE = 'Russia ready to work with France in fight against terrorism: Putin';
const SITE = 'https://example.org';

let browser: Browser;
const builds = {} as Record<'/' | '/archive/', string>;
const servers = {} as Record<'/' | '/archive/', StaticServer>;

before(async () => {
	builds['/'] = await buildSite({ base: '/' });
	builds['/archive/'] = await buildSite({ base: '/archive/', site: SITE });
	for (const base of ['/', '/archive/'] as const) servers[base] = await serveStatic(builds[base], base);
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
	for (const server of Object.values(servers)) await server.close();
	await cleanUp();
});

/** A page that records console errors and page errors; `now` fixes the reader's clock. */
async function open(server: StaticServer, options: BrowserContextOptions & { now?: string } = {}) {
	const { now, ...contextOptions } = options;
	const context = await browser.newContext(contextOptions);
	const problems: string[] = [];
	const page = await context.newPage();
	page.setDefaultTimeout(5000);
	if (now) await page.clock.setFixedTime(new Date(now));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return { page, problems, context, close: () => context.close() };
}

async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(axe.source);
	const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const onThisDay = (page: Page) => page.getByRole('region', { name: 'On this day' });

describe('on this day, on the front page', () => {
	test('the reader\'s day in earlier years: 26 November 2026 shows the article of 26 November 2015, eleven years ago', async () => {
		const { page, problems, close } = await open(servers['/'], { now: '2026-11-26T12:00:00Z', timezoneId: 'Europe/London' });
		await page.goto(servers['/'].url());
		const section = onThisDay(page);
		await section.getByRole('link', { name: ID_TITLE }).waitFor();
		assert.match((await section.textContent()) ?? '', /26 November in earlier years/);
		assert.deepEqual(await section.locator('li').evaluateAll((els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim())), [
			`${ID_TITLE} 26 November 2015 · 11 years ago · RIA Novosti · Indonesian`,
		]);
		assert.equal(await section.getByRole('link', { name: ID_TITLE }).getAttribute('lang'), 'id');
		await section.getByRole('link', { name: ID_TITLE }).click();
		await page.waitForURL(`**/${ID_ARTICLE}`);
		assert.deepEqual(problems, []);
		await close();
	});

	test('the day is the one the reader\'s browser says: the same moment is 26 November in Jakarta and 25 November in New York', async () => {
		const moment = '2026-11-25T20:00:00Z';
		const jakarta = await open(servers['/'], { now: moment, timezoneId: 'Asia/Jakarta' });
		await jakarta.page.goto(servers['/'].url());
		await onThisDay(jakarta.page).getByRole('link', { name: ID_TITLE }).waitFor();
		await jakarta.close();
		// Nothing on 25 November in any year: the nearest day that has articles is offered, and said to be that.
		const newYork = await open(servers['/'], { now: moment, timezoneId: 'America/New_York' });
		await newYork.page.goto(servers['/'].url());
		const section = onThisDay(newYork.page);
		await section.getByRole('link', { name: ID_TITLE }).waitFor();
		assert.match((await section.textContent()) ?? '', /Nothing from 25 November in earlier years\. The nearest day with articles, 26 November:/);
		assert.deepEqual(newYork.problems, []);
		await newYork.close();
	});

	test('a day far from any article: the nearest one, on either side of the new year', async () => {
		const { page, problems, close } = await open(servers['/'], { now: '2027-01-10T09:00:00Z', timezoneId: 'UTC' });
		await page.goto(servers['/'].url());
		const section = onThisDay(page);
		await section.getByRole('link', { name: 'Russia calls for coordination of anti-terrorist missions' }).waitFor();
		assert.match((await section.textContent()) ?? '', /Nothing from 10 January in earlier years\. The nearest day with articles, 2 December:/);
		assert.match((await section.textContent()) ?? '', /2 December 2015 · 11 years ago/);
		assert.deepEqual(problems, []);
		await close();
	});

	test('without JavaScript: a sentence and the calendar, never a date the build happened to run on', async () => {
		const { page, close } = await open(servers['/'], { javaScriptEnabled: false });
		await page.goto(servers['/'].url());
		const section = onThisDay(page);
		assert.match((await section.textContent()) ?? '', /any day/i);
		await section.getByRole('link', { name: /calendar/ }).click();
		await page.waitForURL('**/timeline/');
		await close();
		// The front page holds no day of its own: the days with articles are in one small file each, the same in every build.
		const html = await readFile(path.join(builds['/'], 'index.html'), 'utf8');
		const today = new Date().toISOString().slice(0, 10);
		assert.ok(!html.includes(today), 'the build day is not on the page');
		assert.deepEqual((await readdir(path.join(builds['/'], 'on-this-day'))).sort(), ['09-05.json', '11-17.json', '11-26.json', '11-27.json', '12-02.json']);
		const day = JSON.parse(await readFile(path.join(builds['/'], 'on-this-day/11-26.json'), 'utf8'));
		assert.equal(day.years[0].articles[0].title, ID_TITLE);
	});

	test('under /archive/: the day\'s links stay under the base', async () => {
		const { page, problems, close } = await open(servers['/archive/'], { now: '2016-09-05T12:00:00Z', timezoneId: 'UTC' });
		await page.goto(servers['/archive/'].url());
		const link = onThisDay(page).getByRole('link', { name: /Russian, French ministers to discuss Libya/ });
		await link.waitFor();
		assert.match((await onThisDay(page).textContent()) ?? '', /5 September 2011 · 5 years ago/);
		assert.equal(await link.getAttribute('href'), `/archive/${OLD_ARTICLE}`);
		assert.deepEqual(problems, []);
		await close();
	});
});

describe('paragraph anchors and copy link, for quoting', () => {
	test('every body paragraph has a stable anchor, p1, p2, ..., that works with no JavaScript', async () => {
		const { page, close } = await open(servers['/'], { javaScriptEnabled: false, viewport: { width: 1280, height: 700 } });
		await page.goto(servers['/'].url(EN_ARTICLE));
		const paragraphs = page.locator('.article-body > p');
		const count = await paragraphs.count();
		assert.ok(count >= 5);
		// Each paragraph starts with its own link, whose id is the paragraph's anchor (the link's, so that the
		// search index does not keep the paragraph's text twice).
		const anchors = await paragraphs.evaluateAll((els) => els.map((el) => {
			const link = el.firstElementChild;
			return link?.matches('a.paragraph-link') ? `${link.id} ${link.getAttribute('href')}` : null;
		}));
		assert.deepEqual(anchors, Array.from({ length: count }, (_, i) => `p${i + 1} #p${i + 1}`));
		await page.goto(servers['/'].url(`${EN_ARTICLE}#p4`));
		const top = await page.locator('.article-body > p').nth(3).evaluate((el) => el.getBoundingClientRect().top);
		assert.ok(top >= 0 && top < 100, `paragraph 4 at the top of the window (y=${Math.round(top)})`);
		// The links add no words to the text a reader copies or a search indexes.
		assert.deepEqual(await paragraphs.evaluateAll((els) => els.map((el) => el.querySelector('a.paragraph-link')!.textContent)), anchors.map(() => ''));
		await close();
	});

	test('on a wide screen the paragraph\'s link shows on hover and on keyboard focus; on a phone it is always there and a tap target', async () => {
		const desktop = await open(servers['/'], { viewport: { width: 1280, height: 900 } });
		await desktop.page.goto(servers['/'].url(EN_ARTICLE));
		const link = desktop.page.locator('a.paragraph-link#p2');
		const shown = () => link.evaluate((a) => getComputedStyle(a).opacity !== '0' && getComputedStyle(a).visibility === 'visible');
		assert.equal(await shown(), false, 'hidden until wanted');
		await desktop.page.locator('.article-body > p').nth(1).hover();
		assert.equal(await shown(), true, 'shown on hover');
		await desktop.page.mouse.move(0, 0);
		await link.focus();
		assert.equal(await shown(), true, 'shown on focus');
		assert.equal(await link.getAttribute('aria-label'), 'Link to paragraph 2');
		// In the margin, on the screen, at any desktop width.
		for (const width of [1280, 800]) {
			await desktop.page.setViewportSize({ width, height: 900 });
			const box = (await link.boundingBox())!;
			const text = (await desktop.page.locator('.article-body > p').nth(1).boundingBox())!;
			assert.ok(box.x >= text.x + text.width && box.x + box.width <= width, `${width} px: the pilcrow at x=${Math.round(box.x)}, beside the text`);
		}
		await desktop.close();

		const phone = await open(servers['/'], { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		await phone.page.goto(servers['/'].url(EN_ARTICLE));
		const tap = phone.page.locator('a.paragraph-link#p2');
		assert.equal(await tap.evaluate((a) => getComputedStyle(a).opacity !== '0' && getComputedStyle(a).visibility === 'visible'), true);
		const box = (await tap.boundingBox())!;
		assert.ok(box.width >= 24 && box.height >= 24, `${box.width}x${box.height}`);
		assert.ok(box.x >= 0 && box.x + box.width <= 390, 'inside the screen');
		await phone.close();
	});

	for (const base of ['/', '/archive/'] as const) {
		test(`"Copy link" copies the article's permalink, a paragraph's link copies its own (${base})`, async () => {
			const server = servers[base];
			const { page, problems, context, close } = await open(server, { viewport: { width: 1280, height: 900 } });
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(server.url(ID_ARTICLE));
			// With a site URL the permalink is the site's; without one, the address the page is read at.
			const permalink = base === '/' ? server.url(ID_ARTICLE) : `${SITE}/archive/${ID_ARTICLE}`;
			await page.getByRole('button', { name: 'Copy link' }).click();
			assert.equal(await page.evaluate(() => navigator.clipboard.readText()), permalink);
			await page.locator('.article-body > p').first().hover();
			await page.locator('#p1').click();
			assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${permalink}#p1`);
			assert.equal(new URL(page.url()).hash, '#p1');
			await page.getByRole('status').filter({ hasText: 'Link to paragraph 1 copied' }).waitFor();
			assert.deepEqual(problems, []);
			await close();
		});
	}
});

describe('read this story in other languages', () => {
	test('an Indonesian article of a story with an English one links it, with the language named', async () => {
		const { page, close } = await open(servers['/']);
		await page.goto(servers['/'].url(ID_ARTICLE));
		// The header names the other languages in one line (the story still starts on a phone's first screen); the list follows the story.
		assert.equal((await page.locator('.article-header .also-in').textContent())?.trim(), 'This story also in English');
		assert.equal(await page.locator('.article-header .also-in a').getAttribute('href'), '#other-languages-en');
		const other = page.getByRole('navigation', { name: 'This story in other languages' });
		assert.equal(await other.locator('#other-languages-en').textContent(), 'English');
		assert.match((await other.textContent()) ?? '', /English/);
		const link = other.getByRole('link', { name: EN_STORY_TITLE });
		assert.equal(await link.getAttribute('lang'), 'en');
		assert.equal(await link.getAttribute('hreflang'), 'en');
		await link.click();
		await page.waitForURL(`**/${EN_STORY_ARTICLE}`);
		// And back: the English article names the Indonesian one, "Indonesian" with its own name for itself.
		const back = page.getByRole('navigation', { name: 'This story in other languages' });
		assert.match((await back.textContent()) ?? '', /Indonesian/);
		assert.equal(await back.locator('[lang="id"]', { hasText: 'Indonesia' }).count() >= 1, true);
		await back.getByRole('link', { name: ID_TITLE }).click();
		await page.waitForURL(`**/${ID_ARTICLE}`);
		await close();
	});

	test('an article with no story in another language has no such list', async () => {
		const { page, close } = await open(servers['/']);
		for (const route of [OLD_ARTICLE, EN_ARTICLE]) {
			await page.goto(servers['/'].url(route));
			assert.equal(await page.getByRole('navigation', { name: 'This story in other languages' }).count(), 0, route);
			assert.equal(await page.locator('.also-in').count(), 0, route);
		}
		await close();
	});
});

describe('accessibility of the new parts: axe-core finds no violation, at / and /archive/, light and dark, phone and desktop', () => {
	for (const base of ['/', '/archive/'] as const) {
		for (const colorScheme of ['light', 'dark'] as const) {
			for (const [device, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]] as const) {
				test(`${base} ${colorScheme} ${device}`, async () => {
					const server = servers[base];
					const { page, close } = await open(server, { colorScheme, viewport, now: '2026-11-26T12:00:00Z', timezoneId: 'UTC' });
					const found: string[] = [];
					await page.goto(server.url());
					await onThisDay(page).getByRole('link', { name: ID_TITLE }).waitFor();
					for (const violation of await axeViolations(page)) found.push(`front page: ${violation}`);
					for (const route of [ID_ARTICLE, EN_STORY_ARTICLE]) {
						await page.goto(server.url(`${route}#p1`));
						await page.locator('.article-body > p').first().hover();
						for (const violation of await axeViolations(page)) found.push(`/${route}: ${violation}`);
					}
					assert.deepEqual(found, []);
					await close();
				});
			}
		}
	}
});
