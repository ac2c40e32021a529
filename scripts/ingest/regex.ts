/** Text made literal inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words as one alternation, each literal, longest first (so "Xinhua News Agency" wins over "Xinhua"). */
export const alternation = (words: readonly string[]) =>
	[...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp).join('|');

/** A word boundary that knows every script: `\b` only knows ASCII letters, so "\bфото\b" never matches. */
const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))`;

/** The pattern with every `\b` made a boundary of letters and digits of any script (the flags must include `u`). */
export function anyScriptBoundaries(pattern: RegExp): RegExp {
	if (!pattern.flags.includes('u')) throw new Error(`${pattern}: a pattern with word boundaries in any script needs the u flag`);
	return new RegExp(pattern.source.replace(/(?<!\\)\\b/g, BOUNDARY), pattern.flags);
}
