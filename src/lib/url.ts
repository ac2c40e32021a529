/** The site's base path and origin applied to routes (see paths.ts). */
import { absoluteUrl, withBase } from './paths.ts';

export const url = (route: string) => withBase(import.meta.env.BASE_URL, route);
export const absolute = (route: string) => absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, route);
