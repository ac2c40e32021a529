/*
 * The archive's service worker. The build prepends `const ARCHIVE = {...}`
 * (version, base, cache name, shell files). One cache per build: a new build
 * installs its own cache and deletes every older one, so pages and search
 * index never mix builds.
 *
 * - Pages, the Pagefind entry file and other unversioned files: network first,
 *   the cached copy when offline; every page read is kept.
 * - Hashed assets, index chunks, wasm, raw sources: cache first.
 * - Nothing outside this build's own URLs (its base and the first path
 *   segments it publishes, `ARCHIVE.roots`): another archive deployed under
 *   this one's base keeps its pages to itself.
 */
/* global ARCHIVE, partsOf, partMarker */
/** @typedef {import('../lib/offline.ts').WorkerConfig} WorkerConfig */
/** @typedef {import('../lib/offline.ts').OfflineIndex} OfflineIndex */
/** @typedef {import('../lib/offline.ts').OfflineList} OfflineList */
const NETWORK_FIRST = /(\/|\.html|\.json|\.xml|\.txt|\/pagefind\.js|\/pagefind-worker\.js|\/register\.js|\/search-frame\.js)$/;

/**
 * The parts (`everything`, `year:2014`, ...) a reader saved from an older build of this deployment: each
 * saved part left its marker (`partMarker`) in that build's cache.
 * @returns {Promise<Set<string>>}
 */
async function savedBefore() {
	const saved = new Set();
	for (const key of await caches.keys()) {
		if (key === ARCHIVE.cache || !key.startsWith(ARCHIVE.prefix)) continue;
		for (const request of await (await caches.open(key)).keys(ARCHIVE.marker, { ignoreSearch: true })) saved.add(new URL(request.url).searchParams.get('part') ?? 'everything');
	}
	return saved;
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(ARCHIVE.cache);
			// Straight from the network: the browser's HTTP cache may still hold the previous build.
			const fresh = (url) => new Request(url, { cache: 'reload' });
			await cache.addAll(ARCHIVE.shell.map(fresh));
			// A reader who saved the archive, or parts of it, keeps them across builds.
			const saved = await savedBefore();
			if (saved.size > 0) {
				/** @type {OfflineIndex} */
				const index = await (await fetch(ARCHIVE.index, { cache: 'no-cache' })).json();
				for (const key of saved) {
					for (const part of partsOf(index, key)) {
						for (const list of part.lists) {
							/** @type {OfflineList} */
							const { files } = await (await fetch(list, { cache: 'no-cache' })).json();
							await cache.addAll(files.map((file) => fresh(file.url)));
						}
					}
					await cache.put(partMarker(ARCHIVE.marker, key), new Response('saved'));
				}
			}
			await self.skipWaiting();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Only this deployment's older caches: another archive on the same origin keeps its own.
			for (const key of await caches.keys()) if (key.startsWith(ARCHIVE.prefix) && key !== ARCHIVE.cache) await caches.delete(key);
			await self.clients.claim();
		})(),
	);
});

async function networkFirst(request, key) {
	const cache = await caches.open(ARCHIVE.cache);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(key, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(key, { ignoreSearch: true });
		if (cached) return cached;
		if (request.mode === 'navigate') {
			const offline = await cache.match(`${ARCHIVE.base}offline/`);
			if (offline) return offline;
		}
		throw error;
	}
}

async function cacheFirst(request) {
	const cache = await caches.open(ARCHIVE.cache);
	const cached = await cache.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

const ROOTS = new Set(ARCHIVE.roots);

/** Whether a path is one this build publishes: its base page, or under one of its first segments. */
function ours(pathname) {
	if (!pathname.startsWith(ARCHIVE.base)) return false;
	const rest = pathname.slice(ARCHIVE.base.length);
	if (rest === '') return true;
	let first = rest.split('/')[0];
	try {
		first = decodeURIComponent(first);
	} catch {
		return false;
	}
	return ROOTS.has(first);
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || !ours(url.pathname)) return;
	if (url.pathname === `${ARCHIVE.base}sw.js`) return;
	if (request.mode === 'navigate' || NETWORK_FIRST.test(url.pathname)) {
		// The page without its query (?q=, ?highlight=), the entry file without its ?ts=.
		event.respondWith(networkFirst(request, `${url.origin}${url.pathname}`));
	} else {
		event.respondWith(cacheFirst(request));
	}
});
