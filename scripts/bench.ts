/**
 * npm run bench [-- --articles 10000 --skip-build --baseline <git ref> --rounds 2]
 *
 * The pipeline at scale: generates N synthetic sources, then measures the
 * ingest (first run, and --check over the written entries) and the full site
 * build (astro build with the Pagefind index and offline manifest): wall time
 * and peak memory of the whole process tree, and what the build wrote.
 * With --baseline, the ingest of that commit (checked out in a temporary git
 * worktree) runs on the same sources in alternating rounds, side by side, and
 * the two sets of entries are compared.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateSources } from './bench/generate.ts';
import { measure, type Measured } from './bench/measure.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000' },
		'skip-build': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		baseline: { type: 'string' },
		rounds: { type: 'string', default: '2' },
	},
});
const count = Number(values.articles);
const work = await mkdtemp(path.join(tmpdir(), 'archive-bench-'));
const sources = path.join(work, 'sources');
const entries = path.join(work, 'articles');
const dist = path.join(work, 'dist');

const line = (label: string, m: Measured) => console.log(`${label.padEnd(26)} ${m.seconds.toFixed(1).padStart(7)} s  ${m.peakRssMb.toFixed(0).padStart(6)} MB peak RSS  (exit ${m.code})`);

console.log(`benchmark: ${count} articles, Node ${process.version}, in ${work}`);
await generateSources(path.join(ROOT, 'content/sources'), sources, count);
if (values.baseline) await compareIngest(values.baseline, Number(values.rounds));
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
	// The largest HTML pages (source viewers aside: a long source is a long page), against the 200 KB limit.
	const pages: { file: string; bytes: number }[] = [];
	for (const f of files.filter((f) => f.name.endsWith('.html'))) {
		const file = path.relative(dist, path.join(f.parentPath, f.name));
		if (!file.startsWith(`sources${path.sep}`)) pages.push({ file, bytes: (await stat(path.join(dist, file))).size });
	}
	pages.sort((a, b) => b.bytes - a.bytes);
	const over = pages.filter((p) => p.bytes > 200 * 1024).length;
	console.log(`HTML pages: ${pages.length}; ${over} over 200 KB; largest: ${pages.slice(0, 3).map((p) => `${p.file} ${(p.bytes / 1024).toFixed(0)} KB`).join(', ')}`);
}
if (!values.keep) await rm(work, { recursive: true, force: true });

/** This ingest and the baseline commit's, alternately on the same sources; then whether their entries differ. */
async function compareIngest(ref: string, rounds: number): Promise<void> {
	const tree = path.join(work, 'baseline');
	execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, ref], { cwd: ROOT });
	try {
		await symlink(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
		const runs = { baseline: [] as Measured[], current: [] as Measured[] };
		for (let round = 1; round <= rounds; round++) {
			for (const [name, cwd] of [['baseline', tree], ['current', ROOT]] as const) {
				const out = path.join(work, `compare-${name}`);
				await rm(out, { recursive: true, force: true });
				const result = await measure(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', out], { cwd });
				runs[name].push(result);
				line(`ingest ${name} (round ${round})`, result);
			}
		}
		const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)]!;
		const [base, current] = [runs.baseline, runs.current].map((r) => ({ seconds: median(r.map((m) => m.seconds)), mb: Math.max(...r.map((m) => m.peakRssMb)) }));
		console.log(`ingest ${ref} vs current: ${base!.seconds.toFixed(1)} s vs ${current!.seconds.toFixed(1)} s (${(current!.seconds / base!.seconds).toFixed(2)}x), peak ${base!.mb.toFixed(0)} vs ${current!.mb.toFixed(0)} MB`);
		const names = (await readdir(path.join(work, 'compare-current'))).sort();
		let differ = 0;
		for (const name of names) {
			const a = await readFile(path.join(work, 'compare-current', name), 'utf8');
			const b = await readFile(path.join(work, 'compare-baseline', name), 'utf8').catch(() => null);
			if (a !== b) differ++;
		}
		console.log(`entries: ${names.length} written; ${differ} differ from the baseline's`);
	} finally {
		execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
	}
}
