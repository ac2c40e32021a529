/**
 * Each article's raw source, byte for byte as received, copied after the build
 * to `sources/<id>.txt` (routes.source): short, URL-safe, unique whatever the
 * source file is called, and served as text. Copied, not rendered: a page
 * route per source cost the build a second per thousand sources for bytes it
 * only passes through. The bytes are checked against the entry's SHA-256; a
 * kept entry whose source has changed or gone gets a note instead, and the
 * build says so.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { articlesDir, sourcesDir } from '../lib/content-dirs.ts';
import { routes } from '../lib/paths.ts';

const BATCH = 64;
/**
 * An entry file's id and its source's name and SHA-256: its `id:` line and `source:` block as the ingest writes
 * them, read as YAML (a file name may hold any character, quoted and escaped), not the whole front matter.
 */
function sourceOf(text: string): { id: string; file: string; sha256: string } | null {
	const id = /^id: .*$/m.exec(text)?.[0];
	const source = /^source:\n(?: {2}.*\n)+/m.exec(text)?.[0];
	if (!id || !source) return null;
	const data = parseYaml(`${id}\n${source}`) as { id?: unknown; source?: { file?: unknown; sha256?: unknown } };
	const { file, sha256 } = data.source ?? {};
	return typeof data.id === 'string' && typeof file === 'string' && typeof sha256 === 'string' ? { id: data.id, file, sha256 } : null;
}

export default function rawSources(): AstroIntegration {
	return {
		name: 'archive:raw-sources',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const names = (await readdir(articlesDir)).filter((n) => n.endsWith('.md')).sort();
				await mkdir(path.join(root, 'sources'), { recursive: true });
				let changed = 0;
				for (let start = 0; start < names.length; start += BATCH) {
					await Promise.all(
						names.slice(start, start + BATCH).map(async (name) => {
							const entry = sourceOf(await readFile(path.join(articlesDir, name), 'utf8'));
							if (!entry) throw new Error(`${name}: no id or source in its front matter`);
							const bytes = await readFile(path.join(sourcesDir, entry.file)).catch(() => null);
							const same = bytes !== null && createHash('sha256').update(bytes).digest('hex') === entry.sha256;
							if (!same) {
								changed++;
								logger.warn(`${entry.file} is not the file its entry was made from (SHA-256 ${entry.sha256}); run npm run ingest`);
							}
							const text = same ? bytes : `The source file ${JSON.stringify(entry.file)} has changed or is gone since this entry was made from it (SHA-256 ${entry.sha256}).\n`;
							await writeFile(path.join(root, routes.source(entry.id)), text);
						}),
					);
				}
				logger.info(`copied ${names.length - changed} raw sources${changed > 0 ? ` (${changed} changed or gone, noted)` : ''}`);
			},
		},
	};
}
