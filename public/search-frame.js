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

/** A word of Pagefind's content (split on white space, as its locations count) without the punctuation around it. */
const bare = (word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The words of a page that Pagefind matched (stemmed forms included), as the page spells them. */
function matchedWords(data) {
	const words = data.content.split(/[\r\n\s]+/g);
	return [...new Set(data.locations.map((at) => bare(words[at] ?? '')).filter(Boolean))];
}

/** Edits (insert, delete, substitute, swap two neighbours) from a to b. */
function distance(a, b) {
	const rows = [...Array(a.length + 1)].map((_, i) => [i, ...Array(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) rows[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
		}
	}
	return rows[a.length][b.length];
}

/**
 * A close word this index has, for a word it lacks: Pagefind matches words by their
 * beginning, so the pages holding words that begin as this one does are read and their
 * words compared (at most a quarter of the letters may differ). A typo in the first
 * letters finds nothing, and nothing is offered.
 */
async function suggest(term) {
	const word = term.replace(/"/g, '').trim();
	if (/\s/.test(word) || [...word].length < 4) return null;
	const wanted = word.toLocaleLowerCase(language);
	const most = Math.max(1, Math.floor([...word].length / 4));
	let best = null;
	for (const length of [3, 2]) {
		const found = await pagefind.search([...word].slice(0, length).join(''));
		for (const result of found.results.slice(0, 8)) {
			const data = await result.data();
			for (const candidate of matchedWords(data)) {
				const edits = distance(wanted, candidate.toLocaleLowerCase(language));
				if (edits > 0 && edits <= most && (!best || edits < best.distance)) best = { term, word: candidate, distance: edits };
			}
		}
		if (best) return best;
	}
	return null;
}

/** A result's address, carrying the words matched on that page, so that the page highlights what was found. */
function resultUrl(data) {
	const address = new URL(data.url, location.href);
	address.searchParams.delete('highlight');
	const words = new Set(matchedWords(data).map((word) => word.toLocaleLowerCase(language)));
	for (const word of [...words].slice(0, 8)) address.searchParams.append('highlight', word);
	return `${address.pathname}${address.search}${address.hash}`;
}

/**
 * The answer's shape is `FrameAnswer` in src/lib/search.ts, which the search page reads.
 * @typedef {import('../src/lib/search.ts').FrameAnswer} FrameAnswer
 */

/**
 * Pagefind leaves out of a search the words its index lacks; then a page lacking them
 * would be found. Here every word (or stemmed form of it) and every phrase must be in
 * this language's index, else this language answers nothing, names the missing terms
 * and, where it can, a close word it has for each.
 * @returns {Promise<FrameAnswer>}
 */
async function archiveSearch(query, options, limit) {
	const units = terms(query);
	if (units.length > 0) {
		const missing = [];
		for (const unit of units) if ((await pagefind.search(unit)).results.length === 0) missing.push(unit);
		if (missing.length > 0) {
			const suggestions = (await Promise.all(missing.map(suggest))).filter(Boolean);
			return { hits: [], total: 0, filters: {}, missing, suggestions };
		}
	}
	const search = await pagefind.search(query || null, options);
	const hits = await Promise.all(
		search.results.slice(0, limit).map(async (result) => {
			const data = await result.data();
			return {
				url: resultUrl(data),
				title: data.meta.title ?? data.url,
				date: data.meta.date ?? '',
				agency: data.meta.agency ?? null,
				language: data.meta.language ?? language,
				excerpt: data.excerpt,
				score: result.score,
			};
		}),
	);
	return { hits, total: search.results.length, filters: search.filters, missing: [], suggestions: [] };
}

Object.assign(window, { archiveSearch, archiveFilters: () => pagefind.filters() });
parent.postMessage({ type: 'search-frame-ready', language }, location.origin);
