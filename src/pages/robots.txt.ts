import type { APIRoute } from 'astro';
import { routes } from '../lib/paths.ts';
import { feedUrl, url } from '../lib/url.ts';

export const GET: APIRoute = () => {
	const sitemap = feedUrl(routes.sitemap());
	const lines = ['User-agent: *', `Allow: ${url('')}`, `Sitemap: ${sitemap}`];
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
