/**
 * WARC files through the whole ingest: each 200 HTML response a source with
 * its provenance; redirects, errors, non-HTML, other records and duplicate
 * payloads skipped and counted; a zip bomb and an oversized page are their
 * own sources' errors and cost nothing else; a re-crawl into a second WARC
 * keeps the page's id; the raw source read back from the record is the bytes
 * the entry was made from.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { defaultSettings } from '../../scripts/ingest/entry.ts';
import { run } from '../../scripts/ingest/run.ts';
import { readRawSource } from '../../src/lib/raw-source.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { cleanUp, tempDir } from '../support/build.ts';
import { htmlResponse, writeWarc, type RecordSpec } from '../support/warc.ts';

after(cleanUp);
const settings = defaultSettings(new Date('2026-01-01'));
const paragraphs = (topic: string) =>
	[1, 2, 3].map((n) => `<p>The ${topic} story goes on in its paragraph number ${n}, which the council discussed for a long time on Tuesday, officials said.</p>`).join('');
const article = (title: string, date: string | null) =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${date ? `<meta property="article:published_time" content="${date}">` : ''}</head><body><nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>${title}</h1>${paragraphs(title)}</article><footer>© The Ledger</footer></body></html>`;
const id = (n: number) => `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const entriesOf = async (out: string) =>
	Object.fromEntries(
		await Promise.all((await readdir(out)).filter((n) => n.endsWith('.md')).map(async (n) => {
			const text = await readFile(path.join(out, n), 'utf8');
			return [n.replace(/\.md$/, ''), articleSchema.parse(parseYaml(text.slice(4, text.indexOf('\n---\n', 4))))] as const;
		})),
	);

const CRAWL: RecordSpec[] = [
	{ type: 'warcinfo', url: '', date: '2024-05-01T08:00:00Z', id: id(1), payload: 'software: test\r\n', warcHeaders: { 'Content-Type': 'application/warc-fields' } },
	{ type: 'request', url: 'https://ledger.example/a', date: '2024-05-01T08:00:01Z', id: id(2), statusline: 'GET /a HTTP/1.1', httpHeaders: { Host: 'ledger.example' } },
	htmlResponse('https://ledger.example/a', '2024-05-01T08:00:01Z', id(3), article('Council approves new tram line for the east', '2024-04-30')),
	{ type: 'response', url: 'https://ledger.example/old-a', date: '2024-05-01T08:00:02Z', id: id(4), statusline: 'HTTP/1.1 301 Moved Permanently', httpHeaders: { Location: '/a' } },
	{ type: 'response', url: 'https://ledger.example/gone', date: '2024-05-01T08:00:03Z', id: id(5), statusline: 'HTTP/1.1 404 Not Found', httpHeaders: { 'Content-Type': 'text/html' }, payload: '<html><body><h1>Not found</h1></body></html>' },
	{ type: 'response', url: 'https://ledger.example/logo.png', date: '2024-05-01T08:00:04Z', id: id(6), statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'image/png' }, payload: new Uint8Array([137, 80, 78, 71, 13, 10]) },
	// The same page again at another address: one source.
	htmlResponse('https://ledger.example/a?utm=x', '2024-05-01T08:00:05Z', id(7), article('Council approves new tram line for the east', '2024-04-30')),
	// A page without a date: its capture dates it.
	htmlResponse('https://ledger.example/b', '2024-05-01T08:00:06Z', id(8), article('Harbour ferry returns after winter repairs', null)),
	// A zip bomb: 60 MB of a gzip-encoded body in 60 KB.
	{ ...htmlResponse('https://ledger.example/bomb', '2024-05-01T08:00:07Z', id(9), gzipSync(Buffer.alloc(60 * 1024 * 1024, 0x41))), httpHeaders: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' } },
	{ type: 'metadata', url: 'https://ledger.example/a', date: '2024-05-01T08:00:08Z', id: id(10), payload: 'outlinks: /b\r\n', warcHeaders: { 'Content-Type': 'application/warc-fields' } },
	htmlResponse('https://ledger.example/c', '2024-05-01T08:00:09Z', id(11), article('Library opens its new reading room to all', '2024-04-29'), 'text/html'),
];

for (const gzip of [true, false]) {
	test(`a ${gzip ? 'gzip-per-record' : 'plain'} WARC: pages with provenance, the rest counted, a zip bomb its record's error`, async () => {
		const sources = await tempDir('warc-sources-');
		const out = await tempDir('warc-out-');
		const name = gzip ? 'crawl.warc.gz' : 'crawl.warc';
		await writeWarc(path.join(sources, name), CRAWL, gzip);
		// Beside it, 10 MB of nested <div>s and a good text source: neither costs the other anything.
		await writeFile(path.join(sources, 'deep.html'), `<html><body>${'<div>'.repeat(1_000_000)}x${'</div>'.repeat(1_000_000)}</body></html>`);
		await writeFile(path.join(sources, 'story.txt'), 'Tram line opens\n\nVIENNA, May 2, 2024 (APA) - The new tram line opened on Thursday after three years of work, the city said in a statement.\n');
		const result = await run({ sources, out, check: false, settings });
		const rejected = Object.fromEntries(result.reports.filter((r) => r.status === 'rejected').map((r) => [r.file, r.errors.join('; ')]));
		assert.deepEqual(Object.keys(rejected).sort(), ['deep.html', `${name}#${id(9)}`].sort());
		assert.match(rejected['deep.html']!, /over the 5 MB limit/);
		assert.match(rejected[`${name}#${id(9)}`]!, /over 5 MB once decoded/);
		assert.deepEqual(result.warcs, [{
			file: name, pages: 3, errors: 1,
			skipped: { 'a warcinfo record': 1, 'a request record': 1, 'a redirect (HTTP 301)': 1, 'HTTP status 404': 1, 'not HTML (image/png)': 1, 'a duplicate payload (the same page captured before)': 1, 'a metadata record': 1 },
		}]);
		const entries = await entriesOf(out);
		const tram = entries['2024-04-30-council-approves-new-tram-line-for-the-east']!;
		assert.equal(tram.source.file, `${name}#${id(3)}`);
		assert.equal(tram.source.url, 'https://ledger.example/a');
		assert.equal(tram.source.captured, '2024-05-01T08:00:01Z');
		assert.deepEqual({ ...tram.source.warc, offset: 0 }, { file: name, record: id(3), offset: 0 });
		assert.match(tram.dateBasis, /captured the page 1 day later \(2024-05-01\)/);
		const ferry = entries['2024-05-01-harbour-ferry-returns-after-winter-repairs']!;
		assert.equal(ferry.dateCertainty, 'inferred');
		assert.match(ferry.dateBasis, /gives no date; a crawler captured it on 2024-05-01/);
		assert.ok(entries['2024-04-29-library-opens-its-new-reading-room-to-all']);
		assert.ok(entries['2024-05-02-tram-line-opens']);
		// The raw source of a WARC page is its payload, read back from the record and checked by its SHA-256.
		const raw = await readRawSource(sources, tram.source);
		assert.match(new TextDecoder().decode(raw!.bytes), /^<!DOCTYPE html>.*Council approves/s);
		// Nothing changed: the WARC is not read again and nothing is parsed.
		const again = await run({ sources, out, check: false, settings });
		assert.deepEqual([again.parsed, again.written.length], [0, 0]);
	});
}

test('a page re-crawled into a second WARC with the same payload keeps its id; a changed capture is a new source', async () => {
	const sources = await tempDir('warc-recrawl-');
	const out = await tempDir('warc-recrawl-out-');
	const page = article('Council approves new tram line for the east', '2024-04-30');
	await writeWarc(path.join(sources, 'may.warc.gz'), [htmlResponse('https://ledger.example/a', '2024-05-01T08:00:00Z', id(1), page)], true);
	await run({ sources, out, check: false, settings });
	const before = Object.keys(await entriesOf(out));
	await rm(path.join(sources, 'may.warc.gz'));
	await writeWarc(path.join(sources, 'june.warc.gz'), [htmlResponse('https://ledger.example/a', '2024-06-01T08:00:00Z', id(2), page)], true);
	await run({ sources, out, check: false, settings });
	const moved = await entriesOf(out);
	assert.deepEqual(Object.keys(moved), before);
	assert.equal(Object.values(moved)[0]!.source.file, `june.warc.gz#${id(2)}`);
	await writeWarc(path.join(sources, 'july.warc.gz'), [htmlResponse('https://ledger.example/a', '2024-07-01T08:00:00Z', id(3), page.replace('number 3', 'number three'))], true);
	await run({ sources, out, check: false, settings });
	assert.equal(Object.keys(await entriesOf(out)).length, 2);
});
