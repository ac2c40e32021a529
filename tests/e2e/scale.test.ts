/**
 * Browsing at scale (issue 9): a build of 2,000 synthetic articles (the
 * benchmark's generator), where no HTML page may exceed 200 KB (the limit that
 * holds at 100,000: every list is cut into pages of 100), and the date
 * browsing reaches every article: the timeline's months, the months' pages
 * and the facets' pages together list each article once.
 */
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generateSources } from '../../scripts/bench/generate.ts';
import { listFiles } from '../../src/lib/list-files.ts';
import { partsOf, type OfflineIndex } from '../../src/lib/offline.ts';
import { buildSite, cleanUp, ingestInto, ROOT, tempDir } from '../support/build.ts';

const ARTICLES = 2_000;
const MAX_PAGE_BYTES = 200 * 1024;
let dist: string;
let html: string[];

before(async () => {
	const sources = await tempDir('scale-sources-');
	await generateSources(path.join(ROOT, 'content/sources'), sources, ARTICLES);
	const articles = await ingestInto(sources);
	dist = await buildSite({ articles, sources });
	html = (await listFiles(dist)).filter((f) => f.endsWith('.html'));
});
after(cleanUp);

test(`no HTML page of a ${ARTICLES}-article build is over 200 KB`, async () => {
	const sizes = await Promise.all(html.map(async (file) => ({ file, bytes: (await stat(path.join(dist, file))).size })));
	const over = sizes.filter((s) => s.bytes > MAX_PAGE_BYTES).map((s) => `${s.file}: ${(s.bytes / 1024).toFixed(0)} KB`);
	assert.deepEqual(over, []);
	const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
	assert.ok(largest.bytes < MAX_PAGE_BYTES, `largest ${largest.file}`);
});

test('the offline lists a reader downloads to save the archive are each under 1 MB, the index is small, and everything is every file once', async () => {
	const lists = (await listFiles(dist)).filter((f) => /^offline\/[^/]+\.json$/.test(f));
	assert.ok(lists.length >= 2, `${lists.length} lists`);
	for (const list of lists) assert.ok((await stat(path.join(dist, list))).size < 1024 * 1024, list);
	// A few hundred bytes a year and an agency.
	assert.ok((await stat(path.join(dist, 'offline.json'))).size < 32 * 1024);
	const index = JSON.parse(await readFile(path.join(dist, 'offline.json'), 'utf8')) as OfflineIndex;
	const everything = partsOf(index, 'everything');
	assert.equal(everything.reduce((sum, p) => sum + p.files, 0), index.files);
	assert.equal(everything.reduce((sum, p) => sum + p.bytes, 0), index.bytes);
	assert.equal(index.years.reduce((sum, p) => sum + p.articles, 0), ARTICLES);
	assert.ok(index.agencies.length >= 2 && index.agencies.every((a) => a.articles > 0 && a.files >= a.articles));
});

const linksIn = async (files: string[]) => {
	const found: string[] = [];
	for (const file of files) {
		const text = await readFile(path.join(dist, file), 'utf8');
		// The page's own lists (a story's articles are a list inside the list), not the side column.
		const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(text)?.[1] ?? '';
		for (const [, id] of main.matchAll(/<li>\s*<a href="\/articles\/([^/"]+)\/"/g)) found.push(id!);
	}
	return found;
};

test('the month pages list every article exactly once; so do each facet\'s pages', async () => {
	const articles = html.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]!).sort();
	assert.equal(articles.length, ARTICLES);
	const months = html.filter((f) => /^timeline\/\d{4}\/\d{2}\/(?:\d+\/)?index\.html$/.test(f));
	assert.deepEqual((await linksIn(months)).sort(), articles);
	const languages = html.filter((f) => /^languages\/[^/]+\/(?:\d+\/)?index\.html$/.test(f));
	assert.deepEqual((await linksIn(languages)).sort(), articles);
	assert.ok(languages.length > 2, 'languages are paginated');
});
