/**
 * node tests/support/make-warcs.ts
 *
 * Writes the WARC files the tests and the corpus hold, from pages of their own
 * sets, with records of every kind a crawl has around them. Deterministic (ids
 * and dates given): run it again after changing a page it takes, and commit
 * what it writes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { htmlResponse, writeWarc, type RecordSpec } from './warc.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const id = (set: number, n: number) => `urn:uuid:00000000-0000-4000-${String(8000 + set)}-${String(n).padStart(12, '0')}`;

/** Records around the pages: what a crawler writes besides them. */
const around = (set: number, host: string): RecordSpec[] => [
	{ type: 'response', url: `https://${host}/old-address`, date: '2024-05-01T08:00:00Z', id: id(set, 900), statusline: 'HTTP/1.1 301 Moved Permanently', httpHeaders: { Location: `https://${host}/` } },
	{ type: 'response', url: `https://${host}/missing`, date: '2024-05-01T08:00:01Z', id: id(set, 901), statusline: 'HTTP/1.1 404 Not Found', httpHeaders: { 'Content-Type': 'text/html' }, payload: '<html><body><h1>Not found</h1></body></html>' },
	{ type: 'response', url: `https://${host}/logo.png`, date: '2024-05-01T08:00:02Z', id: id(set, 902), statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'image/png' }, payload: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]) },
	{ type: 'response', url: `https://${host}/app.js`, date: '2024-05-01T08:00:03Z', id: id(set, 903), statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'application/javascript' }, payload: 'alert("never a source")' },
];

/** The fixtures' WARC: a hostile page, and a Central European page whose charset only the HTTP header gives. */
async function fixtures() {
	const dir = path.join(ROOT, 'tests/fixtures/sources');
	const hostile = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port workers end strike after pay deal | Harbour Times</title>
<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">
<meta property="article:published_time" content="2024-04-30T18:00:00Z"><link rel="canonical" href="https://harbour.example/port-strike">
<script>document.cookie; alert("warc script")</script><style>body{display:none}</style></head>
<body onload="alert('onload')"><nav><a href="/">Home</a> <a href="javascript:alert('nav')">World</a></nav>
<article><h1 onclick="alert('h1')">Port workers end strike after pay deal</h1>
<p>ROTTERDAM (Reuters) - Dock workers at the port ended a four-day strike on Tuesday after unions and employers agreed a pay rise of 6 percent over two years, both sides said.</p>
<p onmouseover="alert('p')">Hundreds of ships had queued outside the harbour while the strike lasted, and shipping lines said it would take a week to clear the backlog. <img src=x onerror="alert('img')"></p>
<svg><script>alert('svg')</script></svg><iframe src="https://evil.example/frame"></iframe>
<p>The port authority said cargo handling would return to normal by the weekend. <a href="javascript:alert('link')">Read the statement</a>.</p></article>
<footer>© Harbour Times</footer></body></html>
`;
	const czechHtml = `<!DOCTYPE html><html lang="cs"><head><title>České dráhy zavedou nové spoje do Polska</title><meta property="article:published_time" content="2024-04-29"></head>
<body><article><h1>České dráhy zavedou nové spoje do Polska</h1>
<p>České dráhy od června zavedou čtyři nové přímé spoje mezi Prahou a Krakovem, oznámil v pondělí mluvčí dopravce. Vlaky pojedou dvakrát denně v obou směrech.</p>
<p>Podle dopravce bude cesta trvat necelých sedm hodin a jízdenky budou v prodeji od příštího týdne. Nové spoje mají nahradit autobusové linky, které přestaly jezdit loni na podzim.</p>
<p>Polský dopravce se na provozu spojů bude podílet vlastními vozy, uvedl mluvčí.</p></article></body></html>
`;
	// Windows-1250 bytes, declared only in the HTTP header of the record.
	const cp1250: Record<string, number> = { Č: 0xc8, é: 0xe9, á: 0xe1, í: 0xed, ý: 0xfd, ř: 0xf8, ě: 0xec, š: 0x9a, ž: 0x9e, č: 0xe8, ů: 0xf9, ú: 0xfa, ó: 0xf3, ň: 0xf2, ť: 0x9d, ď: 0xef };
	const czechBytes = Uint8Array.from([...czechHtml].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (cp1250[ch] ?? 0x3f))));
	await writeWarc(path.join(dir, 'crawl-2024-05.warc.gz'), [
		{ type: 'warcinfo', url: '', date: '2024-05-01T07:59:59Z', id: id(0, 1), payload: 'software: tests/support/make-warcs.ts\r\nformat: WARC File Format 1.1\r\n', warcHeaders: { 'Content-Type': 'application/warc-fields' } },
		htmlResponse('https://harbour.example/port-strike', '2024-05-01T08:00:04Z', id(0, 2), hostile),
		...around(0, 'harbour.example'),
		htmlResponse('https://vlaky.example/spoje', '2024-05-01T08:00:05Z', id(0, 3), czechBytes, 'text/html; charset=windows-1250'),
	], true);
	console.log('tests/fixtures/sources/crawl-2024-05.warc.gz');
}

/**
 * The HTML corpus's two WARCs (gzip per record, and uncompressed): the pages of
 * tests/corpus-html/warc-pages/ that warc-pages.json puts in each, the first
 * one captured twice, and the records around them; and each WARC's truth, its
 * pages' own truth files by the record ids they are given.
 */
async function corpus() {
	const pagesDir = path.join(ROOT, 'tests/corpus-html/warc-pages');
	const dir = path.join(ROOT, 'tests/corpus-html/sources');
	const pages = JSON.parse(await readFile(path.join(pagesDir, 'warc-pages.json'), 'utf8')) as { warc: string; gzip: boolean; pages: { file: string; url: string; date: string; contentType?: string }[] }[];
	for (const [set, spec] of pages.entries()) {
		const records: RecordSpec[] = [{ type: 'warcinfo', url: '', date: spec.pages[0]!.date, id: id(set + 1, 1), payload: 'software: tests/support/make-warcs.ts\r\n', warcHeaders: { 'Content-Type': 'application/warc-fields' } }];
		const truth: Record<string, unknown> = {};
		for (const [n, page] of spec.pages.entries()) {
			truth[id(set + 1, 200 + n)] = parseYaml(await readFile(path.join(pagesDir, `${page.file}.yaml`), 'utf8'));
			records.push({ type: 'request', url: page.url, date: page.date, id: id(set + 1, 100 + n), statusline: `GET ${new URL(page.url).pathname} HTTP/1.1`, httpHeaders: { Host: new URL(page.url).host } });
			records.push(htmlResponse(page.url, page.date, id(set + 1, 200 + n), await readFile(path.join(pagesDir, page.file)), page.contentType ?? 'text/html'));
		}
		// The first page captured again at another address: the same payload, one source.
		const first = spec.pages[0]!;
		records.push(htmlResponse(`${first.url}?utm_source=feed`, first.date, id(set + 1, 300), await readFile(path.join(pagesDir, first.file)), first.contentType ?? 'text/html'));
		records.push(...around(set + 1, new URL(first.url).host));
		await writeWarc(path.join(dir, spec.warc), records, spec.gzip);
		const about = `${spec.gzip ? 'A gzip-per-record' : 'An uncompressed'} WARC of ${spec.pages.length} pages among request, redirect, error, non-HTML and duplicate records (written by tests/support/make-warcs.ts from warc-pages/)`;
		await writeFile(path.join(ROOT, 'tests/corpus-html/truth', `${spec.warc}.yaml`), stringifyYaml({ about, records: truth }, { lineWidth: 0 }));
		console.log(path.join('tests/corpus-html/sources', spec.warc));
	}
}

await fixtures();
if (process.argv.includes('--corpus')) await corpus();
