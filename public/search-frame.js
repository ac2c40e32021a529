// Runs inside a hidden frame of the search page whose <html lang> is one
// language: loads that language's Pagefind index (with its stemmer) and answers
// the search page. One frame per language keeps each Pagefind instance in its
// own JavaScript realm (two in one realm share one wasm backend and break).
// Plain JavaScript, served as is: Pagefind is loaded from the built site.
// The index is in shards (src/lib/search-shards.ts, `pagefind/shards.json`): Pagefind is loaded from the first
// shard holding this language, and the language's other shards are merged into it (they share its wasm).
const base = new URL('./', import.meta.url).pathname;
const language = document.documentElement.lang;
// Each shard's pages carry a filter naming it, so that a search can be held to some shards (never shown).
const SHARD = 'shard';
/** @type {import('../src/lib/search-shards.ts').SearchShard[]} */
let shards;
let pagefind;
try {
	const response = await fetch(`${base}pagefind/shards.json`);
	if (!response.ok) throw new Error(`pagefind/shards.json: HTTP ${response.status}`);
	/** @type {import('../src/lib/search-shards.ts').SearchShards} */
	const index = await response.json();
	// `shardsFor` in src/lib/search-shards.ts (plain JavaScript here cannot import it); the offline shell uses it.
	shards = index.shards.filter((shard) => (shard.languages[language] ?? 0) > 0);
	if (shards.length === 0) throw new Error(`no shard of the index holds the language ${language}`);
	const settings = { baseUrl: base, highlightParam: 'highlight', excerptLength: 24 };
	pagefind = await import(`${base}pagefind/${shards[0].name}/pagefind.js`);
	await pagefind.options({ ...settings, mergeFilter: { [SHARD]: shards[0].name } });
	await pagefind.init();
	// Together (each loads its entry and metadata); Pagefind keeps them in the order asked.
	await Promise.all(shards.slice(1).map((shard) => pagefind.mergeIndex(`${base}pagefind/${shard.name}/`, { ...settings, language, mergeFilter: { [SHARD]: shard.name } })));
} catch (error) {
	// The search page says search could not start, rather than waiting for this frame for ever.
	parent.postMessage({ type: 'search-frame-failed', language, message: error instanceof Error ? error.message : String(error) }, location.origin);
	throw error;
}

/** The query's words and "quoted phrases", each a unit every result must contain. */
function terms(query) {
	return [...(query ?? '').matchAll(/"([^"]+)"|(\S+)/g)].map((m) => (m[1] ? `"${m[1].trim()}"` : m[2])).filter((t) => t.replace(/"/g, '').trim() !== '');
}

/** A word of Pagefind's content (split on white space, as its locations count) without the punctuation around it. */
const bare = (word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The words of a page that Pagefind matched (stemmed forms included), as the page spells them. */
function matchedWords(data) {
	const words = (data.raw_content ?? data.content).split(/[^\S\uFEFF]+/g);
	return [...new Set(data.locations.map((at) => bare(words[at] ?? '')).filter(Boolean))];
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
 * @typedef {import('../src/lib/search.ts').EntityTerm} EntityTerm
 */

/** The query without the words that name an entity (`term`, lowercased, words separated by spaces). */
function without(query, term) {
	const words = term.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{M}\\p{N}]+');
	return query.replace(new RegExp(`(^|[^\\p{L}\\p{M}\\p{N}])${words}(?=$|[^\\p{L}\\p{M}\\p{N}])`, 'iu'), '$1').trim();
}

/**
 * The results of the last searches that asked for some, by search (its token), then by Pagefind id: the
 * search page fetches the data (a fragment each) of only those it shows. By search, as searches run while
 * the reader types and may end out of order: a page found by two searches has two excerpts.
 * @type {Map<number, Map<string, any>>}
 */
const kept = new Map();
let lastToken = 0;

/**
 * The shards holding a word or phrase exactly (its stem, as a quoted search finds it), or null when one
 * shard is all there is or none holds it exactly (then Pagefind's own matching decides in each). Pagefind
 * drops from a search the words an index lacks, and matches a word it lacks by the longest word it has
 * that begins it ("be" for "Belgrade"): a shard lacking a word would answer for the other words alone,
 * or for a fragment of it. One index holding every article never does so when any article has the word.
 * @type {Map<string, Promise<Set<string> | null>>}
 */
const holders = new Map();
function shardsHolding(unit) {
	if (shards.length === 1) return Promise.resolve(null);
	if (!holders.has(unit)) {
		const exact = unit.startsWith('"') ? unit : `"${unit}"`;
		const asked = pagefind.search(exact).then((found) => {
			const counts = found.filters[SHARD] ?? {};
			const names = Object.keys(counts).filter((name) => counts[name] > 0);
			return names.length > 0 ? new Set(names) : null;
		});
		// A failed search (a chunk not fetched, offline) is asked again next time.
		asked.catch(() => holders.delete(unit));
		holders.set(unit, asked);
	}
	return holders.get(unit);
}

/** Pagefind's filter counts without the shard filter. */
const readerFilters = (filters) => Object.fromEntries(Object.entries(filters).filter(([key]) => key !== SHARD));

/**
 * Pagefind's search, across the shards that hold every word and phrase of the query. Sorted by date, each
 * shard is searched apart and its results ranked after the shards before it (the shards are runs of months,
 * oldest first; Pagefind's sort gives each result its place within its own shard).
 */
async function search(query, options = {}) {
	let eligible = shards.map((shard) => shard.name);
	for (const unit of terms(query ?? '')) {
		const holding = await shardsHolding(unit);
		if (holding) eligible = eligible.filter((name) => holding.has(name));
	}
	if (eligible.length === 0) return { results: [], unfilteredResultCount: 0, filters: {} };
	const within = (names) => ({ ...options, filters: names.length < shards.length ? { ...options.filters, [SHARD]: { any: names } } : (options.filters ?? {}) });
	if (!options.sort || eligible.length === 1) {
		const found = await pagefind.search(query, within(eligible));
		return { ...found, filters: readerFilters(found.filters) };
	}
	const answers = await Promise.all(eligible.map((name) => pagefind.search(query, within([name]))));
	const newest = Object.values(options.sort)[0] === 'desc';
	const results = answers.flatMap((found, i) => found.results.map((result) => Object.assign(result, { score: result.score + (newest ? 1 : -1) * shards.findIndex((s) => s.name === eligible[i]) * 1e7 })));
	const filters = {};
	for (const found of answers) for (const [key, values] of Object.entries(readerFilters(found.filters))) for (const [value, count] of Object.entries(values)) (filters[key] ??= {})[value] = (filters[key][value] ?? 0) + count;
	return { results: results.sort((a, b) => b.score - a.score), unfilteredResultCount: answers.reduce((sum, found) => sum + found.unfilteredResultCount, 0), filters };
}

/** Every unit of the query this index lacks. */
async function missingUnits(query) {
	const missing = [];
	for (const unit of terms(query)) if ((await search(unit)).results.length === 0) missing.push(unit);
	return missing;
}

/**
 * Pagefind leaves out of a search the words its index lacks; then a page lacking them
 * would be found. Here every word (or stemmed form of it) and every phrase must be in
 * this language's index, else this language answers nothing and names the missing terms
 * (the search page offers close words from the archive's word lists).
 * When the query names an entity (`entity`), the articles tagged with it that hold the
 * query's other words are found too, whatever this language calls it ("Turki").
 * @param {string} query
 * @param {{ filters: Record<string, string>, sort?: Record<string, string> }} options
 * @param {number} limit
 * @param {EntityTerm | null} [entity]
 * @returns {Promise<FrameAnswer>}
 */
async function archiveSearch(query, options, limit, entity = null) {
	const searches = [];
	// One word or phrase needs no check of its own: the search finds nothing exactly when the index lacks it
	// (each search costs as much as Pagefind's filter counts over all its results).
	const units = terms(query);
	const missing = units.length > 1 ? await missingUnits(query) : [];
	if (missing.length === 0) {
		const literal = await search(query || null, options);
		if (units.length === 1 && literal.unfilteredResultCount === 0) missing.push(units[0]);
		else searches.push(literal);
	}
	if (entity) {
		// Each of its names in this language (and in every language) with the query's other words: an article
		// naming it in any of them is found.
		const rest = without(query, entity.term);
		const names = [...new Set([...(entity.aliases['*'] ?? []), ...(entity.aliases[language] ?? [])])];
		if (rest === '' || (await missingUnits(rest)).length === 0) {
			for (const name of names) {
				// A name holding the query's own words finds nothing the literal search does not ("François
				// Hollande" for "Hollande"): skipped. A name this index lacks would be dropped by Pagefind,
				// leaving the other words alone: a name alone is searched first (its results are the answer
				// when the query is only the entity's name).
				if (` ${name.toLocaleLowerCase(language)} `.includes(` ${entity.term} `)) continue;
				// Quoted: an exact word or phrase (unquoted, Pagefind's stemming and prefixes find "Turki" in "Turkish").
				const unit = `"${name}"`;
				const alone = await search(unit, options);
				if (alone.unfilteredResultCount === 0) continue;
				const found = rest === '' ? alone : await search(`${unit} ${rest}`, options);
				if (found.results.length > 0) searches.push(found);
			}
		}
	}
	if (searches.length === 0) return { token: 0, ranked: [], total: 0, filters: {}, missing };
	// One list: each page once, with its best score. Filter counts: the largest of the searches' (an estimate
	// when both find pages; exact when one finds nothing or all of the other's).
	const byId = new Map();
	for (const search of searches) for (const result of search.results) if (!byId.has(result.id) || byId.get(result.id).score < result.score) byId.set(result.id, result);
	const results = [...byId.values()].sort((a, b) => b.score - a.score);
	const filters = {};
	for (const search of searches) {
		for (const [key, values] of Object.entries(search.filters)) {
			filters[key] ??= {};
			for (const [value, count] of Object.entries(values)) filters[key][value] = Math.max(filters[key][value] ?? 0, count);
		}
	}
	const shown = results.slice(0, limit);
	const token = shown.length > 0 ? ++lastToken : 0;
	if (token) {
		kept.set(token, new Map(shown.map((result) => [result.id, result])));
		for (const old of kept.keys()) if (kept.size > 8) kept.delete(old);
	}
	return { token, ranked: shown.map((r) => ({ id: r.id, score: r.score })), total: results.length, filters, missing: [] };
}

/**
 * The hits of results a search found, in the order asked.
 * @param {number} token The search's, from its answer.
 * @param {string[]} ids
 * @returns {Promise<import('../src/lib/search.ts').Hit[]>}
 */
async function archiveHits(token, ids) {
	const found = kept.get(token);
	if (!found) throw new Error('That search is no longer kept; search again');
	return Promise.all(
		ids.map(async (id) => {
			const result = found.get(id);
			if (!result) throw new Error(`The search did not find result ${id}`);
			const data = await result.data();
			return {
				url: resultUrl(data),
				title: data.meta.title ?? data.url,
				date: data.meta.date ?? '',
				agency: data.meta.agency ?? null,
				language: data.meta.language ?? language,
				// The snippet is made from these by the search page (src/lib/excerpt.ts): the page's text as
				// Pagefind counts its words, and where the search matched.
				content: data.raw_content ?? data.content,
				matches: data.weighted_locations.map((at) => ({ location: at.location, score: at.balanced_score })),
				score: result.score,
			};
		}),
	);
}

/**
 * Whether this index holds a word, exactly or by its stem ("koalisinya" by "koalisi"), not by the word it
 * begins with that Pagefind falls back to ("put" for "putn"): a quoted search. The search page asks before
 * it offers a close word for one its word lists lack.
 * @param {string} word
 */
async function archiveHas(word) {
	return (await pagefind.search(`"${word.replace(/"/g, '')}"`)).results.length > 0;
}

Object.assign(window, { archiveSearch, archiveHits, archiveHas, archiveFilters: async () => readerFilters(await pagefind.filters()) });
parent.postMessage({ type: 'search-frame-ready', language }, location.origin);
