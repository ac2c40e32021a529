/**
 * npm run ingest [-- --sources DIR] [--out DIR] [--check] [--json]
 *
 * Reads raw sources, writes one entry per article. Exit 0 when every source was
 * ingested, 1 when any was rejected (or, with --check, when the output folder is
 * not what the sources give), 2 for a usage error.
 */
import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { run } from './ingest/run.ts';

const USAGE = 'usage: npm run ingest -- [--sources DIR] [--out DIR] [--check] [--json]';

async function main(): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				sources: { type: 'string', default: 'content/sources' },
				out: { type: 'string', default: 'content/articles' },
				check: { type: 'boolean', default: false },
				json: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
			allowPositionals: false,
			strict: true,
		}));
	} catch (error) {
		process.stderr.write(`ingest: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const sources = values.sources;
	const sourcesStat = await stat(sources).catch(() => null);
	if (!sourcesStat?.isDirectory()) {
		process.stderr.write(`ingest: --sources ${sources}: not a folder\n${USAGE}\n`);
		return 2;
	}

	const result = await run({ sources, out: values.out, check: values.check });
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
	if (values.check) {
		for (const name of result.written) process.stderr.write(`ingest --check: ${path.join(values.out, name)} is stale or missing\n`);
		for (const name of result.deleted) process.stderr.write(`ingest --check: ${path.join(values.out, name)} has no source any more\n`);
		if (result.written.length > 0 || result.deleted.length > 0) failed = true;
	}
	if (values.json) {
		process.stdout.write(`${JSON.stringify(result.reports, null, 2)}\n`);
	} else {
		const ingested = result.reports.filter((r) => r.status === 'ingested').length;
		const verb = values.check ? 'would write' : 'wrote';
		const deleted = values.check ? 'would delete' : 'deleted';
		process.stdout.write(
			`ingest: ${ingested} of ${result.reports.length} sources ingested; ${verb} ${result.written.length}, ` +
				`${deleted} ${result.deleted.length}, ${result.unchanged} unchanged\n`,
		);
	}
	return failed ? 1 : 0;
}

process.exitCode = await main();
