/**
 * npm run bench [-- --count 10000 --rounds 3 --baseline <git ref> --report tests/benchmarks --skip-build --no-baselines]
 *
 * The pipeline at scale, side by side with what it is measured against, in one
 * run on the same entries: N synthetic sources (scripts/bench/generate.ts) go
 * through this project's ingest (cold, again with nothing changed, after one
 * source changed) and build; the same entries through Hugo (Debian's package,
 * a minimal template) and a minimal Astro site, each followed by Pagefind's
 * CLI; with --baseline, an earlier commit of this project too. Each phase:
 * wall time, CPU time and peak memory of its process tree; each build: files,
 * size, median and largest page; this project's search: bytes and keystroke to
 * results in headless Chromium. Prints the ratios against the scale issue's
 * targets and writes bench-<N>.md and bench-<N>.json to --report.
 * `--articles` is an alias of `--count`. `--input html` benchmarks the HTML and
 * WARC ingest instead (scripts/bench/html.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { distStats } from './bench/dist-stats.ts';
import { generateSources } from './bench/generate.ts';
import { markdown, type PhaseSummary, type Ratio, type Report, type SystemSummary } from './bench/report.ts';
import { runHtmlBench } from './bench/html.ts';
import { runHugo, runMinimalAstro, runProject, worktree, type SystemRun } from './bench/systems.ts';
import { searchCost } from './lib/search-cost.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
	options: {
		count: { type: 'string' },
		articles: { type: 'string' },
		rounds: { type: 'string', default: '1' },
		baseline: { type: 'string' },
		report: { type: 'string', default: 'tests/benchmarks' },
		'skip-build': { type: 'boolean', default: false },
		'no-baselines': { type: 'boolean', default: false },
		query: { type: 'string', multiple: true, default: ['Hollande', 'koalisi', 'Turkey'] },
		keep: { type: 'boolean', default: false },
		input: { type: 'string', default: 'text' },
	},
});
const count = Number(values.count ?? values.articles ?? '1000');
const rounds = Number(values.rounds);
const build = !values['skip-build'];
const work = await mkdtemp(path.join(tmpdir(), 'archive-bench-'));
const pristine = path.join(work, 'sources-pristine');

if (values.input === 'html') {
	// Saved pages and a WARC through the ingest (scripts/bench/html.ts); no build.
	const at = values.baseline ? path.join(work, 'baseline-tree') : null;
	const remove = at ? await worktree(ROOT, values.baseline!, at) : () => {};
	try {
		await runHtmlBench({ root: ROOT, work, count, report: values.report, baseline: at ? { ref: values.baseline!, root: at } : null });
	} finally {
		remove();
		if (!values.keep) await rm(work, { recursive: true, force: true });
	}
	process.exit(0);
}
if (values.input !== 'text') throw new Error(`--input is text or html, not ${values.input}`);

console.log(`benchmark: ${count} articles, ${rounds} round(s), Node ${process.version}, in ${work}`);
await generateSources(path.join(ROOT, 'content/sources'), pristine, count);

const runs: SystemRun[] = [];
const log = (run: SystemRun) => {
	for (const p of run.phases) console.log(`${`${run.system}: ${p.name}`.padEnd(58)} ${p.measured.seconds.toFixed(1).padStart(7)} s  CPU ${p.measured.cpuSeconds.toFixed(1).padStart(7)} s  ${p.measured.peakRssMb.toFixed(0).padStart(6)} MB peak`);
	if (run.failed) console.log(`${run.system}: FAILED: ${run.failed}`);
	runs.push(run);
};
let removeWorktree = () => {};
let beforeRoot: string | null = null;
if (values.baseline) {
	beforeRoot = path.join(work, 'baseline-tree');
	removeWorktree = await worktree(ROOT, values.baseline, beforeRoot);
}
let lastDist = '';
try {
	for (let round = 1; round <= rounds; round++) {
		// Each round starts from the same sources (the "one source changed" phase edits one).
		const sources = path.join(work, 'sources');
		await rm(sources, { recursive: true, force: true });
		execFileSync('cp', ['-r', pristine, sources]);
		const current = await runProject('this project', ROOT, work, sources, { build, changeOne: true });
		log(current);
		lastDist = current.dist;
		if (beforeRoot) {
			execFileSync('cp', ['-r', pristine, `${sources}-before`]);
			log(await runProject(`this project at ${values.baseline}`, beforeRoot, work, `${sources}-before`, { build, changeOne: false }));
			await rm(`${sources}-before`, { recursive: true, force: true });
		}
		if (build && !values['no-baselines']) {
			log(await runHugo(ROOT, work, current.entries));
			log(await runMinimalAstro(ROOT, work, current.entries, sources));
		}
	}
} finally {
	removeWorktree();
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)]!;
const systems: SystemSummary[] = [];
for (const name of [...new Set(runs.map((r) => r.system))]) {
	const mine = runs.filter((r) => r.system === name);
	const phases: PhaseSummary[] = mine[0]!.phases.map((p, i) => {
		const all = mine.map((r) => r.phases[i]!.measured);
		return { name: p.name, seconds: median(all.map((m) => m.seconds)), cpuSeconds: median(all.map((m) => m.cpuSeconds)), peakRssMb: Math.max(...all.map((m) => m.peakRssMb)), rounds: all.map((m) => m.seconds) };
	});
	const failed = mine.find((r) => r.failed)?.failed;
	systems.push({ system: name, phases, dist: build ? await distStats(mine.at(-1)!.dist).catch(() => null) : null, ...(failed ? { failed } : {}) });
}

const total = (system: string, phases?: string[]) => systems.find((s) => s.system === system)?.phases.filter((p) => !phases || phases.includes(p.name)).reduce((sum, p) => sum + p.seconds, 0);
const peak = (system: string) => Math.max(...(systems.find((s) => s.system === system)?.phases.map((p) => p.peakRssMb) ?? [0]));
const BUILD = 'build (astro + Pagefind + offline)';
const ratios: Ratio[] = [];
const ours = total('this project', ['ingest', BUILD]);
const hugo = total('Hugo + Pagefind');
const minimal = total('minimal Astro + Pagefind');
const builds = total('this project', [BUILD]);
if (ours !== undefined && hugo) ratios.push({ what: 'ingest + build, against Hugo + Pagefind', value: ours / hugo, target: count >= 100_000 ? null : 1.5, unit: 'x' });
if (builds && minimal) ratios.push({ what: 'build, against minimal Astro + Pagefind', value: builds / minimal, target: count >= 100_000 ? null : 1.0, unit: 'x' });
if (ours !== undefined) ratios.push({ what: 'ingest + build, wall time', value: ours, target: count >= 100_000 ? 480 : null, unit: 's' });
ratios.push({ what: 'peak memory of this project (any phase)', value: peak('this project'), target: count >= 100_000 ? 12 * 1024 : 2.5 * 1024, unit: 'MB' });
const rerun = total('this project', ['ingest, nothing changed']);
if (rerun !== undefined) ratios.push({ what: 'ingest again, nothing changed', value: rerun, target: count <= 10_000 ? 2 : null, unit: 's' });
for (const r of ratios) console.log(`${r.what}: ${r.unit === 'x' ? `${r.value.toFixed(2)}x` : r.unit === 's' ? `${r.value.toFixed(1)} s` : `${(r.value / 1024).toFixed(2)} GB`}${r.target !== null ? ` (target ${r.unit === 'MB' ? `${(r.target / 1024).toFixed(1)} GB` : `${r.target}${r.unit}`})` : ''}`);

// This project's search, when its build wrote an index.
const searchable = build && (await stat(path.join(lastDist, 'pagefind', 'shards.json')).catch(() => null)) !== null;
const search = searchable ? await searchCost(lastDist, '/', values.query) : [];
for (const q of search) console.log(`search "${q.query}": ${q.results} results; open ${(q.opening.gzip / 1024).toFixed(0)} KB gzip, query ${(q.queryBytes.gzip / 1024).toFixed(0)} KB gzip; ${q.coldMs.toFixed(0)} ms cold, ${q.warmMs.toFixed(0)} ms warm`);
for (const s of systems) if (s.dist) console.log(`${s.system}: ${s.dist.files} files, ${(s.dist.bytes / 1024 / 1024).toFixed(0)} MB; ${s.dist.htmlPages} HTML pages, median ${(s.dist.medianPageBytes / 1024).toFixed(1)} KB, ${s.dist.overLimit} over 200 KB; largest ${s.dist.largest.map((p) => `${p.page} ${(p.bytes / 1024).toFixed(0)} KB`).join(', ')}`);

const version = (command: string, args: string[]) => {
	try {
		return execFileSync(command, args, { encoding: 'utf8' }).split('\n')[0]!.trim();
	} catch {
		return 'not found';
	}
};
const packageVersion = async (name: string) => (JSON.parse(await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const report: Report = {
	count,
	rounds,
	date: new Date().toISOString().slice(0, 10),
	machine: {
		CPU: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
		memory: `${(os.totalmem() / 1024 ** 3).toFixed(0)} GB`,
		system: `${os.type()} ${os.release()}`,
		Node: process.version,
		Astro: await packageVersion('astro'),
		Pagefind: await packageVersion('pagefind'),
		Hugo: version('hugo', ['version']),
		commit: version('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
	},
	systems,
	ratios,
	search,
};
await mkdir(values.report, { recursive: true });
await writeFile(path.join(values.report, `bench-${count}.md`), markdown(report));
await writeFile(path.join(values.report, `bench-${count}.json`), `${JSON.stringify(report, null, '\t')}\n`);
console.log(`report: ${path.join(values.report, `bench-${count}.md`)} and .json`);
if (!values.keep) await rm(work, { recursive: true, force: true });
