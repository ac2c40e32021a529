/**
 * npm run bench [-- --articles 10000 --skip-build]
 *
 * The pipeline at scale: generates N synthetic sources, then measures the
 * ingest (first run, and --check over the written entries) and the full site
 * build (astro build with the Pagefind index and offline manifest): wall time
 * and peak memory of the whole process tree, and what the build wrote.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateSources } from './bench/generate.ts';
import { measure, type Measured } from './bench/measure.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, 'skip-build': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
const count = Number(values.articles);
const work = await mkdtemp(path.join(tmpdir(), 'archive-bench-'));
const sources = path.join(work, 'sources');
const entries = path.join(work, 'articles');
const dist = path.join(work, 'dist');

const line = (label: string, m: Measured) => console.log(`${label.padEnd(26)} ${m.seconds.toFixed(1).padStart(7)} s  ${m.peakRssMb.toFixed(0).padStart(6)} MB peak RSS  (exit ${m.code})`);

console.log(`benchmark: ${count} articles, Node ${process.version}, in ${work}`);
await generateSources(path.join(ROOT, 'content/sources'), sources, count);
const ingest = await measure(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', entries], { cwd: ROOT });
line('ingest', ingest);
if (ingest.code !== 0) console.log(ingest.output.split('\n').slice(0, 5).join('\n'));
line('ingest --check', await measure(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', entries, '--check'], { cwd: ROOT }));
console.log(`entries written: ${(await readdir(entries)).length}`);

if (!values['skip-build']) {
	const cache = path.join(work, 'astro-cache');
	const build = await measure(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
		cwd: ROOT,
		env: { ...process.env, ARCHIVE_ARTICLES: entries, ARCHIVE_SOURCES: sources, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	line('astro build (+ Pagefind)', build);
	// Astro's and the integrations' own timings, as the build printed them.
	for (const found of build.output.matchAll(/^.*(?:Completed in|built in|indexed|offline:).*$/gm)) console.log(`  ${found[0].replace(/^\S+ /, '').trim()}`);
	if (build.code !== 0) console.log(build.output.slice(-2000));
	const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
	let bytes = 0;
	for (const f of files) bytes += (await stat(path.join(f.parentPath, f.name))).size;
	const pagefindFiles = files.filter((f) => f.parentPath.includes(`${path.sep}pagefind`)).length;
	console.log(`dist: ${files.length} files (${pagefindFiles} Pagefind), ${(bytes / 1024 / 1024).toFixed(0)} MB`);
}
if (!values.keep) await rm(work, { recursive: true, force: true });
