/**
 * Offline reading, written after the site and its search index are built
 * (the contract's types are src/lib/offline.ts): `offline.json`, a small index
 * of what saving each part costs (src/integrations/offline-parts.ts: the search
 * index and search page, each year, each agency, everything), the lists of each
 * part's files, `offline/<part>-<n>.json` (5,000 to a list), and `sw.js`, the
 * service worker with the build's version and the shell it precaches (front
 * page, search page, its frames and runtime).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagesOf } from '../lib/archive.ts';
import { inBatches } from '../lib/batches.ts';
import { listFiles } from '../lib/list-files.ts';
import { FILES_PER_LIST, fileUrl, listRoute, OFFLINE_INDEX, type OfflineIndex, type OfflineList, type OfflinePart, partMarker, partsOf, type WorkerConfig } from '../lib/offline.ts';
import { pageAgency, splitIntoParts, type BuiltFile, type PartFiles } from './offline-parts.ts';
import { withBase } from '../lib/paths.ts';
import { SHARDS_ROUTE, shardsFor, type SearchShards } from '../lib/search-shards.ts';

/** Files a reader never needs offline: Pagefind's stock UIs (the archive has its own), the offline lists themselves, the bulk export. */
const NOT_OFFLINE = /^(sw\.js|export\/[^/]+|offline\.json|offline\/[^/]+\.json|pagefind\/[^/]+\/wasm\.unknown\.pagefind)$/;

/** A built file's URL, size and SHA-256. */
interface Read extends BuiltFile {
	sha256: string;
}

/** Reads the files, many at once; `each` sees every file's bytes. */
const readAll = (root: string, base: string, files: readonly string[], each: (file: string, bytes: Buffer) => void) =>
	inBatches(files, 64, async (file): Promise<Read> => {
		const bytes = await readFile(path.join(root, file));
		each(file, bytes);
		return { file, url: fileUrl(base, file), bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
	});

export default function offline(options: { searchIndexed: () => Promise<unknown> }): AstroIntegration {
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
				const agencies = new Map<string, string | null>();
				const agencyOf = (file: string, bytes: Buffer) => {
					const article = /^articles\/([^/]+)\/index\.html$/.exec(file)?.[1];
					if (article) agencies.set(article, pageAgency(bytes.toString('utf8')));
				};
				// Everything but the search index while it is being built (its shards' working folder too), then the index.
				const pages = (await listFiles(root, (top) => top !== 'pagefind')).filter((f) => !NOT_OFFLINE.test(f));
				const read = await readAll(root, base, pages, agencyOf);
				await options.searchIndexed();
				const searchFiles = (await listFiles(path.join(root, 'pagefind'))).map((f) => `pagefind/${f}`).filter((f) => !NOT_OFFLINE.test(f));
				read.push(...(await readAll(root, base, searchFiles, () => {})));
				read.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
				const files = read.map((r) => r.file);
				const version = createHash('sha256');
				for (const r of read) version.update(`${r.url}\0${r.sha256}\n`);
				const id = version.digest('hex').slice(0, 16);
				// Named by base path and build: deployments sharing an origin keep their own caches.
				const prefix = `archive:${base}:`;
				const cache = `${prefix}${id}`;
				const marker = `${base}__offline-saved__`;

				// The shell: pages that must work offline at once, and what they load.
				const shellPages = ['index.html', 'search/index.html', 'offline/index.html', '404.html', ...files.filter((f) => /^search\/lang\/[^/]+\/index\.html$/.test(f))];
				const shell = new Set<string>([`${base}register.js`, `${base}search-frame.js`, `${base}not-found.js`, withBase(base, SHARDS_ROUTE)]);
				const shardIndex = JSON.parse(await readFile(path.join(root, SHARDS_ROUTE), 'utf8')) as SearchShards;
				const wasm = new Map<string, string>();
				for (const shard of shardIndex.shards) {
					const dir = `pagefind/${shard.name}/`;
					const entry = JSON.parse(await readFile(path.join(root, dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string }> };
					shell.add(withBase(base, `${dir}pagefind-entry.json`));
					for (const [language, index] of Object.entries(entry.languages)) {
						shell.add(withBase(base, `${dir}pagefind.${index.hash}.pf_meta`));
						wasm.set(language, index.wasm);
					}
				}
				// Pagefind and its wasm from each language's first shard, where its frame loads them.
				for (const [language, name] of wasm) {
					const dir = `pagefind/${shardsFor(shardIndex, language)[0]!.name}/`;
					for (const file of ['pagefind.js', 'pagefind-worker.js', `wasm.${name}.pagefind`]) shell.add(withBase(base, `${dir}${file}`));
				}
				// Filter chunks are small and every search needs them, offline too.
				for (const file of files) if (/^pagefind\/[^/]+\/filter\//.test(file)) shell.add(fileUrl(base, file));
				for (const page of shellPages) {
					shell.add(fileUrl(base, page));
					const html = await readFile(path.join(root, page), 'utf8');
					for (const [, ref] of html.matchAll(/(?:src|href)="([^"]+)"/g)) if (ref!.startsWith(`${base}_astro/`)) shell.add(ref!);
				}
				// And the chunks those scripts import: two pages' scripts share one (the front page's and the search page's share format.ts).
				for (const ref of shell) {
					if (!ref.startsWith(`${base}_astro/`) || !ref.endsWith('.js')) continue;
					const code = await readFile(path.join(root, ref.slice(base.length)), 'utf8');
					for (const [, chunk] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) shell.add(`${base}_astro/${chunk}`);
				}
				const bytes = read.reduce((sum, f) => sum + f.bytes, 0);
				// The index is small and fetched first; a part's lists of files only when a reader saves it.
				await mkdir(path.join(root, 'offline'), { recursive: true });
				const publish = async (files: PartFiles): Promise<OfflinePart> => {
					const lists: string[] = [];
					for (const [i, page] of pagesOf(files.files, FILES_PER_LIST).entries()) {
						const list: OfflineList = { files: page };
						await writeFile(path.join(root, listRoute(files.key, i + 1)), `${JSON.stringify(list)}\n`);
						lists.push(withBase(base, listRoute(files.key, i + 1)));
					}
					return { key: files.key, label: files.label, articles: files.articles.size, files: files.files.length, bytes: files.files.reduce((sum, f) => sum + f.bytes, 0), lists };
				};
				const parts = splitIntoParts(read, agencies);
				const index: OfflineIndex = {
					version: id, cache, marker, files: read.length, bytes,
					core: await publish(parts.core), rest: await publish(parts.rest),
					years: await Promise.all(parts.years.map(publish)), agencies: await Promise.all(parts.agencies.map(publish)),
				};
				await writeFile(path.join(root, OFFLINE_INDEX), `${JSON.stringify(index)}\n`);
				// The first path segments this build publishes: the worker handles no URL outside them, so an archive at /
				// never caches or serves the pages of another archive deployed under it (at /archive/, say).
				const roots = [...new Set(files.map((f) => f.split('/')[0]!))].sort();
				const config: WorkerConfig = { version: id, base, prefix, cache, marker, roots, shell: [...shell].sort(), index: withBase(base, OFFLINE_INDEX) };
				// The worker saves again what a reader saved from an older build, choosing the parts as the page does.
				await writeFile(path.join(root, 'sw.js'), `const ARCHIVE = ${JSON.stringify(config)};\nconst partsOf = ${partsOf.toString()};\nconst partMarker = ${partMarker.toString()};\n${template}`);
				logger.info(`offline: ${read.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB; shell of ${shell.size}; version ${id}`);
			},
		},
	};
}
