/**
 * The benchmark itself, on 200 articles: it runs every system on the same
 * entries and writes a report whose numbers are real measurements.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import type { Report } from '../../scripts/bench/report.ts';
import { cleanUp, ROOT, tempDir } from '../support/build.ts';

after(cleanUp);

test('npm run bench -- --count 200 measures this project, Hugo + Pagefind and minimal Astro + Pagefind, and writes its report', async () => {
	const dir = await tempDir('bench-report-');
	await promisify(execFile)(process.execPath, ['scripts/bench.ts', '--count', '200', '--report', dir, '--query', 'Hollande'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
	const report = JSON.parse(await readFile(path.join(dir, 'bench-200.json'), 'utf8')) as Report;
	assert.deepEqual(report.systems.map((s) => s.system), ['this project', 'Hugo + Pagefind', 'minimal Astro + Pagefind']);
	for (const system of report.systems) {
		for (const phase of system.phases) {
			// Memory is sampled every 200 ms: a phase of a second or two may end before its program shows much (CI saw
			// Hugo's 1.4 s phase peak at 4.9 MB, its wrapper's size, on a loaded machine).
			assert.ok(phase.seconds > 0 && phase.cpuSeconds > 0 && phase.peakRssMb > 0 && (phase.seconds < 2 || phase.peakRssMb > 10), `${system.system}: ${phase.name} ${JSON.stringify(phase)}`);
		}
		// Every system built a page per article (and a little more).
		assert.ok(system.dist && system.dist.htmlPages >= 200, `${system.system}: ${system.dist?.htmlPages} pages`);
	}
	assert.equal(report.systems[0]!.dist!.overLimit, 0);
	assert.ok(report.ratios.some((r) => r.what.startsWith('ingest + build, against Hugo')));
	assert.ok(report.search[0]!.results > 0 && report.search[0]!.opening.gzip > 0 && report.search[0]!.coldMs > 0);
	const md = await readFile(path.join(dir, 'bench-200.md'), 'utf8');
	assert.match(md, /^# Benchmark: 200 articles/);
	assert.match(md, /\| Hugo \+ Pagefind \| hugo \|/);
});
