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

/** A few thousand characters decide as well as a whole article does. */
const SAMPLE = 4000;
const MIN_CONFIDENCE = 0.12;
const MIN_MARGIN = 1.3;

export function detectLanguage(fullText: string): LanguageGuess | null {
	const text = fullText.slice(0, SAMPLE);
	const letters = text.match(/\p{L}/gu)?.length ?? 0;
	if (letters === 0) return null;
	const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
	// A script other than Latin that makes up most of the letters decides.
	if (latin / letters < 0.5) {
		for (const { tag, pattern, distinct } of SCRIPT_LANGUAGES) {
			const share = (text.match(new RegExp(pattern.source, 'gu'))?.length ?? 0) / letters;
			// A language told apart by its own letters needs enough of them, not one quoted word.
			const own = distinct ? (text.match(new RegExp(distinct.source, 'gu'))?.length ?? 0) / letters : 1;
			if (share >= 0.3 && own >= 0.02) return { tag, confidence: share };
		}
		return null;
	}
	const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
	const scores = STOPWORD_SETS.map(([tag, set]) => {
		let hits = 0;
		for (const word of words) if (set.has(word)) hits++;
		return { tag, confidence: words.length > 0 ? hits / words.length : 0 };
	}).sort((a, b) => b.confidence - a.confidence);
	const [best, runnerUp] = scores as [LanguageGuess, LanguageGuess];
	// Too few function words, or two languages nearly tied: not recognised.
	if (best.confidence < MIN_CONFIDENCE || best.confidence < runnerUp.confidence * MIN_MARGIN) return null;
	return best;
}
