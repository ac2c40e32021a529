/**
 * Every internal URL of the site, relative to the base path, and the one
 * function that puts the base in front. Pages are directories with a trailing
 * slash; files (feeds, raw sources) have none.
 */
import { slugify } from './slug.ts';

/** An agency's path segment; names that spell nothing in ASCII get "unknown". */
export const agencySlug = (name: string) => slugify(name) || 'unknown';

export const routes = {
	home: () => '',
	article: (id: string) => `articles/${id}/`,
	/** The overview: every year with its months. */
	timeline: () => 'timeline/',
	/** A year: its months, each with its days. */
	year: (year: string) => `timeline/${year}/`,
	/** A month's articles by day, `page` 2 on at `.../2/`. */
	month: (month: string, page = 1) => `timeline/${month.slice(0, 4)}/${month.slice(5, 7)}/${page > 1 ? `${page}/` : ''}`,
	/** A day's articles: their heading on the page of its month where they start. */
	day: (date: string, page = 1) => `${routes.month(date.slice(0, 7), page)}#d${date}`,
	/** A year's articles in a list (an agency's, a language's, an entity's): their heading on the list's page `route`. */
	inYear: (route: string, year: string) => `${route}#${yearAnchor(year)}`,
	agencies: () => 'agencies/',
	agency: (name: string, page = 1) => `agencies/${agencySlug(name)}/${page > 1 ? `${page}/` : ''}`,
	languages: () => 'languages/',
	language: (tag: string, page = 1) => `languages/${tag}/${page > 1 ? `${page}/` : ''}`,
	years: () => 'years/',
	/** The year pages' first address, kept as a redirect to `year`. */
	yearAlias: (year: string) => `years/${year}/`,
	search: () => 'search/',
	/** What the archive is, how it was made, and the bulk export. */
	about: () => 'about/',
	/** The index of people, places and organizations. */
	names: () => 'names/',
	/** An entity's page: `people/<id>/`, `places/<id>/`, `organizations/<id>/`; `page` 2 on at `.../2/`. */
	entity: (field: 'people' | 'places' | 'organizations', id: string, page = 1) => `${field}/${id}/${page > 1 ? `${page}/` : ''}`,
	/** A story: articles of a few days that share their people, places and organizations, under its first article's id. */
	story: (id: string) => `stories/${id}/`,
	/**
	 * An article's raw source, under its article's id: short, URL-safe and unique whatever the source file is
	 * called (a newline, "%25", "#", 250 bytes), as stable as the article's permalink, and always .txt, so a
	 * source named page.html never becomes a live page.
	 */
	source: (id: string) => `sources/${id}.txt`,
	/** The page that shows a raw source as text, beside its download (`source`). */
	sourceViewer: (id: string) => `sources/${id}/`,
	feed: () => 'feed.xml',
	agencyFeed: (name: string) => `agencies/${agencySlug(name)}/feed.xml`,
	languageFeed: (tag: string) => `languages/${tag}/feed.xml`,
	sitemap: () => 'sitemap.xml',
	stylesheet: () => 'styles/',
};

/** The id of a year's heading in a list of articles. */
export const yearAnchor = (year: string) => `y${year}`;

/** `/archive/` + `articles/x/` -> `/archive/articles/x/`. */
export function withBase(base: string, route: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${route.replace(/^\/+/, '')}`;
}

/** An absolute URL for a route, when the site's origin is known. */
export function absoluteUrl(site: URL | string | undefined, base: string, route: string): string | undefined {
	if (!site) return undefined;
	return new URL(withBase(base, route), site).href;
}
