/**
 * Language of a text: by script first, then, for Latin script, by the share of
 * words that are a language's frequent function words. Works on short texts
 * because function words are frequent even in a headline and two sentences.
 */
import { SCRIPT_LANGUAGES, STOPWORDS } from './tables/languages.ts';

const STOPWORD_SETS = Object.entries(STOPWORDS).map(([tag, words]) => [tag, new Set(words)] as const);

export interface LanguageGuess {
	tag: string;
	/** Share of scored words (Latin) or letters (other scripts) behind the guess, 0-1. */
	confidence: number;
}

export function detectLanguage(text: string): LanguageGuess | null {
	const letters = [...text.matchAll(/\p{L}/gu)].map((m) => m[0]);
	if (letters.length === 0) return null;
	const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
	// A script other than Latin that makes up most of the letters decides.
	if (latin / letters.length < 0.5) {
		for (const { tag, pattern, distinct } of SCRIPT_LANGUAGES) {
			const share = letters.filter((ch) => pattern.test(ch)).length / letters.length;
			if (share >= 0.3 && (!distinct || distinct.test(text))) return { tag, confidence: share };
		}
		return null;
	}
	const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
	let best: LanguageGuess | null = null;
	for (const [tag, set] of STOPWORD_SETS) {
		let hits = 0;
		for (const word of words) if (set.has(word)) hits++;
		const confidence = hits / words.length;
		if (hits > 0 && (!best || confidence > best.confidence)) best = { tag, confidence };
	}
	return best;
}
