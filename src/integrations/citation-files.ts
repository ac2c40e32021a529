/**
 * Each article's citation for reference managers, `articles/<id>/cite.bib` and
 * `cite.ris`, written after the build from the entries (src/lib/cite.ts, the
 * same text the article page shows). Written, not rendered: two endpoint routes
 * per article cost the build two seconds per thousand articles for a few
 * hundred bytes each.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { citations } from '../lib/cite.ts';
import { articlesDir } from '../lib/content-dirs.ts';
import { identity } from '../lib/identity.ts';
import { absoluteUrl, routes, withBase } from '../lib/paths.ts';
import { articleSchema } from '../schema/article.ts';

const BATCH = 64;

/** An entry file's front matter, checked by the schema the build checked it with. */
function frontMatter(name: string, text: string) {
	const end = text.indexOf('\n---\n', 4);
	const data = articleSchema.safeParse(parseYaml(text.slice(4, end)));
	if (!data.success) throw new Error(`${name}: its front matter does not match the schema`);
	return data.data;
}

export default function citationFiles(): AstroIntegration {
	let base = '/';
	let site: string | undefined;
	return {
		name: 'archive:citation-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = config.site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const names = (await readdir(articlesDir)).filter((n) => n.endsWith('.md')).sort();
				for (let start = 0; start < names.length; start += BATCH) {
					await Promise.all(
						names.slice(start, start + BATCH).map(async (name) => {
							const data = frontMatter(name, await readFile(path.join(articlesDir, name), 'utf8'));
							const route = routes.article(data.id);
							const cite = citations(data, absoluteUrl(site, base, route) ?? withBase(base, route), identity);
							await writeFile(path.join(root, route, 'cite.bib'), cite.bibtex);
							await writeFile(path.join(root, route, 'cite.ris'), cite.ris);
						}),
					);
				}
				logger.info(`wrote the citations of ${names.length} articles`);
			},
		},
	};
}
