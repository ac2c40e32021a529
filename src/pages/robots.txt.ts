import type { APIRoute } from 'astro';
import { routes } from '../lib/paths.ts';
import { absolute, url } from '../lib/url.ts';

/** The sitemap is named only when there is one (a build with a site URL). */
export const GET: APIRoute = () => {
	const sitemap = absolute(routes.sitemap());
	const lines = ['User-agent: *', `Allow: ${url('')}`, ...(sitemap ? [`Sitemap: ${sitemap}`] : [])];
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
