/** The site's base path and origin applied to routes (see paths.ts). */
import { absoluteUrl, withBase } from './paths.ts';

export const url = (route: string) => withBase(import.meta.env.BASE_URL, route);
export const absolute = (route: string) => absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, route);

/**
 * Feeds and sitemaps need absolute links. Without SITE_URL they point at the
 * address `npm run preview` serves on; a deployment sets SITE_URL.
 */
export const PREVIEW_ORIGIN = 'http://localhost:4321';
export const feedUrl = (route: string) => absoluteUrl(import.meta.env.SITE ?? PREVIEW_ORIGIN, import.meta.env.BASE_URL, route)!;
