/**
 * What an HTML page states about itself, read before anything of the page is
 * removed: schema.org JSON-LD (NewsArticle and its kin), Open Graph and
 * `article:*` meta tags, `<time datetime>`, `<html lang>`, the canonical link
 * and `<title>`. Each value keeps where it was stated, so the entry's evidence
 * can say so. JSON-LD is data, never run: it is parsed as JSON, and a block
 * that does not parse is skipped with a warning.
 */
import { ARTICLE_TYPES } from '../tables/html.ts';
import type { Stated } from './found.ts';

/** The DOM this module reads (linkedom's document: the standard DOM's subset used here). */
type Doc = Document;

export interface PageMeta {
	/** The article's own object in the page's JSON-LD, when there is one. */
	jsonLd: Record<string, unknown> | null;
	headline: Stated<string> | null;
	/** Publication and modification stamps as written (ISO 8601), strongest first. */
	published: Stated<string>[];
	modified: Stated<string>[];
	language: Stated<string> | null;
	authors: string[];
	publisher: Stated<string> | null;
	siteName: string | null;
	canonical: string | null;
	documentTitle: string | null;
	/** The page says its text is not free to read (JSON-LD `isAccessibleForFree: false`). */
	paywalled: boolean;
	/** A live blog (schema.org LiveBlogPosting). */
	liveBlog: boolean;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

/** Every object in the page's JSON-LD blocks, `@graph` and arrays flattened. */
function jsonLdObjects(doc: Doc, warnings: string[]): Record<string, unknown>[] {
	const out: Record<string, unknown>[] = [];
	const visit = (value: unknown) => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (value === null || typeof value !== 'object') return;
		const object = value as Record<string, unknown>;
		out.push(object);
		if (object['@graph']) visit(object['@graph']);
	};
	for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
		const text = script.textContent ?? '';
		try {
			visit(JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/gu, '')));
		} catch {
			warnings.push('a JSON-LD block of the page is not valid JSON: skipped');
		}
	}
	return out;
}

const typesOf = (object: Record<string, unknown>) => [object['@type']].flat().filter((t): t is string => typeof t === 'string');

/** A schema.org value that may be a string, an object with a name, or a list of either. */
function names(value: unknown): string[] {
	return [value].flat().flatMap((v) => {
		if (typeof v === 'string') return [clean(v)];
		if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return [clean((v as { name: string }).name)];
		return [];
	}).filter(Boolean);
}

const text = (value: unknown) => (typeof value === 'string' && clean(value) ? clean(value) : null);

/** The page's `<meta property|name|itemprop=key content>`, by lowercase key (the first of each), read in one pass. */
function metaTags(doc: Doc): Map<string, string> {
	const tags = new Map<string, string>();
	for (const meta of doc.querySelectorAll('meta[content]')) {
		const value = clean(meta.getAttribute('content'));
		if (!value) continue;
		for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
			const key = meta.getAttribute(attribute)?.trim().toLowerCase();
			if (key && !tags.has(key)) tags.set(key, value);
		}
	}
	return tags;
}

/** The first of the keys the page's meta tags have. */
function metaContent(tags: Map<string, string>, keys: readonly string[]): { key: string; value: string } | null {
	for (const key of keys) {
		const value = tags.get(key.toLowerCase());
		if (value) return { key, value };
	}
	return null;
}

export function readPageMeta(doc: Doc, warnings: string[]): PageMeta {
	const objects = jsonLdObjects(doc, warnings);
	const tags = metaTags(doc);
	// The article itself before the page that holds it: a @graph often lists the WebPage first.
	const isArticle = (o: (typeof objects)[number]) => typesOf(o).some((t) => ARTICLE_TYPES.has(t) && t !== 'WebPage');
	const article = objects.find(isArticle) ?? objects.find((o) => typesOf(o).includes('WebPage')) ?? null;
	const published: Stated<string>[] = [];
	const modified: Stated<string>[] = [];
	const ld = (key: string) => (article ? text(article[key]) : null);

	const ldPublished = ld('datePublished');
	if (ldPublished) published.push({ value: ldPublished, basis: 'datePublished in the page\'s JSON-LD' });
	// A live blog's start is its publication.
	const ldCoverageStart = ld('coverageStartTime');
	if (ldCoverageStart && !ldPublished) published.push({ value: ldCoverageStart, basis: 'coverageStartTime in the page\'s JSON-LD' });
	const ldModified = ld('dateModified');
	if (ldModified) modified.push({ value: ldModified, basis: 'dateModified in the page\'s JSON-LD' });
	const metaPublished = metaContent(tags, ['article:published_time', 'datePublished', 'og:published_time', 'date', 'pubdate', 'publishdate', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date']);
	if (metaPublished) published.push({ value: metaPublished.value, basis: `the page's meta tag ${metaPublished.key}` });
	const metaModified = metaContent(tags, ['article:modified_time', 'dateModified', 'og:updated_time', 'last-modified']);
	if (metaModified) modified.push({ value: metaModified.value, basis: `the page's meta tag ${metaModified.key}` });
	// <time> elements: one the page marks as the publication date first, then the first in the article.
	const times = [...doc.querySelectorAll('time[datetime]')];
	const marked = times.find((t) => /datePublished/iu.test(t.getAttribute('itemprop') ?? '') || t.hasAttribute('pubdate'));
	const inArticle = times.find((t) => t.closest('article, main, [itemprop~="articleBody" i]'));
	const time = marked ?? inArticle ?? times[0];
	if (time) published.push({ value: clean(time.getAttribute('datetime')), basis: `the page's time element ("${clean(time.textContent) || time.getAttribute('datetime')}")` });

	const htmlLang = clean(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang'));
	const ldLanguage = article ? names(article['inLanguage'])[0] : undefined;
	const ogLocale = metaContent(tags, ['og:locale', 'content-language', 'language', 'dc.language']);
	const language: Stated<string> | null = ldLanguage
		? { value: ldLanguage, basis: 'inLanguage in the page\'s JSON-LD' }
		: htmlLang
			? { value: htmlLang, basis: `the page's html lang attribute "${htmlLang}"` }
			: ogLocale
				? { value: ogLocale.value, basis: `the page's meta tag ${ogLocale.key}` }
				: null;

	const ldHeadline = ld('headline') ?? ld('name');
	const ogTitle = metaContent(tags, ['og:title', 'twitter:title']);
	const headline: Stated<string> | null = ldHeadline
		? { value: ldHeadline, basis: 'headline in the page\'s JSON-LD' }
		: ogTitle
			? { value: ogTitle.value, basis: `the page's meta tag ${ogTitle.key}` }
			: null;
	const publisherName = article ? names(article['publisher'])[0] : undefined;
	const siteName = metaContent(tags, ['og:site_name', 'application-name', 'twitter:site'])?.value.replace(/^@/u, '') ?? null;
	const publisher: Stated<string> | null = publisherName
		? { value: publisherName, basis: 'publisher in the page\'s JSON-LD' }
		: siteName
			? { value: siteName, basis: 'the page\'s meta tag og:site_name' }
			: null;
	const free = article?.['isAccessibleForFree'];
	return {
		jsonLd: article,
		headline,
		published,
		modified,
		language,
		authors: article ? names(article['author']) : [],
		publisher,
		siteName,
		canonical: clean(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) || metaContent(tags, ['og:url'])?.value || null,
		documentTitle: clean(doc.querySelector('title')?.textContent) || null,
		paywalled: free === false || free === 'False' || free === 'false',
		liveBlog: article ? typesOf(article).includes('LiveBlogPosting') : false,
	};
}
