/**
 * The offline contract, one typed module for the build's integration
 * (src/integrations/offline.ts), the search page's save button
 * (src/client/offline-save.ts) and the service worker (src/offline/service-worker.js,
 * through JSDoc): the small index a reader's browser fetches first, the lists of
 * files it fetches only when the reader saves, and the service worker's settings.
 * URLs are joined by src/lib/paths.ts, the one place that does it.
 */
import { withBase } from './paths.ts';

/** Files listed in one list file: about 400 KB of JSON at most, so no file a reader downloads nears 1 MB. */
export const FILES_PER_LIST = 5000;

/**
 * A part of the archive a reader can save: its files are listed in `lists` (`OfflineList`, under the base).
 * `core` (the search index, the search and offline pages and what they load) goes with every choice; a
 * year holds its articles (page, raw source, source viewer, citations) and its timeline and year pages; an
 * agency its articles; `rest` what only "everything" holds (the other browse pages).
 */
export interface OfflinePart {
	/** `core`, `rest`, `year:2014`, `agency:Xinhua`: names the part's saved-marker. */
	key: string;
	label: string;
	articles: number;
	files: number;
	bytes: number;
	lists: string[];
}

/** `offline.json`: what saving the archive, or a part of it, costs and where the lists of its files are. */
export interface OfflineIndex {
	version: string;
	/** The cache this build's service worker keeps. */
	cache: string;
	/** Put in that cache once everything is saved; a part's marker is `partMarker(marker, key)`. */
	marker: string;
	/** Everything: every file of the build once. */
	files: number;
	bytes: number;
	core: OfflinePart;
	rest: OfflinePart;
	years: OfflinePart[];
	agencies: OfflinePart[];
}

/** `offline/<part>-<n>.json`: a part of the files to save. */
export interface OfflineList {
	files: { url: string; bytes: number }[];
}

/** The parts that make a choice: everything is the core, the rest and every year (each file once). */
export function partsOf(index: OfflineIndex, key: string): OfflinePart[] {
	if (key === 'everything') return [index.core, index.rest, ...index.years];
	const part = [...index.years, ...index.agencies].find((p) => p.key === key);
	return part ? [index.core, part] : [];
}

/** The marker put in the cache once a part (or `everything`) is saved. */
export const partMarker = (marker: string, key: string) => (key === 'everything' ? marker : `${marker}?part=${encodeURIComponent(key)}`);

/** What the build prepends to the service worker as `const ARCHIVE = ...`. */
export interface WorkerConfig {
	version: string;
	base: string;
	/** Every cache of this deployment starts so; other deployments on the origin keep theirs. */
	prefix: string;
	cache: string;
	marker: string;
	/** The first path segments this build publishes: the worker handles no other URL. */
	roots: string[];
	/** Files precached at once: the pages that must work offline and what they load. */
	shell: string[];
	/** The offline index, for saving again what a reader saved from an older build. */
	index: string;
}

export const OFFLINE_INDEX = 'offline.json';
/** FNV-1a of a text, in hex: tells apart keys that read alike once made a file name ("A.P." and "AP"). */
function fnv(text: string): string {
	let hash = 0x811c9dc5;
	for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
	return hash.toString(16).padStart(8, '0');
}

/** A part's n-th list of files: `offline/year-2014-1.json`; a key that is not plain letters and digits gets its hash too. */
export function listRoute(key: string, n: number): string {
	const slug = key.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
	return `offline/${/^(core|rest|year:\d{4})$/.test(key) ? slug : `${slug}-${fnv(key)}`}-${n}.json`;
}

/** A built file's URL: `articles/x/index.html` -> `<base>articles/x/`. */
export function fileUrl(base: string, file: string): string {
	const route = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
	return withBase(base, route.split('/').map(encodeURIComponent).join('/'));
}
