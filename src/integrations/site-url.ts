/**
 * What a build does with its site URL (src/lib/deploy.ts). The feeds and the
 * sitemap need absolute links, so their routes (src/feeds/) are added only when
 * the site URL is known; without it the build says so, once, and publishes no
 * address it does not have (no localhost stand-in).
 */
import type { AstroIntegration } from 'astro';
import { NO_SITE_URL } from '../lib/deploy.ts';

/** Routes that exist only with a site URL: pattern and entry point (from the project's root). */
export const ABSOLUTE_ROUTES = [
	{ pattern: '/feed.xml', entrypoint: './src/feeds/feed.xml.ts' },
	{ pattern: '/sitemap.xml', entrypoint: './src/feeds/sitemap.xml.ts' },
	{ pattern: '/agencies/[agency]/feed.xml', entrypoint: './src/feeds/agency-feed.xml.ts' },
	{ pattern: '/languages/[language]/feed.xml', entrypoint: './src/feeds/language-feed.xml.ts' },
];

export default function siteUrl(site: string | undefined): AstroIntegration {
	return {
		name: 'archive:site-url',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				if (site) for (const route of ABSOLUTE_ROUTES) injectRoute({ ...route, prerender: true });
			},
			'astro:build:start': ({ logger }) => {
				if (!site) logger.warn(NO_SITE_URL);
			},
		},
	};
}
