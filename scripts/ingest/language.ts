/**
 * Language of a text, by franc (trigram profiles, ISO 639-3) among the
 * languages of tables/languages.ts, mapped to BCP 47 primary tags. Scripts that only one language writes decide
 * by themselves; Chinese (Han without kana) is zh; Indonesian and Malay, which
 * franc confuses, are told apart by words of their own.
 */
import { franc } from 'franc';
import { ISO_639_3_TO_BCP47, MALAY_MARKERS, SCRIPT_LANGUAGES } from './tables/languages.ts';

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

/** The languages an entry can be tagged with: franc compares only these (half its profiles, twice as fast). */
const KNOWN = Object.keys(ISO_639_3_TO_BCP47);
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
	const code = franc(text, { minLength: MIN_LENGTH, only: KNOWN });
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
