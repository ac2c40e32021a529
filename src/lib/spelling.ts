/**
 * "Did you mean": the archive's own words and names, counted at build time and
 * published in small files by first letter (`search/words/<key>.json`, written by
 * src/pages/search/words/[key].json.ts), so the search page can offer a close
 * word for one the archive lacks with no server. Pure: texts in, word lists out;
 * a query and a word list in, a suggestion out.
 */

/** One file of words: each as the archive most often spells it, with the number of articles holding it, most first. */
export type WordList = [word: string, articles: number][];

/** Words of at least this many letters are offered, and corrected. */
const SHORTEST = 3;
const LONGEST = 40;
/** Words per file at most (the most common kept): about 40 KB of JSON. */
export const WORDS_PER_FILE = 3000;

/** A word as compared: lower case, composed (the build folds every word of the archive: ASCII the fast way). */
export const fold = (word: string) => (/^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFC')).toLowerCase();

/** Runs of letters (with their marks): the words a suggestion is made of, and corrects. */
export const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{M}]+/gu) ?? [];

/**
 * The file a word is in: its first letter without diacritics; a letter outside a-z as its code point
 * ("u0444" for "ф"), so every key is a safe file name.
 */
export function wordKey(word: string): string {
	const first = [...fold(word).normalize('NFD').replace(/\p{M}/gu, '')][0] ?? '';
	return /^[a-z]$/.test(first) ? first : `u${first.codePointAt(0)?.toString(16).padStart(4, '0') ?? '0'}`;
}

export const wordsRoute = (key: string) => `search/words/${key}.json`;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts, over articles, of each word (folded) and of the ways it is spelt. */
export class WordCounts {
	/** Folded word -> articles holding it. */
	readonly #articles = new Map<string, number>();
	/** Spelling -> times written; and its folded word, folded once. */
	readonly #spellings = new Map<string, { times: number; word: string }>();

	/** One article's text; `weight` counts it as that many articles (a name: the articles naming it). */
	add(text: string, weight = 1) {
		// Its spellings counted first: the archive-wide counts are touched once per spelling, not per word.
		const spellings = new Map<string, number>();
		for (const form of wordsOf(text)) spellings.set(form, (spellings.get(form) ?? 0) + 1);
		const seen = new Set<string>();
		for (const [form, times] of spellings) {
			if (form.length < SHORTEST || (form.length > LONGEST && [...form].length > LONGEST)) continue;
			const spelling = this.#spellings.get(form) ?? this.#spellings.set(form, { times: 0, word: fold(form) }).get(form)!;
			spelling.times += times * weight;
			if (seen.has(spelling.word)) continue;
			seen.add(spelling.word);
			this.#articles.set(spelling.word, (this.#articles.get(spelling.word) ?? 0) + weight);
		}
	}

	/** The word lists by key, each most common first (then by the code points of the word), at most `limit` each. */
	lists(limit = WORDS_PER_FILE): Map<string, WordList> {
		// Each word as it is most often written; among equals the first by code points (capitals first: "Putin" before "putin").
		const shown = new Map<string, { form: string; times: number }>();
		for (const [form, { times, word }] of this.#spellings) {
			const best = shown.get(word);
			if (!best || times > best.times || (times === best.times && byCodePoint(form, best.form) < 0)) shown.set(word, { form, times });
		}
		const byKey = new Map<string, { word: string; form: string; articles: number }[]>();
		for (const [word, articles] of this.#articles) {
			const key = wordKey(word);
			(byKey.get(key) ?? byKey.set(key, []).get(key)!).push({ word, form: shown.get(word)!.form, articles });
		}
		const lists = new Map<string, WordList>();
		for (const key of [...byKey.keys()].sort()) {
			const words = byKey.get(key)!.sort((a, b) => b.articles - a.articles || byCodePoint(a.word, b.word));
			lists.set(key, words.slice(0, limit).map((w) => [w.form, w.articles]));
		}
		return lists;
	}
}

/** Edits (insert, delete, substitute, swap two neighbours) from a to b, by code point. */
export function editDistance(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	const rows = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= x.length; i++) {
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1);
		}
	}
	return rows[x.length]![y.length]!;
}

/** Whether the list holds the word (in any case). */
export const listHas = (list: WordList, word: string) => list.some(([form]) => fold(form) === fold(word));

/**
 * The word of the list closest to `term`, as the archive spells it: at most one edit in four letters
 * (one for short words), fewest edits first, then the word most articles hold. Null when the list has the
 * term itself, or nothing close.
 */
export function closestWord(term: string, list: WordList): string | null {
	const wanted = fold(term);
	const length = [...wanted].length;
	if (length < SHORTEST + 1) return null;
	const most = Math.max(1, Math.floor(length / 4));
	let best: { form: string; edits: number; articles: number } | null = null;
	for (const [form, articles] of list) {
		const word = fold(form);
		if (word === wanted) return null;
		if (Math.abs([...word].length - length) > most) continue;
		const edits = editDistance(wanted, word);
		if (edits <= most && (!best || edits < best.edits || (edits === best.edits && articles > best.articles))) best = { form, edits, articles };
	}
	return best?.form ?? null;
}

/** The words of a query a suggestion may correct: outside "quoted phrases", letters only, long enough. */
export const correctableWords = (query: string): string[] =>
	[...new Set(wordsOf(query.replace(/"[^"]*"/g, ' ')).filter((word) => [...word].length > SHORTEST))];

/** The query with each word of `corrections` (a query's word -> the archive's) replaced, or null when none is. */
export function correctedQuery(query: string, corrections: ReadonlyMap<string, string>): string | null {
	if (corrections.size === 0) return null;
	let text = query;
	for (const [word, correction] of corrections) text = text.replace(new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'u'), correction);
	return text === query ? null : text;
}
