/**
 * Whole expected outputs, for the fixtures (other encodings, Markdown- and
 * HTML-looking text, refused pages) and the truth corpus (140 sources in 39
 * languages): every source gives exactly its entry file and its report (lines
 * removed with their reasons, warnings), or is refused for the reason on file.
 * `npm run expected` rewrites them after a change meant to change them.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { outputsOf, reportName, SETS, sourceFiles } from '../support/expected.ts';
import { ROOT } from '../support/build.ts';

for (const set of SETS) {
	const entries = new Map<string, string>();
	for (const name of await readdir(path.join(ROOT, set.entries))) {
		const text = await readFile(path.join(ROOT, set.entries, name), 'utf8');
		const file = /from "([^"]+)"/.exec(text)?.[1];
		if (file) entries.set(file, text);
	}
	for (const file of await sourceFiles(ROOT, set.sources)) {
		test(`${set.sources}/${file} gives its expected entries and reports`, async () => {
			for (const output of await outputsOf(ROOT, set.sources, file)) {
				assert.equal(output.entry?.text ?? null, entries.get(output.file) ?? null, output.file);
				assert.equal(output.report, await readFile(path.join(ROOT, set.reports, reportName(output.file)), 'utf8'));
				assert.ok(!(output.entry?.text ?? '').includes('\uFFFD'));
			}
		});
	}
}
