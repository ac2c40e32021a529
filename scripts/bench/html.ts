/**
 * The HTML and WARC ingest at scale (`npm run bench -- --input html --count N`):
 * N synthetic saved pages (generate-html.ts) as `.html` files and as one WARC,
 * each through this project's ingest cold and again with nothing changed; with
 * `--baseline`, an earlier commit's ingest of the same `.html` files beside it.
 * Wall and CPU time, peak memory of the process tree, pages a second; the
 * targets of the HTML issue (50 pages a second, peak under 1.5 GB, a re-run
 * under 5 s). Writes bench-html-<N>.md and .json to the report folder.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateHtml } from './generate-html.ts';
import { measure, type Measured } from './measure.ts';

export interface HtmlBenchOptions {
	root: string;
	work: string;
	count: number;
	report: string;
	/** A worktree of an earlier commit, to run on the `.html` files too. */
	baseline: { ref: string; root: string } | null;
}

interface Row {
	system: string;
	input: string;
	phase: string;
	measured: Measured;
	ingested: number;
}

const ingested = (output: string) => Number(/ingest: (\d+) of \d+ sources ingested/.exec(output)?.[1] ?? 0);

export async function runHtmlBench({ root, work, count, report, baseline }: HtmlBenchOptions): Promise<void> {
	const { htmlDir, warcDir } = await generateHtml(path.join(root, 'content/sources'), path.join(work, 'pages'), count);
	const rows: Row[] = [];
	const systems = [{ system: 'this project', root }, ...(baseline ? [{ system: `this project at ${baseline.ref}`, root: baseline.root }] : [])];
	for (const { system, root: at } of systems) {
		for (const [input, sources] of [['WARC', warcDir], ['.html files', htmlDir]] as const) {
			// An earlier commit reads no WARC: it is run on the .html files only.
			if (system !== 'this project' && input === 'WARC') continue;
			const out = path.join(work, `${system}-${input}`.replace(/[^\w.-]+/g, '-'));
			await rm(out, { recursive: true, force: true });
			for (const phase of ['ingest', 'ingest, nothing changed']) {
				const measured = await measure(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', out], { cwd: at });
				const row = { system, input, phase, measured, ingested: ingested(measured.output) };
				rows.push(row);
				console.log(`${`${system}, ${input}: ${phase}`.padEnd(60)} ${measured.seconds.toFixed(1).padStart(7)} s  CPU ${measured.cpuSeconds.toFixed(1).padStart(7)} s  ${measured.peakRssMb.toFixed(0).padStart(6)} MB peak  ${row.ingested} ingested`);
			}
		}
	}
	const cold = rows.find((r) => r.system === 'this project' && r.input === 'WARC' && r.phase === 'ingest')!;
	const again = rows.find((r) => r.system === 'this project' && r.input === 'WARC' && r.phase !== 'ingest')!;
	const peak = Math.max(...rows.filter((r) => r.system === 'this project').map((r) => r.measured.peakRssMb));
	const targets = [
		{ what: 'pages a second, cold, from the WARC', value: count / cold.measured.seconds, target: '>= 50', met: count / cold.measured.seconds >= 50 },
		{ what: `the WARC's ${count} pages, cold`, value: cold.measured.seconds, target: `<= ${((count / 20_000) * 420).toFixed(0)} s (20,000 in 7 min)`, met: cold.measured.seconds <= (count / 20_000) * 420 },
		{ what: 'peak memory, any phase (MB)', value: peak, target: '< 1,536', met: peak < 1536 },
		{ what: 'ingest again, nothing changed (s)', value: again.measured.seconds, target: '< 5', met: again.measured.seconds < 5 },
	];
	for (const t of targets) console.log(`${t.what}: ${t.value.toFixed(1)} (target ${t.target}: ${t.met ? 'met' : 'missed'})`);
	const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`;
	const md = [
		`# HTML and WARC ingest, ${count} pages`,
		'',
		`\`npm run bench -- --input html --count ${count}${baseline ? ` --baseline ${baseline.ref}` : ''}\`, ${new Date().toISOString().slice(0, 10)}; ${machine}.`,
		'Pages: synthetic saved news pages of about 60 KB (scripts/bench/generate-html.ts); the WARC holds each with a request record before it, gzip per record.',
		'',
		'| system | input | phase | wall s | CPU s | peak MB | ingested |',
		'|---|---|---|---:|---:|---:|---:|',
		...rows.map((r) => `| ${r.system} | ${r.input} | ${r.phase} | ${r.measured.seconds.toFixed(1)} | ${r.measured.cpuSeconds.toFixed(1)} | ${r.measured.peakRssMb.toFixed(0)} | ${r.ingested} |`),
		'',
		'| target | measured | target | |',
		'|---|---:|---|---|',
		...targets.map((t) => `| ${t.what} | ${t.value.toFixed(1)} | ${t.target} | ${t.met ? 'met' : 'missed'} |`),
		'',
	].join('\n');
	await mkdir(report, { recursive: true });
	await writeFile(path.join(report, `bench-html-${count}.md`), md);
	await writeFile(path.join(report, `bench-html-${count}.json`), `${JSON.stringify({ count, machine, rows: rows.map(({ measured: { output: _o, ...m }, ...r }) => ({ ...r, measured: m })), targets }, null, 2)}\n`);
	console.log(`wrote ${path.join(report, `bench-html-${count}.md`)} (${(await readdir(report)).length} files in ${report})`);
}
