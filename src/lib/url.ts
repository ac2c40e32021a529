/** The site's base path and origin applied to routes (see paths.ts). */
import { absoluteUrl, withBase } from './paths.ts';

export const url = (route: string) => withBase(import.meta.env.BASE_URL, route);
/** The route's absolute address, or undefined when the build has no site URL (src/lib/deploy.ts). */
export const absolute = (route: string) => absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, route);
/** Whether this build knows its public address: the feeds and the sitemap, which need it, exist only then. */
export const hasSiteUrl = Boolean(import.meta.env.SITE);

/** An absolute link for a feed or the sitemap, which are built only with a site URL (src/integrations/site-url.ts). */
export function feedUrl(route: string): string {
	const href = absolute(route);
	if (!href) throw new Error(`${route}: feeds and the sitemap need the site URL, and are built only with one`);
	return href;
}
