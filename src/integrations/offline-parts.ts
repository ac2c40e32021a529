/**
 * Which part of the archive each built file belongs to, for saving a part
 * offline (the contract is `OfflinePart` in src/lib/offline.ts): by its path,
 * and for an article's files by the article's year and agency (the agency read
 * from its page's `data-facet-agency`, which the search facets put there).
 */
import type { OfflineList } from '../lib/offline.ts';

export interface BuiltFile {
	/** Path under the site, `articles/x/index.html`. */
	file: string;
	url: string;
	bytes: number;
}

export interface PartFiles {
	key: string;
	label: string;
	articles: Set<string>;
	files: OfflineList['files'];
}

/** Files every choice saves: the search index, the assets, the pages at the top and the search and offline pages. */
const CORE = /^(pagefind|_astro|search|offline)\/|^[^/]+$/;
/** An article's own files: its page and citations, its source viewer and raw source. */
const ARTICLE = /^(?:articles\/([^/]+)\/|sources\/([^/]+)(?:\/|\.txt$))/;
/** A year's browse pages. */
const YEAR = /^(?:timeline|years)\/(\d{4})\//;

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** An article page's agency, from its facet attribute; null when uncredited. */
export function pageAgency(html: string): string | null {
	const value = /\sdata-facet-agency="([^"]*)"/.exec(html)?.[1];
	return value === undefined ? null : decode(value);
}

/**
 * The files in parts: `core`, `rest`, a part per year (oldest first) and per agency (by name); an
 * article's files go to its year and, when credited, its agency. `agencies` maps article ids to agencies.
 */
export function splitIntoParts(files: readonly BuiltFile[], agencies: ReadonlyMap<string, string | null>): { core: PartFiles; rest: PartFiles; years: PartFiles[]; agencies: PartFiles[] } {
	const part = (key: string, label: string): PartFiles => ({ key, label, articles: new Set(), files: [] });
	const core = part('core', 'The search index and the search page');
	const rest = part('rest', 'The other browse pages');
	const years = new Map<string, PartFiles>();
	const byAgency = new Map<string, PartFiles>();
	const year = (y: string) => years.get(y) ?? years.set(y, part(`year:${y}`, y)).get(y)!;
	for (const built of files) {
		const entry = { url: built.url, bytes: built.bytes };
		const article = ARTICLE.exec(built.file);
		const id = article?.[1] ?? article?.[2];
		if (id && /^\d{4}-/.test(id)) {
			const inYear = year(id.slice(0, 4));
			inYear.files.push(entry);
			inYear.articles.add(id);
			const agency = agencies.get(id);
			if (agency) {
				const own = byAgency.get(agency) ?? byAgency.set(agency, part(`agency:${agency}`, agency)).get(agency)!;
				own.files.push(entry);
				own.articles.add(id);
			}
			continue;
		}
		const browse = YEAR.exec(built.file);
		if (browse) year(browse[1]!).files.push(entry);
		else (CORE.test(built.file) ? core : rest).files.push(entry);
	}
	const byKey = (a: PartFiles, b: PartFiles) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
	return { core, rest, years: [...years.values()].sort(byKey), agencies: [...byAgency.values()].sort(byKey) };
}
