/**
 * npm run build [-- --strict] [astro build options, e.g. --outDir DIR]
 *
 * The ingest, then `astro build`. A source the ingest rejects does not stop the
 * rest from being published: the site is built from every good source, and the
 * rejected ones are named at the end (and kept in <entries>/rejected.json). With
 * --strict, or when CI is set, any rejection fails the build before Astro runs.
 * The folders come from ARCHIVE_SOURCES and ARCHIVE_ARTICLES, as the site reads them.
 * Exit codes: 0 built; 1 a source rejected under --strict, or the build failed;
 * 2 and 3 as the ingest's (usage, environment): nothing is built.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REJECTED_REPORT, type RejectedReport } from './ingest/output.ts';
import { articlesDir, gazetteerFile, sourcesDir } from '../src/lib/content-dirs.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Whether the environment says this is CI: any value but empty, "0" or "false". */
const inCi = (value: string | undefined) => value !== undefined && !['', '0', 'false'].includes(value.toLowerCase());

function main(args: string[]): number {
	const strict = args.includes('--strict') || inCi(process.env.CI);
	const astroArgs = args.filter((a) => a !== '--strict');
	const run = (command: string[]) => spawnSync(process.execPath, command, { cwd: ROOT, stdio: 'inherit' }).status ?? 1;

	const gazetteer = process.env.ARCHIVE_GAZETTEER ? ['--gazetteer', gazetteerFile] : [];
	const ingest = run([path.join(ROOT, 'scripts/ingest.ts'), '--sources', sourcesDir, '--out', articlesDir, ...gazetteer]);
	if (ingest !== 0 && ingest !== 1) return ingest;
	const report: RejectedReport = ingest === 1 ? JSON.parse(readFileSync(path.join(articlesDir, REJECTED_REPORT), 'utf8')) : { rejected: [], problems: [] };
	const rejected = report.rejected.length + report.problems.length;
	const what = `${rejected} ${rejected === 1 ? 'source or problem' : 'sources or problems'} rejected`;
	if (rejected > 0 && strict) {
		process.stderr.write(`build: ${what} (--strict${inCi(process.env.CI) ? ', CI' : ''}): nothing was built\n`);
		return 1;
	}
	const built = run([ASTRO, 'build', ...astroArgs]);
	if (built !== 0) return built;
	if (rejected > 0) {
		process.stderr.write(`\nbuild: published the rest; ${what} (see ${path.join(articlesDir, REJECTED_REPORT)}):\n`);
		for (const { file, reasons } of report.rejected) process.stderr.write(`build:   ${file}: ${reasons.join('; ')}\n`);
		for (const problem of report.problems) process.stderr.write(`build:   ${problem}\n`);
	}
	return 0;
}

process.exitCode = main(process.argv.slice(2));
