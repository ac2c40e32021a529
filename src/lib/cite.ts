/**
 * An article's citation in the styles readers are asked for (APA 7, MLA 9,
 * Chicago 17 notes-bibliography), as BibTeX and RIS for reference managers,
 * and as Highwire `citation_*` meta tags (which Zotero and Mendeley read).
 * The agency is the author (a news agency's copy carries no personal byline
 * here); the site the copy came from, when known, is the container; the
 * archive is where it was accessed. Pure: strings in, strings out.
 * Without the page's absolute address (a build with no site URL) a citation
 * names no address: never a path or a stand-in host.
 */
import type { Article } from '../schema/article.ts';
import type { ArchiveIdentity } from '../schema/archive.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function parts(date: string) {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return { y, m, d };
}

export interface Citations {
	apa: string;
	mla: string;
	chicago: string;
	bibtex: string;
	ris: string;
}

/**
 * Stands for the page's origin in a citation the build cannot complete (no site URL): the article page
 * renders the citation with it, and its copy script (public/copy.js) puts in the address the reader has
 * the page at ("https://{host}" becomes the origin, the "{host}" MLA keeps becomes the host).
 */
export const ORIGIN_PLACEHOLDER = 'https://{host}';

/** A BibTeX value: braces around, its own braces and backslashes escaped. */
const bib = (text: string) => `{${text.replace(/[\\{}]/g, (ch) => `\\${ch}`)}}`;

export function citations(data: Article, url: string | undefined, archive: ArchiveIdentity): Citations {
	const { y, m, d } = parts(data.date);
	const author = data.agency ?? 'Unknown agency';
	const via = data.publisher ? ` ${data.publisher}.` : '';
	const title = data.title.replace(/[.?!]$/u, '');
	const end = /[?!]$/u.test(data.title) ? '' : '.';
	return {
		apa: `${author}. (${y}, ${MONTHS[m - 1]} ${d}). ${title}${end}${via} ${archive.name}.${url ? ` ${url}` : ''}`,
		mla: `${author}. “${title}${end}”${data.publisher ? ` ${data.publisher},` : ''} ${d} ${MLA_MONTHS[m - 1]} ${y}. ${archive.name}${url ? `, ${url.replace(/^https?:\/\//, '')}` : ''}.`,
		chicago: `${author}. “${title}${end}”${data.publisher ? ` ${data.publisher},` : ''} ${MONTHS[m - 1]} ${d}, ${y}. ${archive.name}.${url ? ` ${url}.` : ''}`,
		bibtex: [
			`@article{${data.id},`,
			`  author = {{${author.replace(/[\\{}]/g, '')}}},`,
			`  title = ${bib(data.title)},`,
			...(data.publisher ? [`  journal = ${bib(data.publisher)},`] : []),
			`  date = {${data.date}},`,
			`  year = {${y}},`,
			`  language = {${data.language}},`,
			`  howpublished = ${bib(archive.name)},`,
			...(url ? [`  url = {${url}},`] : []),
			'}',
			'',
		].join('\n'),
		ris: [
			'TY  - NEWS',
			`AU  - ${author}`,
			`TI  - ${data.title}`,
			...(data.publisher ? [`T2  - ${data.publisher}`] : []),
			`DA  - ${String(y).padStart(4, '0')}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`,
			`PY  - ${y}`,
			`LA  - ${data.language}`,
			`DB  - ${archive.name}`,
			...(url ? [`UR  - ${url}`] : []),
			'ER  - ',
			'',
		].join('\r\n'),
	};
}

/** Highwire Press tags, in the order Google Scholar documents them; the URL tags only with an absolute address. */
export function highwireTags(data: Article, url: string | undefined): [string, string][] {
	return [
		['citation_title', data.title],
		['citation_author', data.agency ?? 'Unknown agency'],
		['citation_publication_date', data.date.replace(/-/g, '/')],
		['citation_date', data.date.replace(/-/g, '/')],
		...(data.publisher ? [['citation_publisher', data.publisher] as [string, string]] : []),
		['citation_language', data.language],
		...(url ? ([['citation_public_url', url], ['citation_abstract_html_url', url]] as [string, string][]) : []),
		['citation_fulltext_world_readable', ''],
	];
}
