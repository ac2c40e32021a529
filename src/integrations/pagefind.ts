/**
 * Builds the Pagefind search index from the finished site, inside `astro
 * build`, in shards (src/lib/search-shards.ts): the article pages are split
 * into runs of whole months, and each run is indexed by Pagefind's CLI in a
 * child process of its own, one after the other, so the indexer's memory grows
 * with the shard, not the archive. Each child's exit is checked: an index that
 * was not written fails the build, naming the signal (the Node API's promise
 * never settled when its process died out of memory, and `astro build` exited
 * 0 with no index). Only article pages carry `data-pagefind-body`; Pagefind
 * writes one index per `<html lang>` into each shard.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inBatches } from '../lib/batches.ts';
import { defaultShardPages, HIGHLIGHT_ROUTE, planShards, SHARDS_ROUTE, type SearchShard, type SearchShards } from '../lib/search-shards.ts';

/** The last lines a run printed, on one line: where its reason is. */
const lastLines = (output: string) => output.trim().split('\n').slice(-5).join(' / ');

/** Runs Pagefind's CLI (the package's own runner, under `root`'s node_modules) over `site`; resolves to its output, rejects with why it failed. */
export function runPagefind(root: string, site: string, glob: string, outputPath?: string): Promise<string> {
	const cli = path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
	const args = [cli, '--site', site, '--glob', glob, ...(outputPath ? ['--output-path', outputPath] : [])];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (code === 0) resolve(output);
			else reject(new Error(`Pagefind ${signal ? `was killed (${signal}${signal === 'SIGKILL' ? ', most likely out of memory' : ''})` : `exited with code ${code}`}: ${lastLines(output)}`));
		});
	});
}

/** Pagefind's stock interfaces: the archive has its own search page, so the shards do not carry them. */
const STOCK_UI = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$/;

/** The article pages' ids: the directories under `articles/` holding an index.html. */
async function articleIds(site: string): Promise<string[]> {
	const entries = await readdir(path.join(site, 'articles'), { withFileTypes: true }).catch(() => []);
	return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/**
 * A site holding only these article pages: hard links (copies where the file system has none) in
 * `tree`, at the same paths, so Pagefind gives each the URL it has in the real site.
 */
async function linkTree(site: string, tree: string, ids: readonly string[]) {
	await inBatches(ids, 256, async (id) => {
		const from = path.join(site, 'articles', id, 'index.html');
		const to = path.join(tree, 'articles', id, 'index.html');
		await mkdir(path.dirname(to), { recursive: true });
		await link(from, to).catch(() => copyFile(from, to));
	});
}

/**
 * Indexes the site's article pages into `pagefind/` in shards of at most `limit` pages (a number, or a
 * rule from the number of article pages); returns the shards.
 */
export async function indexInShards(root: string, site: string, limit: number | ((pages: number) => number)): Promise<SearchShard[]> {
	const bundle = path.join(site, 'pagefind');
	// Beside the site, not in it (the offline lists are made from the site meanwhile), on its file system
	// (hard links); in the system's temporary folder where the site's parent cannot be written.
	const work = await mkdtemp(path.join(path.dirname(path.resolve(site)), '.pagefind-shard-')).catch(() => mkdtemp(path.join(tmpdir(), 'pagefind-shard-')));
	await rm(bundle, { recursive: true, force: true });
	const ids = await articleIds(site);
	const shards: SearchShard[] = [];
	try {
		for (const plan of planShards(ids, typeof limit === 'number' ? limit : limit(ids.length))) {
			await rm(work, { recursive: true, force: true });
			await linkTree(site, work, plan.ids);
			const out = path.join(bundle, plan.name);
			const output = await runPagefind(root, work, 'articles/*/index.html', out);
			const entry = await readFile(path.join(out, 'pagefind-entry.json'), 'utf8').catch(() => {
				throw new Error(`Pagefind wrote no index for shard ${plan.name}: ${lastLines(output)}`);
			});
			const languages = (JSON.parse(entry) as { languages: Record<string, { page_count: number }> }).languages;
			shards.push({ name: plan.name, pages: plan.ids.length, languages: Object.fromEntries(Object.entries(languages).map(([language, index]) => [language, index.page_count])) });
			for (const file of await readdir(out)) {
				if (file === 'pagefind-highlight.js' && shards.length === 1) await copyFile(path.join(out, file), path.join(site, HIGHLIGHT_ROUTE));
				if (STOCK_UI.test(file) || file === 'pagefind-highlight.js') await rm(path.join(out, file));
			}
		}
	} finally {
		await rm(work, { recursive: true, force: true });
	}
	const index: SearchShards = { shards };
	await writeFile(path.join(site, SHARDS_ROUTE), `${JSON.stringify(index)}\n`);
	return shards;
}

/** The shard size: `SEARCH_SHARD_PAGES` from the environment, else the rule for the archive's size. */
export function shardPages(env: NodeJS.ProcessEnv): number | ((pages: number) => number) {
	const value = env.SEARCH_SHARD_PAGES?.trim();
	if (!value) return defaultShardPages;
	const pages = Number(value);
	if (!Number.isInteger(pages) || pages < 1) throw new Error(`SEARCH_SHARD_PAGES must be a whole number of pages, at least 1 (got "${value}")`);
	return pages;
}

/** The integration, and the index it builds: `indexed()` settles once the shards are written (rejecting with why they were not). */
export type SearchIndexIntegration = AstroIntegration & { indexed: () => Promise<SearchShard[]> };

/**
 * Starts indexing when the pages are written and does not wait for it: the integrations after it (the raw
 * sources and citations, the offline lists) work meanwhile, and one of them awaits `indexed()`.
 */
export default function pagefindIndex(): SearchIndexIntegration {
	let root = process.cwd();
	let running: Promise<SearchShard[]> | null = null;
	return {
		name: 'archive:pagefind',
		indexed: () => running ?? Promise.reject(new Error('The search index was never started: archive:pagefind must come before the integration awaiting it')),
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				running = indexInShards(root, fileURLToPath(dir), shardPages(process.env)).then((shards) => {
					const pages = shards.reduce((sum, shard) => sum + shard.pages, 0);
					logger.info(`indexed ${pages} pages in ${shards.length} shard${shards.length === 1 ? '' : 's'} into pagefind/`);
					return shards;
				});
				// Awaited by a later integration; until then a failure must not count as unhandled.
				running.catch(() => {});
			},
		},
	};
}
