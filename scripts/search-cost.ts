/**
 * npm run search-cost [-- --dist dist --base / --query Hollande --query koalisi]
 *
 * What a search costs a reader of the built site (scripts/lib/search-cost.ts):
 * bytes to open the search page and for each query, and keystroke to results.
 */
import { parseArgs } from 'node:util';
import { searchCost, TYPING_PAUSE_MS, type Bytes } from './lib/search-cost.ts';

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
		query: { type: 'string', multiple: true, default: ['Hollande', 'koalisi', 'coordinating'] },
	},
});
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const show = (b: Bytes) => `${b.requests} requests, ${kb(b.raw)} (${kb(b.gzip)} gzip)`;
console.log(`search cost on ${values.dist} (base ${base}); times include the ${TYPING_PAUSE_MS} ms typing pause`);
for (const c of await searchCost(values.dist, base, values.query)) {
	console.log(`"${c.query}": ${c.results} results; open search page: ${show(c.opening)}; query: ${show(c.queryBytes)}; keystroke to results: ${c.coldMs.toFixed(0)} ms cold, ${c.warmMs.toFixed(0)} ms warm`);
}
