/**
 * Words in every script. Scripts written with spaces are split on
 * spaces (fast, and what the thresholds were tuned on); scripts written without
 * them (Chinese, Japanese, Thai, ...) are split by `Intl.Segmenter`, whose
 * dictionaries know their word boundaries.
 */
import stopwordsIso from 'stopwords-iso' with { type: 'json' };

/** Scripts whose words are not separated by spaces. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string, granularity: 'word'): Intl.Segmenter {
	const key = `${language}/${granularity}`;
	let found = segmenters.get(key);
	if (!found) {
		found = new Intl.Segmenter(language, { granularity });
		segmenters.set(key, found);
	}
	return found;
}

export const isUnspaced = (text: string) => UNSPACED.test(text);
/** Scripts that write no stop at a sentence's end (Thai, Lao): how a line of them ends says nothing of it. */
const WITHOUT_STOPS = /[\p{Script=Thai}\p{Script=Lao}]/u;
export const writesNoStops = (text: string) => WITHOUT_STOPS.test(text);

/**
 * The words of a line: space-separated tokens with a letter or digit, or
 * segmenter words in unspaced scripts. The structure steps ask about the same
 * lines many times, so the last few thousand answers are kept (they are never
 * modified by callers).
 */
export function words(text: string, language = 'und'): readonly string[] {
	const key = language === 'und' ? text : `${language}\u0000${text}`;
	const cached = wordCache.get(key);
	if (cached) return cached;
	let out: string[];
	if (!isUnspaced(text)) out = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
	else {
		out = [];
		for (const segment of segmenter(language, 'word').segment(text)) if (segment.isWordLike) out.push(segment.segment);
	}
	if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
	wordCache.set(key, out);
	return out;
}
/** About one source's lines: enough for the steps' repeated questions, small whatever the archive's size. */
const WORD_CACHE_SIZE = 2000;
const wordCache = new Map<string, readonly string[]>();

/** Words by Unicode word segmentation in every script: the entry's `wordCount`. */
export function wordCount(text: string, language = 'und'): number {
	let count = 0;
	for (const segment of segmenter(language, 'word').segment(text)) if (segment.isWordLike) count++;
	return count;
}

/** Sentence-final punctuation of every script: Latin, CJK full stops, Arabic and Urdu, Devanagari danda, Armenian, Ethiopic. */
export const SENTENCE_END = '.!?…;:,。．！？；：،؛؟۔।॥։።';
/** Closing quotes and brackets that may follow a sentence's end. */
export const CLOSERS = `"'”’»)\\]」』）》】〉›`;

const STOPWORDS = stopwordsIso as Record<string, string[]>;
const stopwordSets = new Map<string, Set<string>>();
/** A language's stop words (stopwords-iso), lowercase; empty for a language it lacks. */
function stopwordsOf(language: string): Set<string> {
	let set = stopwordSets.get(language);
	if (!set) {
		set = new Set((STOPWORDS[language] ?? []).map((w) => w.toLowerCase()));
		stopwordSets.set(language, set);
	}
	return set;
}

/** Every language's stop words together: for text whose language is not known yet. */
const ALL_STOPWORDS = new Set(Object.values(STOPWORDS).flat().map((w) => w.toLowerCase()));

/** Share of a line's words that are stop words (of its language, else of any language): prose is full of them, menus and headlines are not. */
export function stopwordDensity(text: string, language: string | null): number {
	const list = words(text, language ?? 'und');
	if (list.length === 0) return 0;
	const set = language && STOPWORDS[language] ? stopwordsOf(language) : ALL_STOPWORDS;
	let hits = 0;
	for (const word of list) if (set.has(word.toLowerCase().replace(/^[\p{P}]+|[\p{P}]+$/gu, ''))) hits++;
	return hits / list.length;
}

/**
 * Words that carry meaning: what a headline and its story share. Three letters
 * or more in spaced scripts (Vietnamese syllables are short), two characters
 * or more in unspaced ones, less every language's stop words.
 */
export function contentWords(text: string): readonly string[] {
	const cached = contentCache.get(text);
	if (cached) return cached;
	const lower = text.toLowerCase();
	const list = isUnspaced(lower) ? words(lower).filter((w) => w.length >= 2) : (lower.match(/[\p{L}\p{N}]{3,}/gu) ?? []);
	const out = list.filter((w) => !ALL_STOPWORDS.has(w));
	if (contentCache.size >= WORD_CACHE_SIZE) contentCache.clear();
	contentCache.set(text, out);
	return out;
}
const contentCache = new Map<string, readonly string[]>();
