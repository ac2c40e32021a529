/**
 * The search index in shards: the plan (runs of whole months, even sizes), the
 * setting, a real Pagefind run per shard over a small site, and which results'
 * data the search page fetches. Searching across shards in Chromium is in
 * tests/e2e/search.test.ts (the seeds' archive under /archive/ has three shards).
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { chooseHits } from '../../src/lib/search.ts';
import { defaultShardPages, planShards, shardsFor, type SearchShards } from '../../src/lib/search-shards.ts';
import { indexInShards, shardPages } from '../../src/integrations/pagefind.ts';

const ids = (month: string, n: number) => Array.from({ length: n }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}-story-${i}`);

test('shards are runs of whole months, oldest first, of even size within the limit; a large month stands alone', () => {
	const all = [...ids('2014-02', 3), ...ids('2014-01', 2), ...ids('2014-03', 1), ...ids('2015-07', 6), ...ids('2015-08', 2)];
	const plans = planShards(all, 5);
	assert.deepEqual(plans.map((p) => [p.name, p.ids.length]), [['2014-01', 2], ['2014-02_2014-03', 4], ['2015-07', 6], ['2015-08', 2]]);
	assert.deepEqual(plans.flatMap((p) => p.ids), [...all].sort(), 'every id once, in order');
	// Even: 10 pages at a limit of 8 make two of five, not one of eight and one of two.
	const ten = [...ids('2020-01', 1), ...ids('2020-02', 1), ...ids('2020-03', 1), ...ids('2020-04', 1), ...ids('2020-05', 1), ...ids('2020-06', 1), ...ids('2020-07', 1), ...ids('2020-08', 1), ...ids('2020-09', 1), ...ids('2020-10', 1)];
	assert.deepEqual(planShards(ten, 8).map((p) => p.ids.length), [5, 5]);
	// Ten years of months at 5,000: 9,000 pages make two shards of 4,500; 10,080 make three of 3,360, not two of
	// about 5,000 and a third of 80.
	const years = (perMonth: number) => Array.from({ length: 120 }, (_, m) => ids(`${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, perMonth)).flat();
	assert.deepEqual(planShards(years(75), 5_000).map((p) => p.ids.length), [4_500, 4_500]);
	assert.deepEqual(planShards(years(84), 5_000).map((p) => p.ids.length), [3_360, 3_360, 3_360]);
	assert.deepEqual(planShards(ten, 100).map((p) => p.name), ['2020-01_2020-10']);
	assert.deepEqual(planShards([...ten].reverse(), 8), planShards(ten, 8), 'the same ids make the same shards');
	// Months of 3,000, 3,000 and 9,000 at 5,000: never the first two together (6,000).
	assert.deepEqual(planShards([...ids('2001-01', 3000), ...ids('2001-02', 3000), ...ids('2001-03', 9000)].map((id, i) => `${id}-${i}`), 5_000).map((p) => [p.name, p.ids.length]), [['2001-01', 3000], ['2001-02', 3000], ['2001-03', 9000]]);
	assert.deepEqual(planShards([], 10), []);
	assert.throws(() => planShards(['about'], 10), /"about" does not begin with its date/);
	assert.throws(() => planShards(ten, 0), /at least one page/);
});

test('shards of 5,000 pages up to 25,000, then a fifth of the archive up to 20,000; SEARCH_SHARD_PAGES a whole number of pages, else the build stops naming it', () => {
	assert.deepEqual([5, 10_000, 25_000, 30_000, 100_000, 1_000_000].map(defaultShardPages), [5_000, 5_000, 5_000, 6_000, 20_000, 20_000]);
	assert.equal(shardPages({}), defaultShardPages);
	assert.equal(shardPages({ SEARCH_SHARD_PAGES: ' 2500 ' }), 2500);
	for (const bad of ['0', '-3', '2.5', 'many']) assert.throws(() => shardPages({ SEARCH_SHARD_PAGES: bad }), /SEARCH_SHARD_PAGES must be a whole number of pages/);
});

test('a frame merges only the shards holding its language, the first being where Pagefind is loaded from', () => {
	const index: SearchShards = { shards: [{ name: '2014-01', pages: 3, languages: { en: 3 } }, { name: '2014-02', pages: 4, languages: { en: 2, id: 2 } }, { name: '2014-03', pages: 1, languages: { id: 1 } }] };
	assert.deepEqual(shardsFor(index, 'en').map((s) => s.name), ['2014-01', '2014-02']);
	assert.deepEqual(shardsFor(index, 'id').map((s) => s.name), ['2014-02', '2014-03']);
	assert.deepEqual(shardsFor(index, 'fr'), []);
});

test('Pagefind indexes each shard in its own run: a complete bundle per shard, its languages counted, no stock UI, nothing left behind', async () => {
	const site = await mkdtemp(path.join(tmpdir(), 'shard-site-'));
	try {
		const page = (lang: string, text: string) => `<!doctype html><html lang="${lang}"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text} words for the index.</p></main></body></html>`;
		const pages: [string, string, string][] = [['2014-01-05-one', 'en', 'Alpha'], ['2014-01-09-two', 'en', 'Bravo'], ['2014-02-01-three', 'id', 'Charlie'], ['2014-03-01-four', 'en', 'Delta']];
		for (const [id, lang, text] of pages) {
			await mkdir(path.join(site, 'articles', id), { recursive: true });
			await writeFile(path.join(site, 'articles', id, 'index.html'), page(lang, text));
		}
		// Not an article page: never indexed.
		await writeFile(path.join(site, 'index.html'), page('en', 'Front'));
		const shards = await indexInShards(process.cwd(), site, 2);
		assert.deepEqual(shards, [{ name: '2014-01', pages: 2, languages: { en: 2 } }, { name: '2014-02_2014-03', pages: 2, languages: { en: 1, id: 1 } }]);
		assert.deepEqual(JSON.parse(await readFile(path.join(site, 'pagefind/shards.json'), 'utf8')), { shards });
		for (const shard of shards) {
			const files = await readdir(path.join(site, 'pagefind', shard.name));
			for (const needed of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'index', 'fragment']) assert.ok(files.includes(needed), `${shard.name} has ${needed}`);
			assert.deepEqual(files.filter((f) => /-ui\.|highlight/.test(f)), [], 'no stock UI or highlighter in a shard');
		}
		assert.deepEqual((await readdir(path.join(site, 'pagefind'))).sort(), ['2014-01', '2014-02_2014-03', 'pagefind-highlight.js', 'shards.json']);
		assert.deepEqual((await readdir(site)).sort(), ['articles', 'index.html', 'pagefind'], 'nothing else in the site');
		assert.deepEqual((await readdir(path.dirname(site))).filter((name) => name.startsWith('.pagefind-shard-')), [], 'the shards\' working folder is gone');
	} finally {
		await rm(site, { recursive: true, force: true });
	}
});

test('by relevance only the best results over all languages are fetched; by date each language\'s first', () => {
	const en = [{ id: 'en_a', score: 9 }, { id: 'en_b', score: 3 }, { id: 'en_c', score: 1 }];
	const id = [{ id: 'id_a', score: 5 }, { id: 'id_b', score: 2 }];
	assert.deepEqual(chooseHits([en, id], 'relevance', 3), [['en_a', 'en_b'], ['id_a']]);
	assert.deepEqual(chooseHits([en, id], 'relevance', 10), [['en_a', 'en_b', 'en_c'], ['id_a', 'id_b']]);
	assert.deepEqual(chooseHits([en, id], 'newest', 2), [['en_a', 'en_b'], ['id_a', 'id_b']]);
	assert.deepEqual(chooseHits([[], id], 'relevance', 1), [[], ['id_a']]);
});
