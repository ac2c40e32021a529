/**
 * Builds the Pagefind search index from the finished site, inside `astro
 * build`, through Pagefind's Node API. Pages mark what is indexed
 * (`data-pagefind-body` on article pages only); Pagefind writes one index per
 * `<html lang>`.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'archive:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const created = await pagefind.createIndex({});
					if (!created.index) throw new Error(created.errors.join('; '));
					// Only the article pages carry data-pagefind-body: the others (source viewers, lists, entity
					// pages) need not be read and parsed at all.
					const added = await created.index.addDirectory({ path: site, glob: 'articles/*/index.html' });
					if (added.errors.length > 0) throw new Error(added.errors.join('; '));
					const written = await created.index.writeFiles({ outputPath: path.join(site, 'pagefind') });
					if (written.errors.length > 0) throw new Error(written.errors.join('; '));
					logger.info(`indexed ${added.page_count} pages into pagefind/`);
				} catch (error) {
					throw new Error(`Pagefind indexing failed: ${(error as Error).message}`, { cause: error });
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
