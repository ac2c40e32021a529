/**
 * The seeds' archive built at / and under /archive/, each served on loopback,
 * (its search index in one shard at /, in three under /archive/) and a
 * Chromium to read them: set up before a test file's tests, torn down
 * after. The builds' folders are in `builds`, their servers in `servers`.
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildSite, cleanUp } from './build.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface SeedSites {
	browser: Browser;
	servers: Record<'/' | '/archive/', StaticServer>;
	builds: Record<'/' | '/archive/', string>;
}

export function seedSites(): SeedSites {
	const sites = { servers: {}, builds: {} } as SeedSites;
	before(async () => {
		for (const base of ['/', '/archive/'] as const) {
			// Under /archive/ the search index is in three shards (2011-09, 2015-11, 2015-12: at most two pages
			// each, a month never split), so every search test there also runs across merged shards.
			sites.builds[base] = await buildSite({ base, ...(base === '/archive/' ? { shardPages: 2 } : {}) });
			sites.servers[base] = await serveStatic(sites.builds[base], base);
		}
		sites.browser = await launchBrowser();
	});
	after(async () => {
		await sites.browser?.close();
		for (const server of Object.values(sites.servers)) await server.close();
		await cleanUp();
	});
	return sites;
}
