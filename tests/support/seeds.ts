/**
 * The committed seed entries as the browser tests name them: each article id's
 * seed number ("003", from its source file's name), and the search page's
 * results read back as seed numbers.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './build.ts';

/** Article id -> seed number. */
export const seedOf = new Map<string, string>();
/** Seed number -> article id. */
export const idOf = new Map<string, string>();
for (const name of (await readdir(path.join(ROOT, 'content/articles'))).filter((n) => n.endsWith('.md'))) {
	const text = await readFile(path.join(ROOT, 'content/articles', name), 'utf8');
	const seed = /file: (\d{3})_/.exec(text)![1]!;
	seedOf.set(name.slice(0, -3), seed);
	idOf.set(seed, name.slice(0, -3));
}

/** The seeds the article links matching `selector` lead to, in page order. */
export async function seedsIn(page: Page, selector: string): Promise<string[]> {
	const hrefs = await page.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return hrefs
		.map((href) => /\/articles\/([^/]+)\//.exec(href)?.[1])
		.filter((id): id is string => id !== undefined)
		.map((id) => seedOf.get(id)!);
}

/** The search page's results, as seeds. */
export const resultSources = (page: Page) => seedsIn(page, '#search-results a');

export async function waitForResults(page: Page) {
	await page.waitForFunction(() => /result|No article contains/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
}
