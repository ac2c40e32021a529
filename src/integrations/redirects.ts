/**
 * Redirect pages for removed articles, from `content/redirects.yaml` (see
 * src/schema/redirects.ts): `articles/<old id>/` becomes a small page that
 * sends readers (and search engines, by its canonical link) to the new
 * article, and works without JavaScript. A redirect from an article that
 * exists, or to one that does not, stops the build with the entry named.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { articlesDir, redirectsFile } from '../lib/content-dirs.ts';
import { routes, withBase } from '../lib/paths.ts';
import { badKey, redirectsSchema, type Redirects } from '../schema/redirects.ts';
import { CONTENT_SECURITY_POLICY } from '../lib/csp.ts';
import { escapeXml as escapeHtml } from '../lib/xml.ts';


/** The redirects, checked against the articles; throws with every problem named. */
export async function readRedirects(file: string, articleIds: ReadonlySet<string>): Promise<Redirects> {
	const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
	if (text === null) return {};
	const parsed = redirectsSchema.safeParse(parseYaml(text));
	if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'the file'} ${i.message}`).join('; ')}`);
	const redirects = parsed.data ?? {};
	const problems: string[] = [];
	for (const [from, to] of Object.entries(redirects)) {
		const bad = badKey(from);
		if (bad) problems.push(bad);
		else if (articleIds.has(from)) problems.push(`${from}: is an article of the archive; only a removed article's id can redirect`);
		if (!articleIds.has(to)) problems.push(`${from}: leads to ${to}, which is not an article of the archive`);
	}
	if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
	return redirects;
}

/** A page that sends readers (meta refresh, and a link without it) and search engines (canonical) to `route`. */
export function redirectPage(base: string, site: URL | string | undefined, route: string, text = { heading: 'This article has moved', link: 'Continue to the article' }): string {
	const target = withBase(base, route);
	const absolute = site ? new URL(target, site).href : target;
	return [
		'<!DOCTYPE html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(text.heading)}</title>`,
		'<meta name="robots" content="noindex">',
		`<link rel="canonical" href="${escapeHtml(absolute)}">`,
		`<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">`,
		'</head>',
		'<body>',
		'<main>',
		`<h1>${escapeHtml(text.heading)}</h1>`,
		`<p><a href="${escapeHtml(target)}">${escapeHtml(text.link)}</a>.</p>`,
		'</main>',
		'</body>',
		'</html>',
		'',
	].join('\n');
}

export default function redirects(): AstroIntegration {
	let base = '/';
	let site: URL | undefined;
	let pages: Redirects = {};
	return {
		name: 'archive:redirects',
		hooks: {
			'astro:config:done': async ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = config.site ? new URL(config.site) : undefined;
				const ids = new Set((await readdir(articlesDir).catch(() => [])).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)));
				// Checked before anything is rendered: a wrong redirect fails the build at once.
				pages = await readRedirects(redirectsFile, ids);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				for (const [from, to] of Object.entries(pages)) {
					const folder = path.join(root, routes.article(from));
					await mkdir(folder, { recursive: true });
					await writeFile(path.join(folder, 'index.html'), redirectPage(base, site, routes.article(to)));
				}
				if (Object.keys(pages).length > 0) logger.info(`redirects: ${Object.keys(pages).length} removed articles lead to their replacements`);
			},
		},
	};
}
