import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byDate, facet, groupBy, monthlyCounts, newestFirst, yearOf, type Entry } from '../../src/lib/archive.ts';
import { normalizeBase, siteConfig } from '../../src/lib/deploy.ts';
import { formatDate, formatMonth, languageName, plural, rssDate } from '../../src/lib/format.ts';
import { newsArticleJsonLd } from '../../src/lib/jsonld.ts';
import { absoluteUrl, routes, withBase } from '../../src/lib/paths.ts';
import { escapeXml } from '../../src/lib/xml.ts';
import { readRedirects, redirectPage } from '../../src/integrations/redirects.ts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '../../src/schema/article.ts';

const entry = (id: string, date: string, extra: Partial<Article> = {}): Entry => ({
	id,
	data: {
		id, title: id, date, dateCertainty: 'stated', dateBasis: 'Stated.', language: 'en', agency: 'Xinhua', publisher: null,
		dateline: null, source: { file: `${id}.txt`, sha256: '0'.repeat(64) }, wordCount: 10, lead: 'The story opens.', ...extra,
	},
});

test('base paths: one helper, any base, trailing slashes', () => {
	assert.equal(normalizeBase(undefined), '/');
	assert.equal(normalizeBase('archive'), '/archive/');
	assert.equal(normalizeBase('/a/b/'), '/a/b/');
	assert.equal(withBase('/', routes.article('x')), '/articles/x/');
	assert.equal(withBase('/archive/', routes.timeline()), '/archive/timeline/');
	assert.equal(withBase('/archive', routes.home()), '/archive/');
	assert.equal(withBase('/archive/', routes.agency('RIA Novosti')), '/archive/agencies/ria-novosti/');
	assert.equal(withBase('/', routes.source('2015-11-17-a-title')), '/sources/2015-11-17-a-title.txt');
	assert.equal(absoluteUrl('https://example.org', '/archive/', routes.feed()), 'https://example.org/archive/feed.xml');
	assert.equal(absoluteUrl(undefined, '/', routes.feed()), undefined);
});

test('SITE_URL must be absolute; only its origin is used', () => {
	assert.deepEqual(siteConfig({ SITE_URL: 'https://example.org/ignored/path', BASE_PATH: 'archive' }), { site: 'https://example.org', base: '/archive/' });
	assert.deepEqual(siteConfig({}), { site: undefined, base: '/' });
	assert.throws(() => siteConfig({ SITE_URL: 'example.org' }), /SITE_URL must be an absolute URL/);
});

test('without SITE_URL, the url of content/archive.yaml: its origin, and its path unless BASE_PATH is set', () => {
	assert.deepEqual(siteConfig({}, 'https://news.example.net/archive/'), { site: 'https://news.example.net', base: '/archive/' });
	assert.deepEqual(siteConfig({ BASE_PATH: '/' }, 'https://news.example.net/archive/'), { site: 'https://news.example.net', base: '/' });
	assert.deepEqual(siteConfig({ SITE_URL: 'https://example.org' }, 'https://news.example.net/'), { site: 'https://example.org', base: '/' });
});

test('timeline order: by date, then id; newest first', () => {
	const entries = [entry('b', '2015-11-17'), entry('c', '2011-09-05'), entry('a', '2015-11-17')];
	assert.deepEqual(byDate(entries).map((e) => e.id), ['c', 'a', 'b']);
	assert.deepEqual(newestFirst(entries).map((e) => e.id), ['b', 'a', 'c']);
});

test('grouping, facets and monthly counts with empty months', () => {
	const entries = byDate([entry('a', '2015-11-17'), entry('b', '2015-12-02', { agency: 'ITAR-TASS' }), entry('c', '2015-09-05', { agency: null })]);
	assert.deepEqual(groupBy(entries, yearOf).map((g) => [g.key, g.items.length]), [['2015', 3]]);
	assert.deepEqual(facet(entries, (e) => e.data.agency), [{ value: 'Xinhua', count: 1 }, { value: 'ITAR-TASS', count: 1 }].sort((x, y) => x.value.localeCompare(y.value)));
	assert.deepEqual(monthlyCounts(entries), [
		{ month: '2015-09', count: 1 }, { month: '2015-10', count: 0 }, { month: '2015-11', count: 1 }, { month: '2015-12', count: 1 },
	]);
	assert.equal(monthlyCounts([entry('a', '2011-09-05'), entry('b', '2015-12-02')]).length, 52);
});

test('dates, months, languages and counts read in English', () => {
	assert.equal(formatDate('2015-11-17'), '17 November 2015');
	assert.equal(formatMonth('2011-09'), 'September 2011');
	assert.equal(languageName('id'), 'Indonesian');
	assert.equal(plural(1, 'article'), '1 article');
	assert.equal(plural(1200, 'agency', 'agencies'), '1,200 agencies');
	assert.equal(rssDate('2015-11-17'), 'Tue, 17 Nov 2015 12:00:00 GMT');
});

test('JSON-LD cannot close its script element; XML is escaped', () => {
	const json = newsArticleJsonLd(entry('x', '2015-11-17', { title: '</script><script>alert(1)</script>' }).data, 'https://e.org/a/', undefined);
	assert.ok(!json.includes('<'));
	assert.equal(JSON.parse(json).headline, '</script><script>alert(1)</script>');
	assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
});

test('redirects: a removed id may lead to an article; a live id, a missing target or a malformed id is an error naming the entry', async () => {
	const dir = await mkdtemp(path.join(tmpdir(), 'redirects-'));
	const file = path.join(dir, 'redirects.yaml');
	const ids = new Set(['2015-11-17-live-article', '2015-11-18-other-article']);
	assert.deepEqual(await readRedirects(file, ids), {}, 'no file, no redirects');
	await writeFile(file, '2015-11-16-removed-article: 2015-11-17-live-article\n');
	assert.deepEqual(await readRedirects(file, ids), { '2015-11-16-removed-article': '2015-11-17-live-article' });
	await writeFile(file, '2015-11-18-other-article: 2015-11-17-live-article\n2015-11-16-removed-article: 2015-11-19-nowhere\n');
	await assert.rejects(readRedirects(file, ids), /2015-11-18-other-article: is an article of the archive.*2015-11-16-removed-article: leads to 2015-11-19-nowhere, which is not an article/);
	await writeFile(file, 'Not An Id: 2015-11-17-live-article\n');
	await assert.rejects(readRedirects(file, ids), /Not An Id.*must be an article id/);
	await rm(dir, { recursive: true });
	const page = redirectPage('/archive/', new URL('https://example.org'), routes.article('2015-11-17-live-article'));
	assert.match(page, /<meta http-equiv="refresh" content="0; url=\/archive\/articles\/2015-11-17-live-article\/">/);
	assert.match(page, /<link rel="canonical" href="https:\/\/example.org\/archive\/articles\/2015-11-17-live-article\/">/);
});

test('pages of a list: a hundred to a page, the last one shorter, an empty list one empty page', async () => {
	const { pagesOf, PAGE_SIZE } = await import('../../src/lib/archive.ts');
	const items = Array.from({ length: 250 }, (_, i) => i);
	assert.deepEqual(pagesOf(items).map((p) => [p[0], p.length]), [[0, PAGE_SIZE], [100, 100], [200, 50]]);
	assert.deepEqual(pagesOf([]), [[]]);
	assert.equal(routes.agency('RIA Novosti', 1), 'agencies/ria-novosti/');
	assert.equal(routes.agency('RIA Novosti', 3), 'agencies/ria-novosti/3/');
	assert.equal(routes.month('2015-11'), 'timeline/2015/11/');
	assert.equal(routes.month('2015-11', 2), 'timeline/2015/11/2/');
	assert.equal(routes.year('2015'), 'timeline/2015/');
});

test('a month as a calendar: Monday first, padded to whole weeks, counts on their days', async () => {
	const { calendarWeeks, monthsOfYear, neighbours } = await import('../../src/lib/archive.ts');
	// November 2015 began on a Sunday and has 30 days.
	const weeks = calendarWeeks('2015-11', new Map([['2015-11-17', 1], ['2015-11-26', 2]]));
	assert.equal(weeks.length, 6);
	assert.deepEqual(weeks[0]!.map((c) => c?.day ?? null), [null, null, null, null, null, null, 1]);
	assert.deepEqual(weeks[5]!.map((c) => c?.day ?? null), [30, null, null, null, null, null, null]);
	assert.deepEqual(weeks.flat().filter((c) => c && c.count > 0).map((c) => [c!.date, c!.count]), [['2015-11-17', 1], ['2015-11-26', 2]]);
	// February 2016 (leap year) has 29 days.
	assert.equal(calendarWeeks('2016-02', new Map()).flat().filter(Boolean).length, 29);
	const months = monthsOfYear('2015', [entry('2015-11-17-a', '2015-11-17'), entry('2015-11-26-b', '2015-11-26')]);
	assert.equal(months.length, 12);
	assert.deepEqual(months.filter((m) => m.count > 0), [{ month: '2015-11', count: 2 }]);
	assert.deepEqual(neighbours(['2011', '2015', '2016'], '2015'), { previous: '2011', next: '2016' });
	assert.deepEqual(neighbours(['2011', '2015'], '2011'), { previous: undefined, next: '2015' });
});

test('a list\'s years: each year\'s count and the page where it starts, oldest year first; their headings\' addresses', async () => {
	const { PAGE_SIZE, yearsInList } = await import('../../src/lib/archive.ts');
	const list = newestFirst([
		...Array.from({ length: PAGE_SIZE + 1 }, (_, i) => entry(`2015-${i}`, '2015-06-01')),
		entry('2012-a', '2012-03-04'),
		entry('2011-a', '2011-09-05'),
	]);
	assert.deepEqual(yearsInList(list), [
		{ year: '2011', count: 1, page: 2 },
		{ year: '2012', count: 1, page: 2 },
		{ year: '2015', count: PAGE_SIZE + 1, page: 1 },
	]);
	assert.deepEqual(yearsInList([]), []);
	assert.equal(routes.inYear(routes.agency('Xinhua', 2), '2012'), 'agencies/xinhua/2/#y2012');
});

test('the archive\'s identity: content/archive.yaml validated; a bad file names the field', async () => {
	const { readIdentity, identity } = await import('../../src/lib/identity.ts');
	assert.equal(identity.name, 'Wire Record');
	assert.equal(identity.language, 'en');
	const dir = await mkdtemp(path.join(tmpdir(), 'identity-'));
	const file = path.join(dir, 'archive.yaml');
	await writeFile(file, 'name: ""\ndescription: An archive.\nlanguage: English\npublisher: Us\nslogan: extra\n');
	assert.throws(() => readIdentity(file), /archive\.yaml: .*unrecognized key.*slogan|archive\.yaml: .*name must not be empty/i);
	await writeFile(file, 'name: Ours\ndescription: An archive.\nlanguage: English\npublisher: Us\n');
	assert.throws(() => readIdentity(file), /language must be a BCP 47 primary language tag/);
	await rm(dir, { recursive: true });
	const json = JSON.parse(newsArticleJsonLd(entry('x', '2015-11-17').data, undefined, undefined, identity));
	assert.deepEqual(json.isPartOf, { '@type': 'Collection', name: 'Wire Record', publisher: { '@type': 'Organization', name: 'The Wire Record editors' } });
});

test('citations: APA, MLA and Chicago, BibTeX and RIS, Highwire tags; the agency is the author', async () => {
	const { citations, highwireTags } = await import('../../src/lib/cite.ts');
	const { identity } = await import('../../src/lib/identity.ts');
	const data = entry('2015-11-27-russia-ready', '2015-11-27', { title: 'Russia ready to work with France {fight}', agency: 'Xinhua', publisher: 'Global Times', language: 'en' }).data;
	const c = citations(data, 'https://example.org/articles/2015-11-27-russia-ready/', identity);
	assert.equal(c.apa, 'Xinhua. (2015, November 27). Russia ready to work with France {fight}. Global Times. Wire Record. https://example.org/articles/2015-11-27-russia-ready/');
	assert.equal(c.mla, 'Xinhua. “Russia ready to work with France {fight}.” Global Times, 27 Nov. 2015. Wire Record, example.org/articles/2015-11-27-russia-ready/.');
	assert.equal(c.chicago, 'Xinhua. “Russia ready to work with France {fight}.” Global Times, November 27, 2015. Wire Record. https://example.org/articles/2015-11-27-russia-ready/.');
	assert.match(c.bibtex, /^@article\{2015-11-27-russia-ready,\n {2}author = \{\{Xinhua\}\},\n {2}title = \{Russia ready to work with France \\\{fight\\\}\},/);
	assert.equal(c.ris.split('\r\n')[0], 'TY  - NEWS');
	assert.ok(c.ris.includes('DA  - 2015/11/27\r\n'));
	assert.deepEqual(highwireTags(data, 'https://e.org/a/').slice(0, 3), [['citation_title', 'Russia ready to work with France {fight}'], ['citation_author', 'Xinhua'], ['citation_publication_date', '2015/11/27']]);
});

test('search wording and state: the status line, words no index has, the facets defined once', async () => {
	const { describe, noArticleContains, readState, writeState, FACETS, FILTER_KEYS } = await import('../../src/lib/search.ts');
	assert.deepEqual(FILTER_KEYS, FACETS.map((f) => f.key));
	const state = readState('?q=Putin&language=id&sort=newest&bogus=1');
	assert.deepEqual(state, { q: 'Putin', filters: { language: 'id' }, sort: 'newest' });
	assert.equal(writeState(state), '?q=Putin&language=id&sort=newest');
	assert.equal(describe(state, 1), '1 result for “Putin” in Indonesian.');
	assert.equal(describe({ q: 'Putin Lavrov', filters: {}, sort: 'relevance' }, 0), 'No results for “Putin Lavrov”.');
	assert.equal(noArticleContains(['zzzzqq']), 'No article contains “zzzzqq”.');
	assert.equal(noArticleContains(['a', 'b', '"c d"']), 'No article contains “a”, “b” or “c d”.');
});

test('words no language\'s index has: only those every language lacks', async () => {
	const { missingEverywhere } = await import('../../src/lib/search.ts');
	const answer = (missing: string[]) => ({ token: 0, ranked: [], total: 0, filters: {}, missing });
	assert.deepEqual(missingEverywhere([answer(['Holande', 'koalsi']), answer(['Holande', 'koalsi', 'Putin'])]), ['Holande', 'koalsi']);
	assert.deepEqual(missingEverywhere([]), []);
});

test('the article pages\' Pagefind attributes come from the facets: every facet with a value is a filter and shown with results', async () => {
	const { facetAttributes, FACETS } = await import('../../src/lib/search.ts');
	const attributes = facetAttributes({ language: 'id', agency: 'Xinhua', date: '2015-11-27' });
	assert.equal(attributes['data-facet-year'], '2015');
	assert.equal(attributes['data-pagefind-filter'], FACETS.map((f) => `${f.key}[data-facet-${f.key}]`).join(', '));
	const uncredited = facetAttributes({ language: 'en', agency: null, date: '2011-09-05' });
	assert.equal(uncredited['data-pagefind-filter'], 'language[data-facet-language], year[data-facet-year]');
	assert.equal('data-facet-agency' in uncredited, false);
});

test('a Pagefind run that builds no index fails with its reason, never silently (the build then fails)', async () => {
	const { runPagefind } = await import('../../src/integrations/pagefind.ts');
	const empty = await mkdtemp(path.join(tmpdir(), 'no-site-'));
	try {
		await assert.rejects(runPagefind(process.cwd(), empty, '**/*.html'), /Pagefind exited with code 1: .*not able to build an index/);
	} finally {
		await rm(empty, { recursive: true, force: true });
	}
});
