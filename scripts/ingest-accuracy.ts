/**
 * npm run ingest:accuracy [-- --corpus DIR] [--verbose]
 *
 * Ingests the truth corpus (tests/corpus: sources with hand-written truth) and
 * prints a per-field accuracy table, paragraphs lost and chrome lines leaked.
 * Exit 1 when fewer than 97% of fields are right or any paragraph is lost or
 * chrome line leaked.
 */
import { parseArgs } from 'node:util';
import { FIELDS, measureAccuracy } from './lib/accuracy.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'tests/corpus' }, verbose: { type: 'boolean', short: 'v', default: false } } });
const result = await measureAccuracy(values.corpus);
const pct = (right: number, total: number) => (total === 0 ? '   -  ' : `${((100 * right) / total).toFixed(1).padStart(5)}%`);

console.log(`ingest accuracy on ${result.sources.length} sources (${values.corpus})\n`);
console.log('| field | right | of | accuracy |\n|---|---:|---:|---:|');
for (const field of [...FIELDS, 'rejected'] as const) {
	const { right, total } = result.perField[field];
	console.log(`| ${field === 'rejected' ? 'not an article (rejected)' : field} | ${right} | ${total} | ${pct(right, total)} |`);
}
console.log(`| **all fields** | ${result.fieldsRight} | ${result.fieldsTotal} | ${pct(result.fieldsRight, result.fieldsTotal)} |`);
console.log(`| body paragraphs kept | ${result.paragraphsKept} | ${result.paragraphsTotal} | ${pct(result.paragraphsKept, result.paragraphsTotal)} |`);
console.log(`| chrome lines leaked | ${result.chromeLeaked} | | |`);

const failing = result.sources.filter((s) => Object.keys(s.wrong).length > 0 || s.lostParagraphs.length > 0 || s.leakedChrome.length > 0);
if (failing.length > 0) console.log(`\n${failing.length} sources with something wrong:`);
for (const s of failing) {
	console.log(`\n${s.file}${s.error ? `  (rejected: ${s.error})` : ''}`);
	for (const [field, [expected, actual]] of Object.entries(s.wrong)) console.log(`  ${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
	for (const p of s.lostParagraphs) console.log(`  lost paragraph: ${values.verbose ? p : p.slice(0, 70)}`);
	for (const c of s.leakedChrome) console.log(`  leaked chrome: ${c.slice(0, 90)}`);
}
const share = result.fieldsRight / result.fieldsTotal;
process.exitCode = share >= 0.97 && result.paragraphsKept === result.paragraphsTotal && result.chromeLeaked === 0 ? 0 : 1;
