// Runs inside a hidden frame of the search page whose <html lang> is one
// language: loads that language's Pagefind index (with its stemmer) and answers
// the search page. One frame per language keeps each Pagefind instance in its
// own JavaScript realm (two in one realm share one wasm backend and break).
// Plain JavaScript, served as is: Pagefind is loaded from the built site.
const base = new URL('./', import.meta.url).pathname;
const language = document.documentElement.lang;
const pagefind = await import(`${base}pagefind/pagefind.js`);
await pagefind.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24 });

/** The query's words and "quoted phrases", each a unit every result must contain. */
function terms(query) {
	return [...(query ?? '').matchAll(/"([^"]+)"|(\S+)/g)].map((m) => (m[1] ? `"${m[1].trim()}"` : m[2])).filter((t) => t.replace(/"/g, '').trim() !== '');
}

/**
 * The answer's shape is `FrameAnswer` in src/lib/search.ts, which the search page reads.
 * @typedef {import('../src/lib/search.ts').FrameAnswer} FrameAnswer
 */

/**
 * Pagefind leaves out of a search the words its index lacks; then a page lacking them
 * would be found. Here every word (or stemmed form of it) and every phrase must be in
 * this language's index, else this language answers nothing and names the missing terms.
 * @returns {Promise<FrameAnswer>}
 */
async function archiveSearch(query, options, limit) {
	const units = terms(query);
	if (units.length > 0) {
		const missing = [];
		for (const unit of units) if ((await pagefind.search(unit)).results.length === 0) missing.push(unit);
		if (missing.length > 0) return { hits: [], total: 0, filters: {}, missing };
	}
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
	return { hits, total: search.results.length, filters: search.filters, missing: [] };
}

Object.assign(window, { archiveSearch, archiveFilters: () => pagefind.filters() });
parent.postMessage({ type: 'search-frame-ready', language }, location.origin);
