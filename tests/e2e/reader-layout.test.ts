/**
 * Issue 19's reading problems of layout, in Chromium on real builds of the seeds at / and /archive/, at
 * 1280 and 390 px: month bars and what a screen reader hears of them; a month page that shows what it
 * counts and a calendar whose days lead somewhere; headlines that look like links without hover; one
 * header and one content width everywhere, one search box on the search page, a save menu that fits a
 * phone; side panels that keep their filter; print, the 404 page's search, calendar cells on phones.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { seedSites } from '../support/seed-sites.ts';
import { resultSources, waitForResults } from '../support/seeds.ts';

const sites = seedSites();
const BASES = ['/', '/archive/'] as const;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const EN_ARTICLE = 'articles/2015-11-17-kremlin-putin-orders-setting-up-contact-with-french-navy-after/';
const PAGES = ['', EN_ARTICLE, 'timeline/', 'timeline/2015/', 'timeline/2015/11/', 'agencies/', 'agencies/xinhua/', 'languages/en/', 'names/', 'people/francois-hollande/', 'search/', 'no-such-page/'];

async function open(base: (typeof BASES)[number], viewport = DESKTOP, options: { isMobile?: boolean; hasTouch?: boolean } = {}) {
	const context = await sites.browser.newContext({ viewport, ...options });
	const page = await context.newPage();
	return { page, url: sites.servers[base].url, close: () => context.close() };
}

/** Where the page's in-page link leads: whether its fragment names an element there, shown (not folded away). */
async function fragmentShown(page: Page, href: string): Promise<boolean> {
	await page.goto(href);
	return page.evaluate(() => {
		const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
		return target !== null && target.checkVisibility();
	});
}

/** The side column's groups: heading -> "label count" of each item, with its link. */
const sideGroups = (page: Page) =>
	page.locator('.side section').evaluateAll((sections) =>
		Object.fromEntries(sections.map((s) => [s.querySelector('h2')!.textContent, [...s.querySelectorAll('li')].map((li) => ({ text: `${li.querySelector('a')!.textContent} ${li.querySelector('.meta')!.firstChild!.textContent}`, href: li.querySelector('a')!.href }))])),
	);

for (const base of BASES) {
	describe(`issue 19, layout (BASE_PATH=${base})`, () => {
		test('1. a person\'s month bars show each month\'s count, and a screen reader hears the same', async () => {
			const { page, url, close } = await open(base);
			for (const route of ['people/francois-hollande/', 'places/france/', 'places/turkey/']) {
				await page.goto(url(route));
				const dates = await page.locator('main .article-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
				const bars = await page.locator('.month-bars li').evaluateAll((items) => items.map((li) => ({ month: li.querySelector('.label')!.textContent, count: li.querySelector('.count')!.textContent, heard: li.textContent!.replace(/\s+/g, ' ').trim() })));
				const tree = await page.locator('main').ariaSnapshot();
				const short = (date: string) => new Date(`${date.slice(0, 7)}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }).slice(0, 3);
				assert.ok(bars.length > 0, route);
				for (const bar of bars) {
					const year = /\d{4}/.exec(bar.heard)![0];
					const n = dates.filter((d) => d.startsWith(year) && short(d) === bar.month).length;
					assert.equal(bar.count, String(n), `${route}: the bar of ${bar.month} ${year} shows ${bar.count}, not ${n}`);
					assert.equal(bar.heard, `${bar.month} ${year}, articles: ${n}`, route);
					// What the accessibility tree gives a screen reader: the same words.
					assert.ok(new RegExp(`listitem: "?${bar.month} ${year}, articles: ${n}"?$`, 'm').test(tree), `${route}: ${bar.month} ${year} is heard as\n${tree.split('\n').filter((l) => l.includes(bar.month)).join('\n')}`);
				}
			}
			await close();
		});

		test('2. a month page shows every article it counts, each under its day; every calendar day leads to its articles', async () => {
			const { page, url, close } = await open(base);
			for (const route of ['timeline/2015/11/', 'timeline/2015/12/', 'timeline/2011/09/']) {
				await page.goto(url(route));
				const said = Number(/^(\d+) articles?/.exec((await page.locator('main h1 + p').textContent()) ?? '')![1]);
				const shown = await page.locator('main .article-list a[href*="/articles/"]').evaluateAll((links) => links.filter((a) => a.checkVisibility()).length);
				assert.equal(shown, said, `${route} says ${said} articles and shows ${shown}`);
				// Each article under the heading of its own day.
				const misplaced = await page.locator('main .article-list time').evaluateAll((times) => times.filter((t) => t.closest('section')?.querySelector('h2')?.id !== `d${t.getAttribute('datetime')}`).map((t) => t.getAttribute('datetime')));
				assert.deepEqual(misplaced, [], route);
			}
			for (const route of ['timeline/2015/', 'timeline/2015/11/']) {
				await page.goto(url(route));
				const days = await page.locator('.calendar a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
				assert.ok(days.length >= 3, route);
				for (const href of days) assert.ok(await fragmentShown(page, href), `${route}: ${href} leads nowhere`);
			}
			await close();
		});

		test('4. headlines in lists look like links on a phone, with no hover: the link colour, underlined', async () => {
			const { page, url, close } = await open(base, PHONE, { isMobile: true, hasTouch: true });
			for (const route of ['', 'timeline/2015/11/', 'agencies/xinhua/', 'people/francois-hollande/', 'search/?q=Putin']) {
				await page.goto(url(route));
				if (route.startsWith('search/')) await waitForResults(page);
				const looks = await page.locator('main :is(.article-list, .search-results) a[href*="/articles/"]').evaluateAll((links) => {
					const plain = document.createElement('a');
					plain.href = '#somewhere';
					plain.textContent = 'a link';
					document.querySelector('main')!.append(plain);
					const link = getComputedStyle(plain).color;
					plain.remove();
					return links.map((a) => ({ title: a.textContent, color: getComputedStyle(a).color, line: getComputedStyle(a).textDecorationLine, link }));
				});
				assert.ok(looks.length > 0, route);
				for (const look of looks) {
					assert.equal(look.line, 'underline', `${route}: "${look.title}" is not underlined`);
					assert.equal(look.color, look.link, `${route}: "${look.title}" is not in the link colour`);
				}
			}
			await close();
		});

		test('5. one header and one content width on every page, at 1280 and 390 px; one search box on the search page', async () => {
			for (const viewport of [DESKTOP, PHONE]) {
				const { page, url, close } = await open(base, viewport);
				const frames = new Map<string, string[]>();
				for (const route of PAGES) {
					await page.goto(url(route));
					const frame = await page.evaluate(() => {
						const box = (el: Element | null) => (el ? (({ x, y, width, height }) => [x, y, width, height].map(Math.round).join(','))(el.getBoundingClientRect()) : 'none');
						const only = (value: string, keep: number[]) => value.split(',').filter((_, i) => keep.includes(i)).join(',');
						// The navigation's width is left out: the current section's link is bold.
						return { header: box(document.querySelector('.site-header')), name: box(document.querySelector('.site-name')), nav: only(box(document.querySelector('.site-header nav')), [0, 1, 3]), main: only(box(document.querySelector('main')), [0, 2]) };
					});
					for (const [part, value] of Object.entries(frame)) frames.set(part, [...(frames.get(part) ?? []), `${value} /${route}`]);
				}
				for (const [part, values] of frames) {
					const distinct = new Set(values.map((v) => v.split(' ')[0]));
					assert.equal(distinct.size, 1, `${viewport.width} px, ${part} differs between pages:\n${values.join('\n')}`);
				}
				// The search page: its own box, and no second one in the header.
				await page.goto(url('search/'));
				await page.locator('#search-q').waitFor({ state: 'visible' });
				assert.equal(await page.locator('input[type="search"]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length), 1, `${viewport.width} px: search boxes on the search page`);
				assert.equal(await page.getByRole('search').count(), 1);
				await close();
			}
		});

		test('5. on a phone the save-for-offline menu shows its whole choice (no "0.7 M")', async () => {
			const { page, url, close } = await open(base, PHONE, { isMobile: true, hasTouch: true });
			await page.goto(url('search/'));
			await page.locator('#offline-part').waitFor({ state: 'visible' });
			const cut = await page.locator('#offline-part').evaluate((select: HTMLSelectElement) => {
				const style = getComputedStyle(select);
				const context = document.createElement('canvas').getContext('2d')!;
				context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				// The room for text: the box less its padding and the arrow Chromium draws (about 20 px).
				const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
				const right = select.getBoundingClientRect().right;
				return [...select.options].filter((o) => context.measureText(o.text).width > room || right > innerWidth).map((o) => `"${o.text}" (${Math.round(context.measureText(o.text).width)} px in ${room})`);
			});
			assert.deepEqual(cut, []);
			// What the chosen part costs is said in full, in words that wrap.
			assert.match((await page.locator('#offline-cost').textContent()) ?? '', /5 articles.* \d+ files.*[\d.]+ MB/);
			assert.ok(await page.locator('#offline-cost').isVisible());
			await close();
		});

		test('8. side panels keep their filter: an agency\'s years, a year\'s agencies and languages, each leading to those articles', async () => {
			const { page, url, close } = await open(base);
			for (const route of ['agencies/xinhua/', 'agencies/itar-tass/', 'languages/id/', 'people/francois-hollande/']) {
				await page.goto(url(route));
				const dates = await page.locator('main .article-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
				const years = [...new Set(dates.map((d) => d.slice(0, 4)))].sort();
				const side = (await sideGroups(page))['Years'] ?? [];
				assert.deepEqual(side.map((i) => i.text), years.map((y) => `${y} ${dates.filter((d) => d.startsWith(y)).length}`), `${route}: its own years`);
				for (const item of side) {
					assert.ok(await fragmentShown(page, item.href), `${route}: ${item.href} leads nowhere`);
					const year = item.text.split(' ')[0]!;
					const there = await page.evaluate(() => [...document.getElementById(location.hash.slice(1))!.closest('section')!.querySelectorAll('.article-list time')].map((t) => t.getAttribute('datetime')));
					assert.deepEqual(there, dates.filter((d) => d.startsWith(year)), `${route}: ${item.href}`);
					await page.goto(url(route));
				}
			}
			// A year's page: the agencies and languages of that year, each leading to its articles of that year.
			await page.goto(url('timeline/2015/'));
			const groups = await sideGroups(page);
			assert.deepEqual(groups['Agencies']!.map((i) => i.text), ['Xinhua 2', 'ITAR-TASS 1', 'RIA Novosti 1']);
			assert.deepEqual(groups['Languages']!.map((i) => i.text), ['English 3', 'Indonesian 1']);
			for (const item of [...groups['Agencies']!, ...groups['Languages']!]) {
				assert.ok(await fragmentShown(page, item.href), `${item.href} leads nowhere`);
				const there = await page.evaluate(() => [...document.getElementById(location.hash.slice(1))!.closest('section')!.querySelectorAll('.article-list time')].map((t) => t.getAttribute('datetime')!));
				assert.ok(there.length === Number(item.text.split(' ').at(-1)) && there.every((d) => d.startsWith('2015')), `${item.href}: ${there.join(', ')}`);
			}
			await close();
		});

		test('10. print leaves out the search box and the Copy buttons', async () => {
			const { page, url, close } = await open(base);
			await page.goto(url(EN_ARTICLE));
			await page.getByRole('button', { name: 'Copy the APA citation' }).waitFor({ state: 'visible' });
			await page.emulateMedia({ media: 'print' });
			const printed = await page.locator('input, button, [role="search"]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => `${el.tagName} ${el.textContent?.trim() || (el as HTMLInputElement).type}`));
			assert.deepEqual(printed, []);
			assert.match((await page.locator('#cite-apa').textContent()) ?? '', /ITAR-TASS/);
			assert.ok(await page.locator('#cite-apa').isVisible(), 'the citations themselves are printed');
			await close();
		});

		test('10. the 404 page offers a search, filled with the words of the address', async () => {
			const { page, url, close } = await open(base);
			await page.goto(url('articles/2015-11-17-kremlin-putin-orders/'));
			assert.equal(await page.locator('h1').textContent(), 'Page not found');
			const box = page.getByRole('main').getByRole('search').getByRole('searchbox');
			assert.equal(await box.count(), 1, 'a search box in the page');
			assert.equal(await box.inputValue(), 'kremlin putin orders');
			assert.equal(await page.locator('input[type="search"]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length), 1, 'one search box');
			await page.locator('h1').click();
			await page.keyboard.press('/');
			assert.equal(await page.evaluate(() => document.activeElement?.id), 'not-found-q', '"/" reaches it, as it reaches the header\'s box elsewhere');
			await box.fill('Lukashevich');
			await box.press('Enter');
			await page.waitForURL(`**${base}search/?q=Lukashevich`);
			await waitForResults(page);
			assert.deepEqual((await resultSources(page)).sort(), ['000', '004']);
			// Without JavaScript the form still searches.
			const plain = await sites.browser.newContext({ javaScriptEnabled: false });
			const noJs = await plain.newPage();
			await noJs.goto(url('no-such-page/'));
			assert.equal(await noJs.getByRole('main').getByRole('search').getByRole('searchbox').count(), 1);
			await plain.close();
			await close();
		});

		test('10. calendar cells on a phone are 44 px or more, and the calendars fit the screen', async () => {
			const { page, url, close } = await open(base, PHONE, { isMobile: true, hasTouch: true });
			for (const route of ['timeline/2015/', 'timeline/2015/11/', 'timeline/2011/09/']) {
				await page.goto(url(route));
				const small = await page.locator('.calendar td:not(:empty), .calendar td a').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).filter((b) => b.width < 44 || b.height < 44).map((b) => `${Math.round(b.width)}x${Math.round(b.height)}`));
				assert.deepEqual(small, [], route);
				const overflow = await page.locator('.calendar').evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().right > innerWidth).length);
				assert.equal(overflow, 0, `${route}: a calendar wider than the screen`);
				assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${route}: scrolls sideways`);
			}
			await close();
		});
	});
}
