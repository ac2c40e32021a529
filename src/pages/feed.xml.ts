/** RSS 2.0 feed of the newest articles, with absolute links (see feedUrl). */
import type { APIRoute } from 'astro';
import { newestFirst } from '../lib/archive.ts';
import { getTimeline } from '../lib/collection.ts';
import { rssDate } from '../lib/format.ts';
import { routes } from '../lib/paths.ts';
import { feedUrl } from '../lib/url.ts';
import { escapeXml } from '../lib/xml.ts';
import { identity } from '../lib/identity.ts';

const FEED_SIZE = 50;

export const GET: APIRoute = async () => {
	const items = newestFirst(await getTimeline()).slice(0, FEED_SIZE);
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'<channel>',
		`<title>${escapeXml(identity.name)}</title>`,
		`<link>${escapeXml(feedUrl(routes.home()))}</link>`,
		`<atom:link href="${escapeXml(feedUrl(routes.feed()))}" rel="self" type="application/rss+xml"/>`,
		`<description>${escapeXml(identity.description)}</description>`,
		`<language>${identity.language}</language>`,
		...items.map(({ data }) =>
			[
				'<item>',
				`<title>${escapeXml(data.title)}</title>`,
				`<link>${escapeXml(feedUrl(routes.article(data.id)))}</link>`,
				`<guid isPermaLink="true">${escapeXml(feedUrl(routes.article(data.id)))}</guid>`,
				`<pubDate>${rssDate(data.date)}</pubDate>`,
				`<description>${escapeXml(data.dek ?? data.lead)}</description>`,
				...(data.agency ? [`<source url="${escapeXml(feedUrl(routes.agency(data.agency)))}">${escapeXml(data.agency)}</source>`] : []),
				'</item>',
			].join(''),
		),
		'</channel>',
		'</rss>',
		'',
	].join('\n');
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
