/**
 * What a line is by its shape: a sentence, prose, a headline, a list item.
 * The thresholds every structure step shares, each with why.
 */
import { escapeRegExp } from './regex.ts';
import { SNIPPET_END } from './tables/pages.ts';
import { MENU_SEPARATORS } from './tables/chrome.ts';
import { CHARACTERS_PER_WORD } from './tables/scripts.ts';
import { CLOSERS, SENTENCE_END, stopwordDensity, words } from './text.ts';

/** Longer lines are paragraphs, not headlines. */
export const MAX_TITLE_WORDS = 25;
/** One- and two-word lines above a headline are kickers and section names, not headlines. */
export const MIN_TITLE_WORDS = 3;
/** A sentence this short ("Search Walla!", "Thank you.") is a label, not a paragraph. */
const MIN_SENTENCE_WORDS = 3;
/** A line that closes a quotation and is this long is prose even without a final stop. */
const MIN_QUOTED_PROSE_WORDS = 12;
/** A question of up to this many words may be a headline ("What does level 3 mean?"). */
const MAX_QUESTION_HEADLINE_WORDS = 15;
/**
 * jusText's "good" block: long enough and dense in the language's stop words,
 * as prose is and menus, headlines and captions are not. It keeps a paragraph
 * that has no final punctuation.
 */
const GOOD_MIN_WORDS = 14;
const GOOD_MIN_STOPWORD_DENSITY = 0.2;

/** A list marker before a line: it is read without it (a credit under a dash is still a credit). */
export const LIST_MARKER = /^[-*•–—·▪◦]\s+/u;
/** Bullet glyphs a list item's text is kept without (a hyphen or a star may be the source's own text, and a dash opens a line of dialogue). */
export const BULLET = /^[•·▪◦]\s+/u;
/** A list item, bulleted or numbered: never a heading, never joined to the line above. */
export const LIST_ITEM = /^(?:[-*•–—·▪◦]|\d{1,2}[.)])\s+/u;
/** An arrow before a line marks a link to another story, never the story's own text or heading. */
export const LINK_ARROW = /^[›»▸►▶→]\s*/u;
const SENTENCE_END_RE = new RegExp(`[${escapeRegExp(SENTENCE_END)}][${CLOSERS}]*$`, 'u');

/** A sentence's end followed by an agency's short credit in brackets: "... on one day. (TT)". */
const CREDITED_END_RE = new RegExp(`[${escapeRegExp(SENTENCE_END)}][${CLOSERS}]*\\s*[(（][^()（）]{1,25}[)）]$`, 'u');

/** A full stop after a letter of a script that writes no stops abbreviates ("กนง.", "ก.ย."): it ends no sentence. */
const ABBREVIATION_STOP = /[\p{Script=Thai}\p{Script=Lao}]\.$/u;

/** Ends like a sentence: terminal punctuation of any script, maybe inside closing quotes or brackets, maybe before a credit. */
export function endsLikeSentence(text: string): boolean {
	if (ABBREVIATION_STOP.test(text)) return false;
	if (SENTENCE_END_RE.test(text) || CREDITED_END_RE.test(text)) return true;
	return /["”’»」』]$/u.test(text) && words(text).length > MIN_QUOTED_PROSE_WORDS;
}

/** Prose: a sentence of a few words (not a teaser cut off with an ellipsis), or too long to be anything but a paragraph. */
export function isProse(text: string): boolean {
	const count = words(text).length;
	return (count >= MIN_SENTENCE_WORDS && endsLikeSentence(text) && !SNIPPET_END.test(text)) || count > MAX_TITLE_WORDS;
}

/** Could be a title or a sub-heading: short, no sentence ending (a short question may be), not starting mid-sentence. */
export function isHeadlineLike(text: string, maxWords = MAX_TITLE_WORDS): boolean {
	const count = words(text).length;
	if (count === 0 || count > maxWords) return false;
	if (/^[\p{Ll}(]/u.test(text) || LIST_ITEM.test(text) || LINK_ARROW.test(text)) return false;
	if (endsLikeSentence(text)) return /[?？]["”’»」]?$/u.test(text) && count <= MAX_QUESTION_HEADLINE_WORDS;
	return true;
}

/** jusText's "good" block: long and full of the language's function words, and no menu. */
export const isGoodProse = (text: string, language: string | null) =>
	words(text).length >= GOOD_MIN_WORDS && stopwordDensity(text, language) >= GOOD_MIN_STOPWORD_DENSITY && !MENU_SEPARATORS.test(text);

/** A place (maybe with its region in brackets) and a spaced dash opening a line: a dateline, or a caption written like one. */
export const PLACE_FIRST = /^\p{Lu}[\p{L}'’ ]{1,30}(?:\s\([^)]{1,20}\))?\s[-–—]\s/u;

const COUNTED_SCRIPTS = CHARACTERS_PER_WORD.map(({ script, characters }) => ({ pattern: new RegExp(`\\p{Script=${script}}`, 'gu'), characters }));
const ANY_COUNTED_SCRIPT = new RegExp(CHARACTERS_PER_WORD.map(({ script }) => `\\p{Script=${script}}`).join('|'), 'u');

/**
 * How long a text is in words of a script written with spaces (tables/scripts.ts): its characters of
 * Chinese, Japanese, Korean, Thai ... so many to a word, and its other words (Latin names, figures) one each.
 * What the page-size thresholds measure, so that a short story in Japanese is as short as one in English.
 */
export function wordEquivalents(text: string): number {
	if (!ANY_COUNTED_SCRIPT.test(text)) return words(text).length;
	let size = 0;
	let rest = text;
	for (const { pattern, characters } of COUNTED_SCRIPTS) {
		rest = rest.replace(pattern, () => {
			size += 1 / characters;
			return ' ';
		});
	}
	return Math.round(size + rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
}
