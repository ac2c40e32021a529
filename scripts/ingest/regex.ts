/** Text made literal inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words as one alternation, each literal, longest first (so "Xinhua News Agency" wins over "Xinhua"). */
export const alternation = (words: readonly string[]) =>
	[...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp).join('|');

/** Word starts and ends that know every script: `\b` only knows ASCII letters, so "\bфото\b" never matches. */
const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_END = String.raw`(?![\p{L}\p{N}_])`;

/**
 * The pattern with every `\b` made a boundary of letters and digits of any
 * script (the flags must include `u`): before a letter, a digit, a group or a
 * letter class it is a word's start, elsewhere (before ")", "|", ".", the end) a
 * word's end. One lookaround each, as cheap as `\b`.
 */
export function anyScriptBoundaries(pattern: RegExp): RegExp {
	if (!pattern.flags.includes('u')) throw new Error(`${pattern}: a pattern with word boundaries in any script needs the u flag`);
	const source = pattern.source.replace(/(?<!\\)\\b/gu, (_, offset: number, whole: string) =>
		/^(?:[\p{L}\p{N}([]|\\[pPdwu])/u.test(whole.slice(offset + 2)) ? WORD_START : WORD_END,
	);
	return new RegExp(source, pattern.flags);
}
