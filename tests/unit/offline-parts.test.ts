/**
 * Saving a part of the archive: which part each built file belongs to, what a
 * choice saves, and the names of its lists and markers. Saving in Chromium is
 * in tests/e2e/offline.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageAgency, splitIntoParts, type BuiltFile } from '../../src/integrations/offline-parts.ts';
import { listRoute, partMarker, partsOf, type OfflineIndex, type OfflinePart } from '../../src/lib/offline.ts';

const built = (file: string, bytes = 10): BuiltFile => ({ file, url: `/${file}`, bytes });

test('each file goes to one part: an article\'s files to its year and its agency, a year\'s pages to the year, the index to the core', () => {
	const files = [
		'index.html', 'favicon.svg', '_astro/site.css', 'pagefind/2014-01/pagefind.js', 'pagefind/shards.json', 'search/index.html', 'search/lang/en/index.html', 'offline/index.html',
		'articles/2014-01-02-a/index.html', 'articles/2014-01-02-a/cite.bib', 'sources/2014-01-02-a/index.html', 'sources/2014-01-02-a.txt',
		'articles/2015-03-04-b/index.html', 'sources/2015-03-04-b.txt',
		'timeline/2014/index.html', 'timeline/2014/01/index.html', 'years/2015/index.html',
		'timeline/index.html', 'people/vladimir-putin/index.html', 'agencies/xinhua/index.html', 'articles/index.html',
	].map((f) => built(f));
	const parts = splitIntoParts(files, new Map([['2014-01-02-a', 'Xinhua'], ['2015-03-04-b', null]]));
	const urls = (p: { files: { url: string }[] }) => p.files.map((f) => f.url.slice(1));
	assert.deepEqual(urls(parts.core), ['index.html', 'favicon.svg', '_astro/site.css', 'pagefind/2014-01/pagefind.js', 'pagefind/shards.json', 'search/index.html', 'search/lang/en/index.html', 'offline/index.html']);
	assert.deepEqual(parts.years.map((y) => [y.key, y.label, y.articles.size, urls(y)]), [
		['year:2014', '2014', 1, ['articles/2014-01-02-a/index.html', 'articles/2014-01-02-a/cite.bib', 'sources/2014-01-02-a/index.html', 'sources/2014-01-02-a.txt', 'timeline/2014/index.html', 'timeline/2014/01/index.html']],
		['year:2015', '2015', 1, ['articles/2015-03-04-b/index.html', 'sources/2015-03-04-b.txt', 'years/2015/index.html']],
	]);
	assert.deepEqual(parts.agencies.map((a) => [a.key, a.articles.size, urls(a)]), [['agency:Xinhua', 1, ['articles/2014-01-02-a/index.html', 'articles/2014-01-02-a/cite.bib', 'sources/2014-01-02-a/index.html', 'sources/2014-01-02-a.txt']]]);
	assert.deepEqual(urls(parts.rest), ['timeline/index.html', 'people/vladimir-putin/index.html', 'agencies/xinhua/index.html', 'articles/index.html']);
	// Everything is every file once.
	const everything = [parts.core, parts.rest, ...parts.years].flatMap(urls);
	assert.equal(everything.length, files.length);
	assert.equal(new Set(everything).size, files.length);
});

test('an article page\'s agency is its facet attribute, unescaped; an uncredited page has none', () => {
	assert.equal(pageAgency('<article data-facet-language="en" data-facet-agency="AT&amp;T News" data-pagefind-body>'), 'AT&T News');
	assert.equal(pageAgency('<article data-facet-language="en">'), null);
});

test('a choice saves the core with its part; everything saves the core, the rest and every year; lists and markers are named by part', () => {
	const part = (key: string): OfflinePart => ({ key, label: key, articles: 1, files: 1, bytes: 1, lists: [`/offline/${key}.json`] });
	const index: OfflineIndex = { version: 'v', cache: 'c', marker: '/__offline-saved__', files: 5, bytes: 5, core: part('core'), rest: part('rest'), years: [part('year:2014'), part('year:2015')], agencies: [part('agency:Xinhua')] };
	assert.deepEqual(partsOf(index, 'everything').map((p) => p.key), ['core', 'rest', 'year:2014', 'year:2015']);
	assert.deepEqual(partsOf(index, 'year:2015').map((p) => p.key), ['core', 'year:2015']);
	assert.deepEqual(partsOf(index, 'agency:Xinhua').map((p) => p.key), ['core', 'agency:Xinhua']);
	assert.deepEqual(partsOf(index, 'year:1999'), []);
	assert.equal(listRoute('year:2014', 2), 'offline/year-2014-2.json');
	assert.match(listRoute('agency:RIA Novosti', 1), /^offline\/agency-ria-novosti-[0-9a-f]{8}-1\.json$/);
	assert.notEqual(listRoute('agency:AP', 1), listRoute('agency:Ap', 1), 'agencies that read alike as file names get their own lists');
	assert.equal(partMarker('/__offline-saved__', 'everything'), '/__offline-saved__');
	assert.equal(partMarker('/__offline-saved__', 'agency:RIA Novosti'), '/__offline-saved__?part=agency%3ARIA%20Novosti');
});
