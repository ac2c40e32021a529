/**
 * The systems the benchmark runs on the same entries, each as measured phases:
 * this project (ingest cold, again with nothing changed, after one source
 * changed, then the site build with its Pagefind index and offline manifest),
 * optionally an earlier commit of it, and the two baselines: Hugo (Debian's
 * package) with a minimal template and a minimal Astro site, each followed by
 * Pagefind's CLI.
 */
import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdir, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { measure, type Measured } from './measure.ts';

export interface Phase {
	name: string;
	measured: Measured;
}

export interface SystemRun {
	system: string;
	phases: Phase[];
	/** The built site, for its sizes. */
	dist: string;
	/** Why a phase failed (the phases before it, and it, are measured; none after). */
	failed?: string;
}

/** Runs a system's phases; a failing phase ends the system's run, measured and named, not the benchmark. */
async function attempt<T extends SystemRun>(run: T, steps: (phases: Phase[]) => Promise<void>): Promise<T> {
	try {
		await steps(run.phases);
	} catch (error) {
		// What failed and the last lines it printed (the reason is at the end of a build's output).
		const [what, ...output] = (error as Error).message.split('\n');
		run.failed = [what, ...output.map((line) => line.trim()).filter(Boolean).slice(-6)].join(' / ');
	}
	return run;
}

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const BASELINES = 'scripts/bench/baselines';

async function phase(phases: Phase[], name: string, command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
	const measured = await measure(command, args, options);
	phases.push({ name, measured });
	if (measured.code !== 0) throw new Error(`${name} failed (exit ${measured.code}):\n${measured.output.slice(-3000)}`);
	return measured;
}

const astroEnv = (entries: string, sources: string, cache: string): NodeJS.ProcessEnv => ({ ...process.env, ARCHIVE_ARTICLES: entries, ARCHIVE_SOURCES: sources, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' });

/** This project at `root` (the working tree, or a worktree of an earlier commit): its own ingest, then its build. */
export async function runProject(system: string, root: string, work: string, sources: string, options: { build: boolean; changeOne: boolean }): Promise<SystemRun & { entries: string }> {
	const dir = path.join(work, system);
	await rm(dir, { recursive: true, force: true });
	const entries = path.join(dir, 'articles');
	const dist = path.join(dir, 'dist');
	const ingest = ['scripts/ingest.ts', '--sources', sources, '--out', entries];
	return attempt({ system, phases: [], dist, entries }, async (phases) => {
		await phase(phases, 'ingest', process.execPath, ingest, { cwd: root });
		await phase(phases, 'ingest, nothing changed', process.execPath, ingest, { cwd: root });
		if (options.changeOne) {
			const first = (await readdir(sources)).sort()[0]!;
			await appendFile(path.join(sources, first), '\nThe talks will continue next week, officials said on the sidelines of the meeting in Vienna.\n');
			await phase(phases, 'ingest, one source changed', process.execPath, ingest, { cwd: root });
		}
		if (options.build) await phase(phases, 'build (astro + Pagefind + offline)', process.execPath, [ASTRO, 'build', '--outDir', dist], { cwd: root, env: astroEnv(entries, sources, path.join(dir, 'cache')) });
	});
}

/** Hugo with a minimal template over the same entries (their front matter is Hugo's), then Pagefind's CLI. */
export async function runHugo(root: string, work: string, entries: string): Promise<SystemRun> {
	const dir = path.join(work, 'hugo');
	await rm(dir, { recursive: true, force: true });
	const content = path.join(dir, 'content', 'articles');
	await mkdir(content, { recursive: true });
	// Only the entries (the ingest's ledger is no content); copied before the timing starts.
	for (const name of await readdir(entries)) if (name.endsWith('.md')) await cp(path.join(entries, name), path.join(content, name));
	const dist = path.join(dir, 'public');
	return attempt({ system: 'Hugo + Pagefind', phases: [], dist }, async (phases) => {
		await phase(phases, 'hugo', 'hugo', ['--source', path.join(root, BASELINES, 'hugo'), '--contentDir', path.dirname(content), '--destination', dist, '--cacheDir', path.join(dir, 'cache'), '--quiet'], { cwd: root });
		await phase(phases, 'Pagefind CLI', path.join(root, 'node_modules/.bin/pagefind'), ['--site', dist, '--silent'], { cwd: root });
	});
}

/** A minimal Astro site (same Astro, same Sätteri, `retainBody: false`) over the same entries, then Pagefind's CLI. */
export async function runMinimalAstro(root: string, work: string, entries: string, sources: string): Promise<SystemRun> {
	const dir = path.join(work, 'minimal-astro');
	await rm(dir, { recursive: true, force: true });
	const dist = path.join(dir, 'dist');
	return attempt({ system: 'minimal Astro + Pagefind', phases: [], dist }, async (phases) => {
		await phase(phases, 'astro build', process.execPath, [path.join(root, ASTRO), 'build', '--root', path.join(root, BASELINES, 'astro'), '--outDir', dist], { cwd: root, env: astroEnv(entries, sources, path.join(dir, 'cache')) });
		await phase(phases, 'Pagefind CLI', path.join(root, 'node_modules/.bin/pagefind'), ['--site', dist, '--silent'], { cwd: root });
	});
}

/** A worktree of an earlier commit, sharing this checkout's node_modules; removed by the returned function. */
export async function worktree(root: string, ref: string, at: string): Promise<() => void> {
	execFileSync('git', ['worktree', 'add', '--detach', '--quiet', at, ref], { cwd: root });
	await symlink(path.join(root, 'node_modules'), path.join(at, 'node_modules'));
	return () => execFileSync('git', ['worktree', 'remove', '--force', at], { cwd: root });
}
