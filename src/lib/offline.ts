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

/** `offline.json`: what saving the archive costs and where the lists of its files are. */
export interface OfflineIndex {
	version: string;
	/** The cache this build's service worker keeps. */
	cache: string;
	/** Put in that cache once everything is saved. */
	marker: string;
	files: number;
	bytes: number;
	/** The lists of files (`OfflineList`), under the base. */
	lists: string[];
}

/** `offline/files-<n>.json`: a part of the files to save. */
export interface OfflineList {
	files: { url: string; bytes: number }[];
}

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
export const listRoute = (n: number) => `offline/files-${n}.json`;

/** A built file's URL: `articles/x/index.html` -> `<base>articles/x/`. */
export function fileUrl(base: string, file: string): string {
	const route = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
	return withBase(base, route.split('/').map(encodeURIComponent).join('/'));
}
