/**
 * RSS 2.0 feeds: the archive's newest articles, and each agency's and each
 * language's. Absolute links (see feedUrl); each item carries its standfirst
 * or opening as its description.
 */
import { newestFirst, type Entry } from './archive.ts';
import { rssDate } from './format.ts';
import { routes } from './paths.ts';
import { feedUrl } from './url.ts';
import { escapeXml } from './xml.ts';
import { identity } from './identity.ts';

export const FEED_SIZE = 50;

export function rssFeed(options: { title: string; description: string; route: string; self: string; entries: readonly Entry[] }): Response {
	const items = newestFirst(options.entries).slice(0, FEED_SIZE);
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'<channel>',
		`<title>${escapeXml(options.title)}</title>`,
		`<link>${escapeXml(feedUrl(options.route))}</link>`,
		`<atom:link href="${escapeXml(feedUrl(options.self))}" rel="self" type="application/rss+xml"/>`,
		`<description>${escapeXml(options.description)}</description>`,
		`<language>${identity.language}</language>`,
		...items.map(({ data }) =>
			[
				'<item>',
				`<title>${escapeXml(data.title)}</title>`,
				`<link>${escapeXml(feedUrl(routes.article(data.id)))}</link>`,
				`<guid isPermaLink="true">${escapeXml(feedUrl(routes.article(data.id)))}</guid>`,
				`<pubDate>${rssDate(data.date)}</pubDate>`,
				`<description>${escapeXml(data.dek ?? data.lead)}</description>`,
				...(data.agency ? [`<source url="${escapeXml(feedUrl(routes.agencyFeed(data.agency)))}">${escapeXml(data.agency)}</source>`] : []),
				'</item>',
			].join(''),
		),
		'</channel>',
		'</rss>',
		'',
	].join('\n');
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
