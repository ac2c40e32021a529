/**
 * npm run ingest:accuracy [-- --corpus DIR [--corpus DIR]] [--verbose]
 *
 * Ingests the truth corpora (tests/corpus: text sources; tests/corpus-html:
 * HTML pages and WARC files; each with hand-written truth) and prints a
 * per-field accuracy table side by side, paragraphs lost and chrome lines
 * leaked. Exit 1 when in any corpus a field is wrong, or a paragraph or table is
 * lost, or a chrome line leaked.
 */
import { parseArgs } from 'node:util';
import { FIELDS, measureAccuracy, type Accuracy } from './lib/accuracy.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string', multiple: true }, verbose: { type: 'boolean', short: 'v', default: false } } });
/** The text corpus and the HTML and WARC corpus, side by side (or the corpora given). */
const corpora = values.corpus ?? ['tests/corpus', 'tests/corpus-html'];
const results: Accuracy[] = [];
for (const corpus of corpora) results.push(await measureAccuracy(corpus));
const pct = (right: number, total: number) => (total === 0 ? '   -  ' : `${((100 * right) / total).toFixed(1).padStart(5)}%`);

console.log(`ingest accuracy on ${corpora.map((c, i) => `${results[i]!.sources.length} sources (${c})`).join(' and ')}\n`);
console.log(`| field | ${corpora.map((c) => `${c} right | of | accuracy`).join(' | ')} |\n|---|${corpora.map(() => '---:|---:|---:').join('|')}|`);
const row = (label: string, pick: (r: (typeof results)[number]) => [number, number | null]) =>
	console.log(`| ${label} | ${results.map((r) => { const [right, total] = pick(r); return total === null ? `${right} | | `.trimEnd() : `${right} | ${total} | ${pct(right, total)}`; }).join(' | ')} |`);
for (const field of [...FIELDS, 'rejected'] as const) row(field === 'rejected' ? 'not an article (rejected)' : field, (r) => [r.perField[field].right, r.perField[field].total]);
row('**all fields**', (r) => [r.fieldsRight, r.fieldsTotal]);
row('body paragraphs kept', (r) => [r.paragraphsKept, r.paragraphsTotal]);
row('body tables kept', (r) => [r.tablesKept, r.tablesTotal]);
row('chrome lines leaked', (r) => [r.chromeLeaked, null]);

let ok = true;
for (const result of results) {
	const failing = result.sources.filter((s) => Object.keys(s.wrong).length > 0 || s.lostParagraphs.length > 0 || s.lostTables.length > 0 || s.leakedChrome.length > 0);
	if (failing.length > 0) console.log(`\n${failing.length} sources with something wrong:`);
	for (const s of failing) {
		console.log(`\n${s.file}${s.error ? `  (rejected: ${s.error})` : ''}`);
		for (const [field, [expected, actual]] of Object.entries(s.wrong)) console.log(`  ${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
		for (const p of s.lostParagraphs) console.log(`  lost paragraph: ${values.verbose ? p : p.slice(0, 70)}`);
		for (const t of s.lostTables) console.log(`  lost table: ${t.slice(0, 70)}`);
		for (const c of s.leakedChrome) console.log(`  leaked chrome: ${c.slice(0, 90)}`);
	}
	ok &&= result.fieldsRight === result.fieldsTotal && result.paragraphsKept === result.paragraphsTotal && result.tablesKept === result.tablesTotal && result.chromeLeaked === 0;
}
process.exitCode = ok ? 0 : 1;
