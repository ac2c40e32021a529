/**
 * Synthetic saved news pages for the HTML and WARC benchmark: N pages in the
 * shape real sites serve (a long head with Open Graph and JSON-LD, analytics
 * and a state blob of script, styles, a menu of a hundred links, a cookie
 * banner, share bar, figure, related and most-read boxes, a footer), about
 * 60 KB each, built from the seeds' paragraphs. Written as `.html` files and
 * as one WARC (gzip per record) holding the same pages with a request record
 * before each response. Deterministic: the same N gives the same bytes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';

function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SECTIONS = ['World', 'Europe', 'Asia', 'Business', 'Markets', 'Politics', 'Science', 'Health', 'Sport', 'Culture'];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One page: the story among the furniture. */
function page(i: number, title: string, date: string, paragraphs: string[], next: () => number): string {
	const menu = Array.from({ length: 100 }, (_, k) => `<li><a href="/section/${k}">${SECTIONS[k % SECTIONS.length]} ${k}</a></li>`).join('');
	const state = JSON.stringify({ page: i, items: Array.from({ length: 120 }, (_, k) => ({ id: k, headline: `Teaser ${k} ${Math.floor(next() * 1e6)}`, url: `/story/${k}` })) });
	const related = Array.from({ length: 8 }, (_, k) => `<li><a href="/story/${i}-${k}">Related story ${k} about ${SECTIONS[k]}</a></li>`).join('');
	return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | The Benchmark Ledger</title>
<meta property="og:title" content="${escape(title)}"><meta property="og:site_name" content="The Benchmark Ledger"><meta property="og:type" content="article">
<meta property="article:published_time" content="${date}T09:00:00Z"><link rel="canonical" href="https://ledger.example/story/${i}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"${date}T09:00:00Z","publisher":{"@type":"Organization","name":"The Benchmark Ledger"}}</script>
<style>${'.c{margin:0;padding:0}'.repeat(400)}</style>
<script>window.__STATE__=${state};</script><script>(function(){var analyticsQueue=[];for(var k=0;k<10;k++){analyticsQueue.push(k)}})();</script>
</head><body>
<header class="masthead"><a href="/">The Benchmark Ledger</a><nav class="main-nav"><ul>${menu}</ul></nav></header>
<div class="cookie-consent" role="dialog"><p>We use cookies to personalise content and ads. <button>Accept all</button> <button>Manage preferences</button></p></div>
<main><article><header><h1>${escape(title)}</h1><p class="byline">By Staff Reporter</p><time datetime="${date}">${date}</time></header>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<figure><img src="/img/${i}.jpg" alt=""><figcaption>A picture for story ${i}. Photo: Agency</figcaption></figure>
<div class="story-body">${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</div>
<aside class="related-links"><h2>Related</h2><ul>${related}</ul></aside></article></main>
<section class="most-read"><h2>Most read</h2><ol>${related}</ol></section>
<div class="newsletter-box"><form><label>Sign up for the morning briefing</label><input type="email"><button>Sign up</button></form></div>
<footer class="site-footer"><ul>${menu.slice(0, 3000)}</ul><p>© The Benchmark Ledger</p></footer>
<svg width="0" height="0"><symbol id="icon"><path d="M0 0h24v24H0z"/></symbol></svg>
</body></html>
`;
}

export async function generateHtml(seedsDir: string, outDir: string, count: number): Promise<{ htmlDir: string; warcDir: string }> {
	const seeds = await Promise.all(['000_77eab4664a4e4667.txt', '001_73f91dd4694867d8.txt', '002_f68c7ef97f5882f1.txt', '004_d73bbc3d34addd6b.txt'].map((f) => readFile(path.join(seedsDir, f), 'utf8')));
	const pool = seeds.flatMap((t) => t.split('\n').map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 25 && /[.!?"”]$/.test(l) && !/Title 17|•|\(Itar-Tass\)/.test(l)));
	const htmlDir = path.join(outDir, 'html');
	const warcDir = path.join(outDir, 'warc');
	await mkdir(htmlDir, { recursive: true });
	await mkdir(warcDir, { recursive: true });
	const next = random(7);
	const warc = createWriteStream(path.join(warcDir, 'crawl.warc.gz'));
	const write = (bytes: Uint8Array) => new Promise<void>((resolve, reject) => warc.write(bytes, (error) => (error ? reject(error) : resolve())));
	for (let i = 0; i < count; i++) {
		const year = 2000 + Math.floor(next() * 21);
		const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
		const body = Array.from({ length: 6 + Math.floor(next() * 6) }, () => pool[Math.floor(next() * pool.length)]!);
		body.push(`This is report number ${i} of the benchmark archive, filed on ${date} by the desk.`);
		const html = page(i, `Officials meet to discuss cooperation, report ${i}`, date, body, next);
		await writeFile(path.join(htmlDir, `page-${String(i).padStart(6, '0')}.html`), html);
		const id = `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
		const url = `https://ledger.example/story/${i}`;
		const captured = `${year + 1}-01-01T00:00:00Z`;
		const request = WARCRecord.create({ url, date: captured, type: 'request', warcVersion: 'WARC/1.1', statusline: `GET /story/${i} HTTP/1.1`, httpHeaders: { Host: 'ledger.example' }, warcHeaders: { 'WARC-Record-ID': `<${id.replace(/0000-4000/, '0000-4001')}>` } }, []);
		await write(await WARCSerializer.serialize(request, { gzip: true }));
		const bytes = new TextEncoder().encode(html);
		const response = WARCRecord.create(
			{ url, date: captured, type: 'response', warcVersion: 'WARC/1.1', statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, warcHeaders: { 'WARC-Record-ID': `<${id}>` } },
			(async function* () {
				yield bytes;
			})(),
		);
		await write(await WARCSerializer.serialize(response, { gzip: true }));
	}
	await new Promise<void>((resolve) => warc.end(resolve));
	return { htmlDir, warcDir };
}
