/** The benchmark's Markdown report: the machine, each system's phases, the ratios against the targets, sizes, search. */
import type { DistStats } from './dist-stats.ts';
import type { QueryCost } from '../lib/search-cost.ts';

export interface PhaseSummary {
	name: string;
	/** Medians over the rounds; peak memory is the largest seen. */
	seconds: number;
	cpuSeconds: number;
	peakRssMb: number;
	rounds: number[];
}

export interface SystemSummary {
	system: string;
	phases: PhaseSummary[];
	dist: DistStats | null;
	/** A phase that failed: the system's later phases did not run. */
	failed?: string;
}

export interface Ratio {
	what: string;
	value: number;
	target: number | null;
	unit: 'x' | 's' | 'MB';
}

export interface Report {
	count: number;
	rounds: number;
	date: string;
	machine: Record<string, string>;
	systems: SystemSummary[];
	ratios: Ratio[];
	search: QueryCost[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const met = (r: Ratio) => (r.target === null ? '' : r.value <= r.target ? 'met' : `missed by ${r.unit === 'x' ? `${((r.value / r.target - 1) * 100).toFixed(0)}%` : `${(r.value - r.target).toFixed(0)} ${r.unit}`}`);
const show = (value: number, unit: Ratio['unit']) => (unit === 'x' ? `${value.toFixed(2)}x` : unit === 's' ? `${value.toFixed(0)} s` : `${(value / 1024).toFixed(1)} GB`);

export function markdown(report: Report): string {
	const lines = [
		`# Benchmark: ${report.count.toLocaleString('en')} articles`,
		'',
		`Run on ${report.date}, ${report.rounds} round${report.rounds === 1 ? '' : 's'} (systems alternating within each round; medians, peak memory the largest seen). Made by \`npm run bench -- --count ${report.count}\`.`,
		'',
		'## Machine',
		'',
		...Object.entries(report.machine).map(([k, v]) => `- ${k}: ${v}`),
		'',
		'## Phases',
		'',
		'| system | phase | wall | CPU | peak memory (process tree) | rounds |',
		'|---|---|---|---|---|---|',
		...report.systems.flatMap((s) => s.phases.map((p) => `| ${s.system} | ${p.name} | ${p.seconds.toFixed(1)} s | ${p.cpuSeconds.toFixed(1)} s | ${(p.peakRssMb / 1024).toFixed(2)} GB | ${p.rounds.map((r) => r.toFixed(1)).join(', ')} |`)),
		'',
		...report.systems.filter((s) => s.failed).map((s) => `**${s.system} failed**: ${s.failed}\n`),
		'## Against the targets',
		'',
		'| measure | value | target | |',
		'|---|---|---|---|',
		...report.ratios.map((r) => `| ${r.what} | ${show(r.value, r.unit)} | ${r.target === null ? '' : show(r.target, r.unit)} | ${met(r)} |`),
		'',
		'## What each build wrote',
		'',
		'| system | files | size | HTML pages | median page | largest pages (source viewers aside) | over 200 KB |',
		'|---|---|---|---|---|---|---|',
		...report.systems.filter((s) => s.dist).map((s) => `| ${s.system} | ${s.dist!.files.toLocaleString('en')} | ${mb(s.dist!.bytes)} | ${s.dist!.htmlPages.toLocaleString('en')} | ${kb(s.dist!.medianPageBytes)} | ${s.dist!.largest.map((p) => `\`${p.page}\` ${kb(p.bytes)}`).join(', ')} | ${s.dist!.overLimit} |`),
		'',
	];
	if (report.search.length > 0) {
		lines.push(
			'## Search (this project, headless Chromium over loopback)',
			'',
			'Bytes the browser fetched to open the search page, then for the first query; time from the last keystroke to rendered results, which includes the page\'s 250 ms wait for typing to pause.',
			'',
			'| query | results | open the search page | first query | keystroke to results, cold | warm |',
			'|---|---|---|---|---|---|',
			...report.search.map((q) => `| ${q.query} | ${q.results} | ${q.opening.requests} requests, ${kb(q.opening.gzip)} gzip (${kb(q.opening.raw)}) | ${q.queryBytes.requests} requests, ${kb(q.queryBytes.gzip)} gzip (${kb(q.queryBytes.raw)}) | ${q.coldMs.toFixed(0)} ms | ${q.warmMs.toFixed(0)} ms |`),
			'',
		);
	}
	return `${lines.join('\n')}\n`;
}
