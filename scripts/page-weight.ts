/**
 * npm run page-weight [-- --dist dist --base /]
 * Prints, for every article page of a built site, its HTML and CSS bytes, raw
 * and compressed, and the scripts it loads; the budget is 14 KB gzip and no
 * script but the service-worker registration.
 */
import { parseArgs } from 'node:util';
import { readdir } from 'node:fs/promises';
import { measurePage } from './lib/page-weight.ts';

export const BUDGET_BYTES = 14 * 1024;

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, base: { type: 'string', default: process.env.BASE_PATH ?? '/' } } });
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const ids = (await readdir(`${values.dist}/articles`)).sort();
const rows = await Promise.all(ids.map((id) => measurePage(values.dist, `articles/${id}/index.html`, base)));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(['page', 'html', 'css', 'gzip', 'brotli', 'scripts'].join('\t'));
for (const r of rows) console.log([r.page, kb(r.htmlBytes), kb(r.cssBytes), kb(r.gzipBytes), kb(r.brotliBytes), r.scripts.length ? r.scripts.join(' ') : 'none'].join('\t'));
const heaviest = rows.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
console.log(`heaviest: ${heaviest.page}, ${kb(heaviest.gzipBytes)} gzip (budget ${kb(BUDGET_BYTES)}); ${rows.length} article pages`);
// The scripts allowed, neither needed to read: the service-worker registration (public/register.js) and the copy buttons (public/copy.js).
const ALLOWED = new Set([`${base}register.js`, `${base}copy.js`]);
const onlyAllowed = rows.every((r) => r.scripts.includes(`${base}register.js`) && r.scripts.every((s) => ALLOWED.has(s)));
process.exitCode = heaviest.gzipBytes <= BUDGET_BYTES && onlyAllowed ? 0 : 1;
