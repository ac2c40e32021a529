/** A sitemap of every page, with absolute URLs: built only with a site URL (src/integrations/site-url.ts). */
import type { APIRoute } from 'astro';
import { facet, groupBy, monthOf, newestFirst, pagesOf, yearOf } from '../lib/archive.ts';
import { getTimeline } from '../lib/collection.ts';
import { routes } from '../lib/paths.ts';
import { feedUrl } from '../lib/url.ts';
import { escapeXml } from '../lib/xml.ts';

export const GET: APIRoute = async () => {
	const timeline = await getTimeline();
	const pages: { route: string; lastmod?: string }[] = [
		{ route: routes.home() },
		{ route: routes.timeline() },
		{ route: routes.agencies() },
		...groupBy(timeline, (e) => e.data.agency).flatMap((g) => (g.key === null ? [] : pagesOf(g.items).map((_, i) => ({ route: routes.agency(g.key!, i + 1) })))),
		{ route: routes.languages() },
		...groupBy(timeline, (e) => e.data.language).flatMap((g) => pagesOf(g.items).map((_, i) => ({ route: routes.language(g.key, i + 1) }))),
		{ route: routes.years() },
		...facet(timeline, yearOf).map((f) => ({ route: routes.year(f.value) })).sort((a, b) => a.route.localeCompare(b.route)),
		...groupBy(timeline, monthOf).flatMap((g) => pagesOf(g.items).map((_, i) => ({ route: routes.month(g.key, i + 1) }))),
		...newestFirst(timeline).map((e) => ({ route: routes.article(e.id), lastmod: e.data.date })),
	];
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...pages.map((p) => `<url><loc>${escapeXml(feedUrl(p.route))}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`),
		'</urlset>',
		'',
	].join('\n');
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
