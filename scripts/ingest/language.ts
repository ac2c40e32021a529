/**
 * Language of a text, by franc (trigram profiles, ISO 639-3) among the
 * languages of tables/languages.ts, mapped to BCP 47 primary tags. Scripts
 * that only one language writes decide by themselves; Chinese (Han without
 * kana) is zh; Indonesian and Malay, which franc confuses, are told apart by
 * words of their own. franc's time goes into comparing the text with every
 * language's profile, so the languages whose stop words (stopwords-iso) the
 * text uses most are its shortlist; franc decides among them.
 */
import { franc } from 'franc';
import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import { ISO_639_3_TO_BCP47, LETTERS_NOT_IN, MALAY_MARKERS, SCRIPT_LANGUAGES, STOPWORD_LIST_TAGS } from './tables/languages.ts';

export interface LanguageGuess {
	tag: string;
	/** What decided: the script, or franc's trigrams. */
	by: 'script' | 'trigrams';
}

/** Six hundred characters (a paragraph or two) decide as well as a whole article does, and franc's time grows with the sample. */
const SAMPLE = 600;
/** franc needs this many characters to say anything; shorter text is not recognised. */
const MIN_LENGTH = 20;
/** A line that ends like a sentence, in any script. */
const SENTENCE_END = /[.!?。！？؟।]["'”’»)」』）]*$/u;
/** Menu items and labels are shorter than this; a sample of the page's prose leaves them out. */
const MIN_SAMPLE_LINE = 40;
/** A script that makes up this share of the letters decides. */
const SCRIPT_SHARE = 0.3;

/** The languages an entry can be tagged with: franc compares only these. */
const KNOWN = Object.keys(ISO_639_3_TO_BCP47);
/** How many languages, by their stop words, franc is asked to choose among. */
const SHORTLIST = 6;
/** Below this share of words that are some language's stop words, the shortlist says nothing, and franc compares every language. */
const MIN_SHORTLIST_SHARE = 0.15;

/** franc's codes for each tag ("ar": arb, ara, ...), and for each stop word the tags whose lists have it. */
const CODES_OF = new Map<string, string[]>();
for (const [code, tag] of Object.entries(ISO_639_3_TO_BCP47)) CODES_OF.set(tag, [...(CODES_OF.get(tag) ?? []), code]);
const TAGS_OF_STOPWORD = new Map<string, string[]>();
const LISTED = new Set<string>();
for (const [listTag, list] of Object.entries(stopwordsIso as Record<string, string[]>)) {
	// A stop-word list may serve several tags ("no" for Bokmål and Nynorsk).
	const tags = (STOPWORD_LIST_TAGS[listTag] ?? [listTag]).filter((tag) => CODES_OF.has(tag));
	for (const tag of tags) LISTED.add(tag);
	if (tags.length === 0) continue;
	for (const word of new Set(list.map((w) => w.toLowerCase()))) TAGS_OF_STOPWORD.set(word, [...(TAGS_OF_STOPWORD.get(word) ?? []), ...tags]);
}
/** Languages without a stop-word list cannot be shortlisted by their words: franc always compares them. */
const UNLISTED_CODES = [...CODES_OF].filter(([tag]) => !LISTED.has(tag)).flatMap(([, codes]) => codes);

/** The franc codes of the languages whose stop words the text uses most, or all it knows when too few are used. */
function shortlist(text: string): string[] {
	const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
	const hits = new Map<string, number>();
	let stopwords = 0;
	for (const word of words) {
		const tags = TAGS_OF_STOPWORD.get(word);
		if (!tags) continue;
		stopwords++;
		for (const tag of tags) hits.set(tag, (hits.get(tag) ?? 0) + 1);
	}
	if (words.length === 0 || stopwords / words.length < MIN_SHORTLIST_SHARE) return KNOWN;
	const best = [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SHORTLIST);
	return [...best.flatMap(([tag]) => CODES_OF.get(tag)!), ...UNLISTED_CODES];
}
/** How many characters of the text match a pattern (which must have the g flag). */
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const LETTER = /\p{L}/gu;
const HAN = /\p{Script=Han}/gu;
const SCRIPTS = SCRIPT_LANGUAGES.map(({ tag, pattern }) => ({ tag, pattern: new RegExp(pattern.source, 'gu') }));
const MALAY_WORDS = new Set<string>(MALAY_MARKERS.ms);
const INDONESIAN_WORDS = new Set<string>(MALAY_MARKERS.id);

function malayOrIndonesian(text: string): 'id' | 'ms' {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	const score = (set: Set<string>) => words.filter((w) => set.has(w)).length;
	return score(MALAY_WORDS) > score(INDONESIAN_WORDS) ? 'ms' : 'id';
}

export function detectLanguage(fullText: string): LanguageGuess | null {
	const text = fullText.slice(0, SAMPLE);
	const letters = count(text, LETTER);
	if (letters === 0) return null;
	for (const { tag, pattern } of SCRIPTS) {
		if (count(text, pattern) / letters >= SCRIPT_SHARE) return { tag, by: 'script' };
	}
	const han = count(text, HAN);
	if (han / letters >= SCRIPT_SHARE) return { tag: 'zh', by: 'script' };
	const code = franc(text, { minLength: MIN_LENGTH, only: shortlist(text) });
	if (code === 'und') return null;
	const tag = ISO_639_3_TO_BCP47[code]!;
	if (tag === 'id' || tag === 'ms') return { tag: malayOrIndonesian(text), by: 'trigrams' };
	return { tag, by: 'trigrams' };
}

/**
 * The page's longest sentences: a sample of its prose for a first guess at the
 * language, before its structure is known. Lines that end like sentences come
 * first; a ticker of foreign names is long too, but ends in none.
 */
export function languageSample(text: string, size = SAMPLE): string {
	const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length >= MIN_SAMPLE_LINE);
	const sentences = lines.filter((l) => SENTENCE_END.test(l));
	let sample = '';
	for (const line of (sentences.length > 0 ? sentences : lines).sort((a, b) => b.length - a.length)) {
		if (sample.length >= size) break;
		sample += `${line}\n`;
	}
	return sample || text.slice(0, size);
}

/** Whether a word is on the stop-word list of a language (stopwords-iso). */
export const isStopWord = (word: string, tag: string): boolean => TAGS_OF_STOPWORD.get(word.toLowerCase())?.includes(tag) ?? false;

/** A few letters are a loanword or a name; this many say the text is written in another alphabet. */
const MIN_FOREIGN_LETTERS = 5;
const FOREIGN_LETTERS = new Map(Object.entries(LETTERS_NOT_IN).map(([tag, letters]) => [tag, new RegExp(`[${letters}]`, 'giu')]));
/** Whether the text uses letters the language's alphabet lacks (LETTERS_NOT_IN), often enough not to be a quoted name. */
export const usesLettersNotIn = (text: string, tag: string): boolean => {
	const pattern = FOREIGN_LETTERS.get(tag);
	return pattern !== undefined && count(text, pattern) >= MIN_FOREIGN_LETTERS;
};
