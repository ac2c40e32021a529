/**
 * Real builds for the tests: the ingest CLI and `astro build`, each in a child
 * process, into temporary folders, with the deploy settings in the environment.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildOptions {
	base?: string;
	site?: string;
	/** Folder of entries; default the committed content/articles. */
	articles?: string;
	/** Folder of raw sources; default content/sources. */
	sources?: string;
	/** An editor's redirects file; default content/redirects.yaml. */
	redirects?: string;
	/** Article pages per search shard (SEARCH_SHARD_PAGES); default the build's. */
	shardPages?: number;
	/** The archive's identity file (ARCHIVE_CONFIG); default content/archive.yaml. */
	config?: string;
	/** Hears what the build printed (stdout, then stderr). */
	onOutput?: (output: string) => void;
}

const made: string[] = [];
export async function tempDir(prefix: string): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}
export const cleanUp = () => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));

/** Ingest a folder of sources into a temporary folder of entries. */
export async function ingestInto(sources: string): Promise<string> {
	const out = await tempDir('entries-');
	await run(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), '--sources', sources, '--out', out], { cwd: ROOT });
	return out;
}

/**
 * Build the site; returns the output folder. Builds of one project share its
 * .astro/ folder, so they run one at a time (`npm test` runs test files one
 * at a time too).
 */
export async function buildSite(options: BuildOptions = {}): Promise<string> {
	const outDir = await tempDir('site-');
	const cacheDir = await tempDir('astro-cache-');
	const env: NodeJS.ProcessEnv = {
		...process.env,
		BASE_PATH: options.base ?? '/',
		ASTRO_CACHE_DIR: cacheDir,
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	delete env.SITE_URL;
	if (options.site) env.SITE_URL = options.site;
	if (options.articles) env.ARCHIVE_ARTICLES = options.articles;
	if (options.sources) env.ARCHIVE_SOURCES = options.sources;
	if (options.redirects) env.ARCHIVE_REDIRECTS = options.redirects;
	if (options.shardPages) env.SEARCH_SHARD_PAGES = String(options.shardPages);
	delete env.ARCHIVE_CONFIG;
	if (options.config) env.ARCHIVE_CONFIG = options.config;
	try {
		const { stdout, stderr } = await run(process.execPath, [ASTRO, 'build', '--outDir', outDir], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
		options.onOutput?.(`${stdout}\n${stderr}`);
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: string; stderr?: string };
		throw new Error(`astro build failed:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
	}
	return outDir;
}
