/**
 * Screenshots of built pages at phone and desktop widths, in light and dark:
 * node scripts/screenshots.ts [--dist dist] [--out screenshots] [route ...]
 * For looking at the pages as a reader does; not part of the build.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const { values, positionals } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'screenshots' } },
	allowPositionals: true,
});
const routes = positionals.length > 0 ? positionals : [''];
const server = await serveStatic(path.resolve(values.dist));
const browser = await launchBrowser();
await mkdir(values.out, { recursive: true });
for (const [width, height, name] of [[360, 800, 'phone'], [1280, 900, 'desktop']] as const) {
	for (const scheme of ['light', 'dark'] as const) {
		const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
		for (const route of routes) {
			await page.goto(server.url(route));
			const file = path.join(values.out, `${route.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}.png`);
			await page.screenshot({ path: file, fullPage: true });
			process.stdout.write(`${file}\n`);
		}
		await page.close();
	}
}
await browser.close();
await server.close();
