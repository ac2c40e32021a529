/**
 * Offline reading, written after the site and its search index are built
 * (the contract's types are src/lib/offline.ts): `offline.json`, a small index
 * of what saving costs, `offline/files-<n>.json`, the lists of every file a
 * reader can save (5,000 to a list), and `sw.js`, the service worker with the
 * build's version and the shell it precaches (front page, search page, its
 * frames and runtime).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/list-files.ts';
import { FILES_PER_LIST, fileUrl, listRoute, OFFLINE_INDEX, type OfflineIndex, type OfflineList, type WorkerConfig } from '../lib/offline.ts';
import { withBase } from '../lib/paths.ts';
import { SHARDS_ROUTE, type SearchShards } from '../lib/search-shards.ts';

/** Files a reader never needs: Pagefind's stock UIs (the archive has its own), and the offline lists themselves. */
const NOT_OFFLINE = /^(sw\.js|offline\.json|offline\/files-\d+\.json|pagefind\/[^/]+\/wasm\.unknown\.pagefind)$/;

export default function offline(): AstroIntegration {
	let base = '/';
	let template = '';
	return {
		name: 'archive:offline',
		hooks: {
			'astro:config:done': async ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				template = await readFile(fileURLToPath(new URL('src/offline/service-worker.js', config.root)), 'utf8');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await listFiles(root)).filter((f) => !NOT_OFFLINE.test(f));
				const version = createHash('sha256');
				const listed: { url: string; bytes: number }[] = [];
				// Read many at once: one at a time, 60,000 files took 20 s.
				for (let start = 0; start < files.length; start += 64) {
					const batch = files.slice(start, start + 64);
					const contents = await Promise.all(batch.map((file) => readFile(path.join(root, file))));
					batch.forEach((file, i) => {
						const url = fileUrl(base, file);
						version.update(`${url}\0${createHash('sha256').update(contents[i]!).digest('hex')}\n`);
						listed.push({ url, bytes: contents[i]!.length });
					});
				}
				const id = version.digest('hex').slice(0, 16);
				// Named by base path and build: deployments sharing an origin keep their own caches.
				const prefix = `archive:${base}:`;
				const cache = `${prefix}${id}`;
				const marker = `${base}__offline-saved__`;

				// The shell: pages that must work offline at once, and what they load.
				const shellPages = ['index.html', 'search/index.html', 'offline/index.html', '404.html', ...files.filter((f) => /^search\/lang\/[^/]+\/index\.html$/.test(f))];
				const shell = new Set<string>([`${base}register.js`, `${base}search-frame.js`, withBase(base, SHARDS_ROUTE)]);
				const { shards } = JSON.parse(await readFile(path.join(root, SHARDS_ROUTE), 'utf8')) as SearchShards;
				const runtime = new Set<string>();
				for (const shard of shards) {
					const dir = `pagefind/${shard.name}/`;
					const entry = JSON.parse(await readFile(path.join(root, dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string }> };
					shell.add(withBase(base, `${dir}pagefind-entry.json`));
					for (const [language, { hash, wasm }] of Object.entries(entry.languages)) {
						shell.add(withBase(base, `${dir}pagefind.${hash}.pf_meta`));
						// Pagefind and its wasm come from the first shard of each language (src/lib/search-shards.ts).
						if (runtime.has(language)) continue;
						runtime.add(language);
						for (const file of ['pagefind.js', 'pagefind-worker.js', `wasm.${wasm}.pagefind`]) shell.add(withBase(base, `${dir}${file}`));
					}
				}
				// Filter chunks are small and every search needs them, offline too.
				for (const file of files) if (/^pagefind\/[^/]+\/filter\//.test(file)) shell.add(fileUrl(base, file));
				for (const page of shellPages) {
					shell.add(fileUrl(base, page));
					const html = await readFile(path.join(root, page), 'utf8');
					for (const [, ref] of html.matchAll(/(?:src|href)="([^"]+)"/g)) if (ref!.startsWith(`${base}_astro/`)) shell.add(ref!);
				}
				const bytes = listed.reduce((sum, f) => sum + f.bytes, 0);
				// The index is small and fetched first; the lists of files only when a reader saves.
				await mkdir(path.join(root, 'offline'), { recursive: true });
				const lists: string[] = [];
				for (let start = 0, n = 1; start < listed.length; start += FILES_PER_LIST, n++) {
					const list: OfflineList = { files: listed.slice(start, start + FILES_PER_LIST) };
					await writeFile(path.join(root, listRoute(n)), `${JSON.stringify(list)}\n`);
					lists.push(withBase(base, listRoute(n)));
				}
				const index: OfflineIndex = { version: id, cache, marker, files: listed.length, bytes, lists };
				await writeFile(path.join(root, OFFLINE_INDEX), `${JSON.stringify(index)}\n`);
				// The first path segments this build publishes: the worker handles no URL outside them, so an archive at /
				// never caches or serves the pages of another archive deployed under it (at /archive/, say).
				const roots = [...new Set(files.map((f) => f.split('/')[0]!))].sort();
				const config: WorkerConfig = { version: id, base, prefix, cache, marker, roots, shell: [...shell].sort(), index: withBase(base, OFFLINE_INDEX) };
				await writeFile(path.join(root, 'sw.js'), `const ARCHIVE = ${JSON.stringify(config)};\n${template}`);
				logger.info(`offline: ${listed.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB; shell of ${shell.size}; version ${id}`);
			},
		},
	};
}
