/**
 * schema.org NewsArticle as JSON-LD, escaped for a <script> element: no text
 * from a source can close the element.
 */
import type { Article } from '../schema/article.ts';
import type { ArchiveIdentity } from '../schema/archive.ts';

/** The article as the archive keeps it: the agency is the author, the site the copy came from its publisher, the archive the collection it is part of. */
export function newsArticleJsonLd(data: Article, pageUrl: string | undefined, sourceUrl: string | undefined, archive?: ArchiveIdentity): string {
	const doc = {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: data.title,
		...(data.dek ? { description: data.dek } : {}),
		datePublished: data.date,
		inLanguage: data.language,
		wordCount: data.wordCount,
		...(data.agency ? { author: { '@type': 'Organization', name: data.agency } } : {}),
		...(data.publisher ? { publisher: { '@type': 'Organization', name: data.publisher } } : {}),
		...(data.dateline ? { locationCreated: { '@type': 'Place', name: data.dateline } } : {}),
		...(pageUrl ? { url: pageUrl, mainEntityOfPage: pageUrl } : {}),
		...(sourceUrl ? { isBasedOn: sourceUrl } : {}),
		...(archive ? { isPartOf: { '@type': 'Collection', name: archive.name, publisher: { '@type': 'Organization', name: archive.publisher } } } : {}),
	};
	return JSON.stringify(doc).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
