// Runs inside a hidden frame of the search page whose <html lang> is one
// language: loads that language's Pagefind index (with its stemmer) and answers
// the search page. One frame per language keeps each Pagefind instance in its
// own JavaScript realm (two in one realm share one wasm backend and break).
// Plain JavaScript, served as is: Pagefind is loaded from the built site.
const base = new URL('./', import.meta.url).pathname;
const language = document.documentElement.lang;
const pagefind = await import(`${base}pagefind/pagefind.js`);
await pagefind.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24 });

/** @returns {Promise<{hits: object[], total: number, filters: Record<string, Record<string, number>>}>} */
async function archiveSearch(query, options, limit) {
	const search = await pagefind.search(query || null, options);
	const hits = await Promise.all(
		search.results.slice(0, limit).map(async (result) => {
			const data = await result.data();
			return {
				url: data.url,
				title: data.meta.title ?? data.url,
				date: data.meta.date ?? '',
				agency: data.meta.agency ?? null,
				language: data.meta.language ?? language,
				excerpt: data.excerpt,
				score: result.score,
			};
		}),
	);
	return { hits, total: search.results.length, filters: search.filters };
}

Object.assign(window, { archiveSearch, archiveFilters: () => pagefind.filters() });
parent.postMessage({ type: 'search-frame-ready', language }, location.origin);
