/**
 * What an article page costs a reader: its HTML plus the stylesheets it links,
 * raw and compressed (gzip at level 6, what most static hosts serve; brotli
 * for reference), and the scripts it loads.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface PageWeight {
	page: string;
	htmlBytes: number;
	cssBytes: number;
	/** HTML + CSS, gzip. */
	gzipBytes: number;
	/** HTML + CSS, brotli. */
	brotliBytes: number;
	/** Executable scripts: external src, or inline code (JSON-LD is data, not counted). */
	scripts: string[];
}

const gzip = (data: Buffer) => gzipSync(data, { level: 6 }).length;
const brotli = (data: Buffer) => brotliCompressSync(data).length;

/** `page` is a path inside `dist` to an HTML file; `base` the site's base path. */
export async function measurePage(dist: string, page: string, base = '/'): Promise<PageWeight> {
	const html = await readFile(path.join(dist, page));
	const text = html.toString('utf8');
	const local = (href: string) => path.join(dist, href.startsWith(base) ? href.slice(base.length) : href);
	const stylesheets = [...text.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter((h): h is string => !!h);
	const css = await Promise.all(stylesheets.map((href) => readFile(local(href))));
	const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attrs]) => !/type="application\/ld\+json"/.test(attrs ?? ''))
		.map(([, attrs, body]) => /src="([^"]+)"/.exec(attrs ?? '')?.[1] ?? `inline: ${(body ?? '').slice(0, 40)}`);
	return {
		page,
		htmlBytes: html.length,
		cssBytes: css.reduce((sum, b) => sum + b.length, 0),
		gzipBytes: gzip(html) + css.reduce((sum, b) => sum + gzip(b), 0),
		brotliBytes: brotli(html) + css.reduce((sum, b) => sum + brotli(b), 0),
		scripts,
	};
}
