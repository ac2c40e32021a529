/**
 * The encoding of bytes that are not UTF-8 and say nothing about themselves
 * (no BOM, no declared charset): decided by evidence, never by a default
 * alone. Each legacy encoding a scraper meets (WHATWG labels, as Node's
 * `TextDecoder` knows them) decodes the bytes; a multi-byte encoding
 * (Shift_JIS, EUC-KR, GB18030, Big5, EUC-JP) must decode them without one
 * malformed sequence, a single-byte code page without one byte it leaves
 * undefined. Each reading that survives is scored by how much of its
 * non-ASCII text is made of words some language writes most (the stop words
 * of stopwords-iso: "že" and "při", "и" and "на", "の" and "は", "และ"): the
 * right code page spells them, a wrong one turns them into letter soup that
 * no list has ("Ã¨e", "ÐÏ"). Mixed-script words ("cafй") and symbols in the
 * middle of words count against a reading, and so do letters that the
 * language the reading scores as (franc, via language.ts) does not write
 * (tables/alphabets.ts: "Èeské" is not Czech). The best reading wins; when
 * its lead over the next reading that gives other text is small, the choice
 * is reported as weak. Measured on the corpus's legacy sources and pages, this
 * was right as often as jschardet on whole files and needs no new package.
 */
import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import { francAll } from 'franc';
import { detectLanguage, languageSample } from './language.ts';
import { ISO_639_3_TO_BCP47 } from './tables/languages.ts';
import { ALPHABETS } from './tables/alphabets.ts';

/** The candidates, most common first: a tie between readings that give the same text goes to the earlier. */
export const LEGACY_ENCODINGS = [
	'windows-1252',
	'windows-1250',
	'iso-8859-2',
	'windows-1251',
	'koi8-r',
	'koi8-u',
	'ibm866',
	'windows-1253',
	'iso-8859-7',
	'windows-1254',
	'windows-1255',
	'windows-1256',
	'windows-1257',
	'windows-1258',
	'windows-874',
	'shift_jis',
	'euc-jp',
	'euc-kr',
	'gb18030',
	'big5',
] as const;

export interface LegacyEncoding {
	/** The WHATWG name of the encoding. */
	encoding: string;
	/** The evidence, for the report. */
	basis: string;
	/** The evidence was too thin or too close to another reading to be sure. */
	weak: boolean;
}

/** Enough of a file to decide on; the rest is the same page. */
const SAMPLE_BYTES = 65536;
/** Letters of non-ASCII words a share is smoothed by: one or two words in a short text are no evidence. */
const PRIOR = 12;
/** A lead over the next reading (that gives other text) smaller than this, in score, is weak evidence. */
const MARGIN = 0.03;
/** Readings whose language is checked: the leaders by their words (franc's time is the cost). */
const CONTENDERS = 6;
/** franc's fit (1 for its best language) within which a language is as likely as the best. */
const CLOSE_LANGUAGE = 0.9;

/** Scripts written without spaces between words (Korean's particles cling to its words): their stop words are found inside runs of letters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const NON_ASCII = /[^\x00-\x7f]/u;
/** Stop words with a non-ASCII letter: whole words of spaced scripts, and pieces of unspaced ones (a lone Han character is too common a piece to tell). Built on first use: most sources are UTF-8 and never need them. */
let stopWords: { words: Set<string>; pieces: Set<string>; longestPiece: number } | null = null;
function commonWords() {
	if (stopWords) return stopWords;
	const words = new Set<string>();
	const pieces = new Set<string>();
	let longestPiece = 1;
	for (const list of Object.values(stopwordsIso as Record<string, string[]>)) {
		for (const entry of list) {
			const word = entry.normalize('NFC').toLowerCase();
			if (!/^[\p{L}\p{M}]+$/u.test(word) || !NON_ASCII.test(word)) continue;
			if (UNSPACED.test(word)) {
				if (HAN_ONLY.test(word) && [...word].length === 1) continue;
				pieces.add(word);
				longestPiece = Math.max(longestPiece, [...word].length);
			} else words.add(word);
		}
	}
	return (stopWords = { words, pieces, longestPiece });
}

/** Script groups whose letters make one word together (Japanese writes Han and kana in one; Latin letters join CJK and Hangul in "JR西", "3D프린터"). */
const SCRIPT_GROUPS = [
	/\p{Script=Latin}/u,
	/\p{Script=Cyrillic}/u,
	/\p{Script=Greek}/u,
	/\p{Script=Arabic}/u,
	/\p{Script=Hebrew}/u,
	/\p{Script=Thai}/u,
	/\p{Script=Hangul}/u,
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
];
const LATIN = 0;
const JOINS_LATIN = new Set([6, 7]);
const groupOf = (ch: string) => SCRIPT_GROUPS.findIndex((g) => g.test(ch));
/** Between words: spaces, ASCII punctuation and digits, punctuation of any script (CJK and full-width forms too); not the signs a wrong code page puts where a letter was (¶, §). */
const SEPARATOR = /(?:[\s\p{Z}\x00-\x40\x5b-\x60\x7b-\x7f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]|(?![\u00a7\u00b6])\p{P})+/u;
/** Characters a wrong reading makes and words seldom have: half-width katakana and private-use characters. */
const ODD = /[\p{Co}\uff66-\uff9f]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{Nd}]/u;

export interface Reading {
	encoding: string;
	text: string;
	/** Share of the non-ASCII words' letters that are in common words. */
	share: number;
	/** Share of them in implausible words (scripts mixed, symbols or odd characters inside). */
	odd: number;
	/** Share of them that the language the text reads as does not write (tables/alphabets.ts). */
	foreign: number;
	/** The language the reading scores as, when known. */
	language: string | null;
	score: number;
}

/** How a decoded text scores: common words made of non-ASCII letters, against implausible ones. */
export function scoreText(text: string): { share: number; odd: number } {
	let total = 0;
	let common = 0;
	let odd = 0;
	const { words, pieces, longestPiece } = commonWords();
	const tokens = text.normalize('NFC').toLowerCase().split(SEPARATOR);
	for (const token of tokens) {
		if (!NON_ASCII.test(token)) continue;
		const chars = [...token];
		total += chars.length;
		const groups = new Set(chars.map(groupOf).filter((g) => g >= 0));
		const mixed = groups.size > 2 || (groups.size === 2 && !(groups.has(LATIN) && [...groups].some((g) => JOINS_LATIN.has(g))));
		if (mixed || chars.some((c) => !LETTER_OR_DIGIT.test(c) || ODD.test(c))) {
			odd += chars.length;
			continue;
		}
		if (!UNSPACED.test(token)) {
			if (words.has(token)) common += chars.length;
			continue;
		}
		// A run of an unspaced script: its longest stop words, left to right.
		for (let i = 0; i < chars.length; ) {
			let found = 0;
			for (let length = Math.min(longestPiece, chars.length - i); length >= 1 && found === 0; length--) {
				if (pieces.has(chars.slice(i, i + length).join(''))) found = length;
			}
			common += found;
			i += found || 1;
		}
	}
	// A few words are chance: shares of a short text are pulled towards none.
	return { share: common / (total + PRIOR), odd: odd / (total + PRIOR) };
}

/** Share of the text's non-ASCII Latin letters that the language's alphabet lacks (0 for a language the table does not list). */
export function foreignLetters(text: string, language: string | null): number {
	const alphabet = language ? ALPHABETS[language] : undefined;
	if (alphabet === undefined) return 0;
	const letters = text.normalize('NFC').toLowerCase().match(/[\u00c0-\u024f\u1e00-\u1eff]/gu) ?? [];
	return letters.filter((c) => !alphabet.includes(c)).length / (letters.length + PRIOR);
}

/** Every candidate's reading of the bytes that decodes them cleanly, best first. */
export function readings(bytes: Uint8Array): Reading[] {
	const sample = bytes.subarray(0, SAMPLE_BYTES);
	const out: Reading[] = [];
	for (const encoding of LEGACY_ENCODINGS) {
		let text: string;
		try {
			// stream: a multi-byte character cut by the sample's end is not an error.
			text = new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: sample.length < bytes.length });
		} catch {
			continue;
		}
		if (/[\x80-\x9f]/u.test(text)) continue;
		const { share, odd } = scoreText(text);
		out.push({ encoding, text, share, odd, foreign: 0, language: null, score: share - odd });
	}
	out.sort((a, b) => b.score - a.score);
	// The language each of the leading readings scores as, and the letters of theirs it does not write.
	for (const reading of out.slice(0, CONTENDERS)) {
		const sample = languageSample(reading.text);
		reading.language = detectLanguage(sample)?.tag ?? null;
		// Languages close to each other (Czech, Slovak, Serbian) trade places in franc's ranking: the letters
		// are judged by whichever of the close ones writes them best.
		const close = francAll(sample, { minLength: 20 })
			.filter(([code, fit]) => fit >= CLOSE_LANGUAGE && ALPHABETS[ISO_639_3_TO_BCP47[code] ?? ''] !== undefined)
			.map(([code]) => ISO_639_3_TO_BCP47[code]!);
		reading.foreign = Math.min(...[reading.language, ...close].map((tag) => foreignLetters(reading.text, tag)));
		reading.score -= reading.foreign;
	}
	// Stable: equal scores keep the candidates' order.
	return out.sort((a, b) => b.score - a.score);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The encoding of bytes that are not UTF-8, with its evidence; null when no candidate decodes them. */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding | null {
	const all = readings(bytes);
	const best = all[0];
	if (!best) return null;
	const rival = all.find((r) => r.text !== best.text);
	const evidence = `${best.language ? `the text reads as ${best.language}, ` : ''}${percent(best.share)} of its non-ASCII letters in common words${best.odd > 0 ? `, ${percent(best.odd)} in implausible ones` : ''}${best.foreign > 0 ? `, ${percent(best.foreign)} not of its alphabet` : ''}`;
	const against = rival ? `; next best ${rival.encoding}${rival.language ? ` (as ${rival.language})` : ''}: ${percent(rival.share)}${rival.odd > 0 ? `, ${percent(rival.odd)} implausible` : ''}${rival.foreign > 0 ? `, ${percent(rival.foreign)} not of its alphabet` : ''}` : '; no other encoding reads the bytes differently';
	const weak = rival !== undefined && best.score - rival.score < MARGIN;
	return { encoding: best.encoding, basis: `the bytes (not UTF-8, no charset): as ${best.encoding}, ${evidence}${against}`, weak };
}
