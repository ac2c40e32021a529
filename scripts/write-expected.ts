/**
 * npm run expected
 *
 * Writes the whole expected outputs of the fixture, corpus and HTML corpus sources (entry
 * files and reports) that the tests compare with. Run it after a change to the
 * ingest that is meant to change them, and read the diff before committing.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputsOf, reportName, SETS, sourceFiles } from '../tests/support/expected.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
for (const set of SETS) {
	for (const folder of [set.entries, set.reports]) {
		await rm(path.join(ROOT, folder), { recursive: true, force: true });
		await mkdir(path.join(ROOT, folder), { recursive: true });
	}
	let entries = 0;
	for (const file of await sourceFiles(ROOT, set.sources)) {
		for (const output of await outputsOf(ROOT, set.sources, file)) {
			if (output.entry) {
				await writeFile(path.join(ROOT, set.entries, output.entry.name), output.entry.text);
				entries++;
			}
			await writeFile(path.join(ROOT, set.reports, reportName(output.file)), output.report);
		}
	}
	console.log(`${set.sources}: ${entries} entries, reports for every source`);
}
