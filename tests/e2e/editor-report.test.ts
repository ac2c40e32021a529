/**
 * The editor's view (issue 19): `npm run report` on a folder of good and bad
 * sources, its rows, and its page in Chromium (sorting, axe).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import axe from 'axe-core';
import { reportRows } from '../../scripts/lib/editor-report.ts';
import { launchBrowser } from '../support/browser.ts';
import { cleanUp, ROOT, tempDir } from '../support/build.ts';

after(cleanUp);

test('rows: rejected first, then warnings, inferred and editor dates, names the gazetteer lacks', () => {
	const rows = reportRows({
		sources: [
			{ file: 'b.txt', id: 'b', status: 'ingested', fields: { date: '2015-11-17', dateCertainty: 'inferred', dateBasis: 'The copyright year.' }, warnings: ['1 control character removed'], errors: [] },
			{ file: 'a.txt', id: null, status: 'rejected', fields: null, warnings: [], errors: ['empty file'] },
			{ file: 'c.txt', id: 'c', status: 'ingested', fields: { date: '2011-09-05', dateCertainty: 'editor', dateBasis: 'From the print edition.' }, warnings: [], errors: [] },
			{ file: 'd.txt', id: 'd', status: 'ingested', fields: { date: '2011-09-05', dateCertainty: 'stated', dateBasis: 'The dateline.' }, warnings: [], errors: [] },
		],
		unknownNames: [{ name: 'Lukashevich', articles: 2, inTitle: false }],
	});
	assert.deepEqual(rows.map((r) => [r.kind, r.subject]), [
		['rejected', 'a.txt'],
		['warning', 'b.txt'],
		['date inferred', 'b.txt'],
		['date from an editor', 'c.txt'],
		['name not in the gazetteer', 'Lukashevich'],
	]);
	assert.equal(rows[2]!.detail, '2015-11-17: The copyright year.');
});

test('npm run report names every rejected source, writes nothing to the entries, and its page sorts and passes axe', async () => {
	const sources = await tempDir('sources-');
	for (const name of ['000_77eab4664a4e4667.txt', '004_d73bbc3d34addd6b.txt']) await copyFile(path.join(ROOT, 'content/sources', name), path.join(sources, name));
	await writeFile(path.join(sources, 'empty.txt'), '');
	const out = path.join(await tempDir('report-'), 'report.html');
	const before = spawnSync('git', ['status', '--porcelain', 'content'], { cwd: ROOT, encoding: 'utf8' }).stdout;
	const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/report.ts'), '--sources', sources, '--out', out], { cwd: ROOT, encoding: 'utf8' });
	assert.equal(run.status, 0, run.stderr);
	assert.match(run.stdout, /^1 rejected, /);
	assert.match(run.stdout, /rejected\s+empty\.txt: empty file/);
	assert.equal(spawnSync('git', ['status', '--porcelain', 'content'], { cwd: ROOT, encoding: 'utf8' }).stdout, before);

	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		await page.goto(pathToFileURL(out).href);
		const firstCells = () => page.$$eval('tbody tr', (rows) => rows.map((row) => row.children[0]!.textContent));
		assert.equal((await firstCells())[0], 'rejected');
		await page.click('th:nth-child(1) button');
		const sorted = await firstCells();
		assert.equal(await page.getAttribute('th:nth-child(1)', 'aria-sort'), 'descending');
		assert.notEqual(sorted[0], 'rejected', 'sorted the other way, rejected comes last');
		assert.equal(sorted.at(-1), 'rejected');
		await page.evaluate(axe.source);
		const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
		assert.deepEqual(result.violations.map((v) => v.id), []);
	} finally {
		await browser.close();
	}
	assert.match(await readFile(out, 'utf8'), /<caption>/);
});
