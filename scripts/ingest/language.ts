/**
 * Language of a text, by franc (trigram profiles of 187 languages, ISO 639-3),
 * mapped to BCP 47 primary tags. Scripts that only one language writes decide
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

/** A thousand or so characters decide as well as a whole article does, and franc costs time in proportion. */
const SAMPLE = 1500;
/** franc needs this many characters to say anything; shorter text is not recognised. */
const MIN_LENGTH = 20;
/** A script that makes up this share of the letters decides. */
const SCRIPT_SHARE = 0.3;

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, 'gu'))?.length ?? 0;

function malayOrIndonesian(text: string): 'id' | 'ms' {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	const score = (list: readonly string[]) => {
		const set = new Set(list);
		return words.filter((w) => set.has(w)).length;
	};
	return score(MALAY_MARKERS.ms) > score(MALAY_MARKERS.id) ? 'ms' : 'id';
}

export function detectLanguage(fullText: string): LanguageGuess | null {
	const text = fullText.slice(0, SAMPLE);
	const letters = count(text, /\p{L}/u);
	if (letters === 0) return null;
	for (const { tag, pattern } of SCRIPT_LANGUAGES) {
		if (count(text, pattern) / letters >= SCRIPT_SHARE) return { tag, by: 'script' };
	}
	const han = count(text, /\p{Script=Han}/u);
	if (han / letters >= SCRIPT_SHARE) return { tag: 'zh', by: 'script' };
	const code = franc(text, { minLength: MIN_LENGTH });
	if (code === 'und') return null;
	const tag = ISO_639_3_TO_BCP47[code] ?? code;
	if (tag === 'id' || tag === 'ms') return { tag: malayOrIndonesian(text), by: 'trigrams' };
	return { tag, by: 'trigrams' };
}
