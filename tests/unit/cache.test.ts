/**
 * The ingest's content-hash cache: a re-run parses nothing, one changed source
 * is the one parsed, other settings or a damaged cache mean a full parse, and
 * the entries are the same byte for byte with or without it.
 */
import assert from 'node:assert/strict';
import { appendFile, cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { defaultSettings } from '../../scripts/ingest/entry.ts';
import { CACHE_FILE } from '../../scripts/ingest/cache.ts';
import { run } from '../../scripts/ingest/run.ts';
import { readGazetteer } from '../../src/lib/gazetteer.ts';
import { cleanUp, tempDir } from '../support/build.ts';

after(cleanUp);
const SEEDS = fileURLToPath(new URL('../../content/sources/', import.meta.url));
const settings = { ...defaultSettings(new Date('2026-01-01')), gazetteer: readGazetteer(fileURLToPath(new URL('../../content/gazetteer.yaml', import.meta.url))) };
const entriesOf = async (dir: string) => Object.fromEntries(await Promise.all((await readdir(dir)).filter((n) => n.endsWith('.md')).sort().map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));

test('nothing changed: nothing parsed; one source changed: that one parsed; the entries as a run without the cache writes them', async () => {
	const sources = await tempDir('cache-sources-');
	await cp(SEEDS, sources, { recursive: true });
	const out = await tempDir('cache-out-');
	const first = await run({ sources, out, check: false, settings });
	assert.deepEqual([first.parsed, first.cached], [5, 0]);
	assert.ok((await readdir(out)).includes(CACHE_FILE));
	const again = await run({ sources, out, check: false, settings });
	assert.deepEqual([again.parsed, again.cached, again.written.length], [0, 5, 0]);
	await appendFile(path.join(sources, '000_77eab4664a4e4667.txt'), '\nThe talks will continue next week in Vienna, officials said after the meeting ended.\n');
	const changed = await run({ sources, out, check: false, settings });
	assert.deepEqual([changed.parsed, changed.cached, changed.written.length], [1, 4, 1]);
	// The same sources into a fresh folder (no cache): the same entries.
	const fresh = await tempDir('cache-fresh-');
	await run({ sources, out: fresh, check: false, settings });
	assert.deepEqual(await entriesOf(out), await entriesOf(fresh));
	// Reports come from the cache as they came from the parse.
	const cachedReports = (await run({ sources, out, check: false, settings })).reports;
	const freshReports = (await run({ sources, out: await tempDir('cache-fresh2-'), check: false, settings })).reports;
	assert.deepEqual(cachedReports, freshReports);
});

test('other settings (a gazetteer, years) or a damaged cache: every source parsed again; --check never writes the cache', async () => {
	const out = await tempDir('cache-out-');
	await run({ sources: SEEDS, out, check: false, settings });
	const noGazetteer = await run({ sources: SEEDS, out, check: false, settings: { ...settings, gazetteer: [] } });
	assert.equal(noGazetteer.parsed, 5);
	const years = await run({ sources: SEEDS, out, check: false, settings: { ...settings, gazetteer: [], years: { min: 1900, max: 2030 } } });
	assert.equal(years.parsed, 5);
	await writeFile(path.join(out, CACHE_FILE), 'not a cache\n\u0000\u0000');
	assert.equal((await run({ sources: SEEDS, out, check: false, settings })).parsed, 5);
	const before = await readFile(path.join(out, CACHE_FILE), 'utf8');
	await run({ sources: SEEDS, out, check: true, settings: { ...settings, gazetteer: [] } });
	assert.equal(await readFile(path.join(out, CACHE_FILE), 'utf8'), before);
});
