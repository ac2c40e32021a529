/**
 * npm run report [-- --sources DIR] [--out FILE]
 *
 * The editor's view: reads the sources as the ingest does (writing nothing to
 * the entries) and lists what an editor should look at, in one table: rejected
 * sources with their reasons, warnings, dates the ingest inferred or an editor
 * gave, names the gazetteer lacks. Prints it as text and writes it as a
 * standalone page whose table sorts by any column (default editor-report.html,
 * not part of the published site). Exit 0, or 2 when the ingest could not run.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { htmlPage, reportRows, textTable, type IngestJson } from './lib/editor-report.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { sources: { type: 'string', default: 'content/sources' }, out: { type: 'string', default: 'editor-report.html' } } });

// --check: the ingest reads and judges every source but writes nothing.
const ingest = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), '--sources', values.sources, '--check', '--json'], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
if (ingest.status !== 0 && ingest.status !== 1) {
	process.stderr.write(ingest.stderr);
	process.exitCode = 2;
} else {
	const rows = reportRows(JSON.parse(ingest.stdout) as IngestJson);
	process.stdout.write(textTable(rows));
	writeFileSync(values.out, htmlPage(rows, `Editor's report: ${values.sources}`));
	process.stdout.write(`report: written to ${values.out}\n`);
}
