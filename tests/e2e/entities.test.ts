/**
 * People, places and organizations in Chromium, on real builds of the seeds at
 * / and /archive/: entity pages, the names on article pages, related coverage,
 * stories on the timeline, and search that crosses languages by an entity's names.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seedSites } from '../support/seed-sites.ts';
import { idOf, seedsIn } from '../support/seeds.ts';

const sites = seedSites();

for (const base of ['/', '/archive/']) {
	describe(`entities (BASE_PATH=${base})`, () => {
		test('entity pages list their articles in every language, with months and languages; the index counts them', async () => {
			const page = await sites.browser.newPage();
			const expected: Record<string, string[]> = {
				'places/turkey/': ['003', '002'],
				'places/france/': ['003', '001', '000', '004'],
				'places/paris/': ['003', '002', '001', '004'],
				'organizations/islamic-state/': ['003', '002', '001'],
				'people/francois-hollande/': ['003', '001', '000'],
				'people/sergei-lavrov/': ['004'],
				'people/alexander-lukashevich/': ['000', '004'],
				'organizations/osce/': ['000'],
				'organizations/nato/': ['004'],
			};
			for (const [route, seeds] of Object.entries(expected)) {
				await page.goto(sites.servers[base as '/' | '/archive/'].url(route));
				assert.deepEqual((await seedsIn(page, '.article-list a')).sort(), [...seeds].sort(), route);
			}
			await page.goto(sites.servers[base as '/' | '/archive/'].url('places/turkey/'));
			assert.equal(await page.locator('h1').textContent(), 'Turkey');
			assert.match((await page.locator('.entity-summary').textContent()) ?? '', /2 articles in 2 languages, from 26 November 2015 to 2 December 2015/);
			assert.equal(await page.locator('.month-bars .cell').count(), 2, 'November and December 2015 have bars');
			await page.goto(sites.servers[base as '/' | '/archive/'].url('names/'));
			assert.equal(await page.locator('#places + ul a', { hasText: 'Turkey' }).count(), 1);
			assert.match((await page.locator('#places + ul li', { hasText: 'Turkey' }).textContent()) ?? '', /2 articles, 2 languages/);
			await page.close();
		});

		test('an article names its people, places and organizations, its story, and related coverage in any language', async () => {
			const page = await sites.browser.newPage();
			await page.goto(sites.servers[base as '/' | '/archive/'].url(`articles/${idOf.get('003')}/`));
			const places = await page.locator('.names dt:text("Places") + dd a').allTextContents();
			assert.ok(places.includes('Turkey') && places.includes('France'), places.join(', '));
			await page.locator('.names a', { hasText: 'Turkey' }).click();
			await page.waitForURL(/\/places\/turkey\/$/);
			await page.goBack();
			// Related coverage of 003 (Indonesian) starts with 001, the same Moscow meeting reported in English.
			assert.deepEqual((await seedsIn(page, '.related a'))[0], '001');
			assert.match((await page.locator('.related li').first().textContent()) ?? '', /English/);
			await page.locator('.story a').click();
			await page.waitForURL(/\/stories\//);
			assert.deepEqual((await seedsIn(page, '.article-list a')).sort(), ['001', '003']);
			await page.close();
		});

		test('the timeline lists every article once, under its own day; an article of a story links to it', async () => {
			const page = await sites.browser.newPage();
			await page.goto(sites.servers[base as '/' | '/archive/'].url('timeline/2015/11/'));
			assert.deepEqual((await seedsIn(page, 'main .article-list a.headline')).sort(), ['000', '001', '003']);
			const story = page.locator('.story-of');
			assert.equal(await story.count(), 2, 'the two articles of the story say so');
			assert.match((await story.first().textContent()) ?? '', /^Story: .+, 2 articles$/);
			await story.first().locator('a').click();
			await page.waitForURL(/\/stories\//);
			assert.deepEqual((await seedsIn(page, '.article-list a')).sort(), ['001', '003']);
			await page.close();
		});

		test('searching "Turkey" or "Turki" offers the entity and finds both languages\' reports, also with other words', async () => {
			const page = await sites.browser.newPage();
			for (const q of ['Turkey', 'Turki', 'turkey']) {
				await page.goto(sites.servers[base as '/' | '/archive/'].url(`search/?q=${q}`));
				await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
				assert.equal(await page.locator('.entity-offer').textContent(), 'Turkey — 2 articles in 2 languages. The results include every article naming it, in any language.', q);
				assert.deepEqual((await seedsIn(page, '#search-results a')).sort(), ['002', '003'], q);
			}
			await page.locator('.entity-offer a').click();
			await page.waitForURL(/\/places\/turkey\/$/);
			// A word and an entity: every result holds the word and names the entity.
			await page.goto(sites.servers[base as '/' | '/archive/'].url('search/?q=Turkey+Putin'));
			await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
			assert.deepEqual((await seedsIn(page, '#search-results a')).sort(), ['002', '003']);
			// Every result holds every other word: "Turki" and "Lavrov" are in no article together.
			await page.goto(sites.servers[base as '/' | '/archive/'].url('search/?q=Turkey+Lavrov'));
			await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
			assert.deepEqual(await seedsIn(page, '#search-results a'), []);
			await page.close();
		});
	});
}
