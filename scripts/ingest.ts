/**
 * npm run ingest [-- --sources DIR] [--out DIR] [--gazetteer FILE] [--check] [--json] [--years MIN-MAX] [--wait SECONDS]
 *
 * Reads raw sources, writes one entry per article, tagged with the gazetteer's
 * people, places and organizations. Exit codes:
 *   0  every source ingested (with --check: the output folder is current)
 *   1  some sources rejected, each named on stderr with the reason and in <out>/rejected.json; every good
 *      source is still written (or, with --check, the folder is stale)
 *   2  usage error, or an invalid gazetteer (each bad entry named): nothing is read or written
 *   3  environment error: the output folder cannot be read, written or locked; nothing was deleted
 * No input or environment error prints a stack trace.
 */
import { parseArgs } from 'node:util';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultSettings, type Settings } from './ingest/entry.ts';
import { describe, EnvironmentError, lockOutput, writeRejectedReport } from './ingest/output.ts';
import { run, type RunResult } from './ingest/run.ts';
import { GazetteerError, readGazetteer } from '../src/lib/gazetteer.ts';

const USAGE = 'usage: npm run ingest -- [--sources DIR] [--out DIR] [--gazetteer FILE] [--check] [--json] [--years MIN-MAX] [--wait SECONDS]';
const DEFAULT_GAZETTEER = 'content/gazetteer.yaml';

class UsageError extends Error {}

function settingsFrom(years: string | undefined, gazetteer: string | undefined): Settings {
	// The default gazetteer may be absent (an archive that tags nothing); one named on the command line may not.
	const settings = { ...defaultSettings(), gazetteer: readGazetteer(gazetteer ?? DEFAULT_GAZETTEER, { optional: gazetteer === undefined }) };
	if (years === undefined) return settings;
	const match = /^(\d{3,4})-(\d{3,4})$/.exec(years);
	if (!match || Number(match[1]) > Number(match[2])) throw new UsageError(`--years ${years}: give the first and last accepted year, as 1800-2030`);
	return { ...settings, years: { min: Number(match[1]), max: Number(match[2]) } };
}

async function main(): Promise<number> {
	let values;
	let settings: Settings;
	let wait: number;
	try {
		({ values } = parseArgs({
			options: {
				sources: { type: 'string', default: 'content/sources' },
				out: { type: 'string', default: 'content/articles' },
				check: { type: 'boolean', default: false },
				json: { type: 'boolean', default: false },
				years: { type: 'string' },
				gazetteer: { type: 'string' },
				wait: { type: 'string', default: '60' },
				help: { type: 'boolean', short: 'h', default: false },
			},
			allowPositionals: false,
			strict: true,
		}));
		settings = settingsFrom(values.years, values.gazetteer);
		wait = Number(values.wait);
		if (!Number.isFinite(wait) || wait < 0) throw new UsageError(`--wait ${values.wait}: give the seconds to wait for another ingest's lock`);
	} catch (error) {
		if (error instanceof GazetteerError) {
			process.stderr.write(`${error.message.split('\n').map((line) => `ingest: ${line}`).join('\n')}\nnothing was ingested\n`);
			return 2;
		}
		process.stderr.write(`ingest: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const { sources, out } = values;
	const sourcesStat = await stat(sources).catch(() => null);
	if (!sourcesStat?.isDirectory()) {
		process.stderr.write(`ingest: --sources ${sources}: not a folder\n${USAGE}\n`);
		return 2;
	}

	let result: RunResult;
	let release = async () => {};
	try {
		if (!values.check) {
			const outStat = await stat(out).catch(() => null);
			if (outStat && !outStat.isDirectory()) throw new EnvironmentError(`--out ${out}: not a folder`);
			await mkdir(out, { recursive: true }).catch((error: unknown) => Promise.reject(new EnvironmentError(`cannot create ${out}: ${describe(error)}`)));
			release = await lockOutput(out, wait);
		}
		result = await run({ sources, out, check: values.check, settings });
		if (!values.check) {
			const rejected = result.reports.filter((r) => r.errors.length > 0).map((r) => ({ file: path.join(sources, r.file), reasons: r.errors }));
			await writeRejectedReport(out, { rejected, problems: result.problems });
		}
	} catch (error) {
		// The machine's fault, not a source's: one line, exit 3 (any other fault too: never a stack trace).
		const message = error instanceof EnvironmentError ? error.message : `${(error as Error).message ?? error} (${describe(error)})`;
		process.stderr.write(`ingest: ${message}; no entry was deleted\n`);
		return 3;
	} finally {
		await release();
	}

	let failed = false;
	for (const report of result.reports) {
		for (const error of report.errors) {
			process.stderr.write(`ingest: ${path.join(sources, report.file)}: ${error}\n`);
			failed = true;
		}
	}
	for (const problem of result.problems) {
		process.stderr.write(`ingest: ${problem}\n`);
		failed = true;
	}
	for (const warning of result.warnings) process.stderr.write(`ingest: warning: ${warning}\n`);
	if (values.check) {
		for (const name of result.written) process.stderr.write(`ingest --check: ${path.join(out, name)} is stale or missing\n`);
		for (const name of result.deleted) process.stderr.write(`ingest --check: ${path.join(out, name)} has no source any more\n`);
		if (result.written.length > 0 || result.deleted.length > 0) failed = true;
	}
	if (values.json) {
		process.stdout.write(`${JSON.stringify({ sources: result.reports, unknownNames: result.unknownNames }, null, 2)}\n`);
	} else {
		const ingested = result.reports.filter((r) => r.status === 'ingested').length;
		const verb = values.check ? 'would write' : 'wrote';
		const deleted = values.check ? 'would delete' : 'deleted';
		process.stdout.write(
			`ingest: ${ingested} of ${result.reports.length} sources ingested; ${verb} ${result.written.length}, ` +
				`${deleted} ${result.deleted.length}, ${result.unchanged} unchanged (${result.parsed} sources parsed, ${result.cached} as the last run left them)\n`,
		);
		for (const warc of result.warcs) {
			const skipped = Object.entries(warc.skipped).map(([reason, n]) => `${n} ${reason}`).join(', ');
			process.stdout.write(`ingest: ${warc.file}: ${warc.pages} pages${skipped ? `; skipped ${skipped}` : ''}${warc.errors ? `; ${warc.errors} records unreadable` : ''}\n`);
		}
	}
	return failed ? 1 : 0;
}

process.exitCode = await main();
