/**
 * The files each article has besides its page, written after the build in one
 * pass over the entries (each read and checked by the schema once):
 * - `sources/<id>.txt` (routes.source): the raw source, byte for byte as
 *   received (a WARC page's payload as its record holds it), served as text
 *   (an HTML page as `.txt`: never as HTML from the archive's origin), under its article's id (short, URL-safe, unique whatever the file
 *   is called, served as text). The bytes are checked against the entry's
 *   SHA-256; a kept entry whose source has changed or gone gets a note instead,
 *   and the build says so.
 * - `articles/<id>/cite.bib` and `cite.ris`: its citation for reference
 *   managers (src/lib/cite.ts, the same text the article page shows; its URL only
 *   with a site URL).
 * - the bulk export (src/lib/bulk-export.ts): every entry in `export/articles.jsonl`
 *   and `.csv`, every raw source in `export/sources.zip`.
 * Written, not rendered: as routes, these three files per article cost the build
 * about 1 ms each (31 s at 10,000 articles) for bytes it only passes through.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { pagesOf } from '../lib/archive.ts';
import { BulkExport } from '../lib/bulk-export.ts';
import { citations } from '../lib/cite.ts';
import { articlesDir, sourcesDir } from '../lib/content-dirs.ts';
import { identity } from '../lib/identity.ts';
import { readRawSource } from '../lib/raw-source.ts';
import { absoluteUrl, routes, withBase } from '../lib/paths.ts';
import { articleSchema, type Article } from '../schema/article.ts';

/** An entry file's front matter, checked by the schema the build checked it with. */
function frontMatter(name: string, text: string): Article {
	const data = articleSchema.safeParse(parseYaml(text.slice(4, text.indexOf('\n---\n', 4))));
	if (!data.success) throw new Error(`${name}: its front matter does not match the schema`);
	return data.data;
}

export default function articleFiles(): AstroIntegration {
	let base = '/';
	let site: string | undefined;
	return {
		name: 'archive:article-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = config.site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const names = (await readdir(articlesDir)).filter((n) => n.endsWith('.md')).sort();
				await mkdir(path.join(root, 'sources'), { recursive: true });
				await mkdir(path.join(root, 'export'), { recursive: true });
				const bulk = await BulkExport.create((file) => path.join(root, file));
				let changed = 0;
				for (const batch of pagesOf(names, 64)) {
					const done = await Promise.all(
						batch.map(async (name) => {
							const text = await readFile(path.join(articlesDir, name), 'utf8');
							const data = frontMatter(name, text);
							const { file, sha256 } = data.source;
							const raw = await readRawSource(sourcesDir, data.source);
							if (!raw) {
								changed++;
								logger.warn(`${file} is not the file its entry was made from (SHA-256 ${sha256}); run npm run ingest`);
							}
							await writeFile(path.join(root, routes.source(data.id)), raw ? raw.bytes : `The source file ${JSON.stringify(file)} has changed or is gone since this entry was made from it (SHA-256 ${sha256}).\n`);
							const route = routes.article(data.id);
							const url = absoluteUrl(site, base, route) ?? withBase(base, route);
							const cite = citations(data, absoluteUrl(site, base, route), identity);
							await writeFile(path.join(root, route, 'cite.bib'), cite.bibtex);
							await writeFile(path.join(root, route, 'cite.ris'), cite.ris);
							return { data, body: text.slice(text.indexOf('\n---\n', 4) + 5), url, raw: raw?.bytes ?? null };
						}),
					);
					// The export in the entries' order, whatever order the batch finished in.
					for (const { data, body, url, raw } of done) await bulk.add(data, body, url, routes.source(data.id), raw);
				}
				await bulk.close();
				logger.info(`wrote the raw source and citations of ${names.length} articles, and the bulk export${changed > 0 ? ` (${changed} sources changed or gone, noted)` : ''}`);
			},
		},
	};
}
