/**
 * How long a text is in words, whatever its script. The word thresholds (a
 * paywall's teaser, a list's teasers) were set on scripts written with spaces;
 * Chinese, Japanese, Thai and their neighbours have none, and a Korean word
 * between spaces carries its particles, as two English words do. Characters
 * of these scripts are counted instead, so many to a word: about what a
 * translation into English makes of them.
 */
export const CHARACTERS_PER_WORD: { script: string; characters: number }[] = [
	// A Chinese character is a syllable and most often a morpheme: two of them make a word, one a particle.
	{ script: 'Han', characters: 1.5 },
	// Kana spell endings and particles: Japanese text takes about twice as many of them as kanji for the same sense.
	{ script: 'Hiragana', characters: 2.5 },
	{ script: 'Katakana', characters: 2.5 },
	// A Hangul block is a syllable; Korean spaces words with their particles attached.
	{ script: 'Hangul', characters: 1.7 },
	// Letters with their vowel and tone marks (each a character of its own) run together without spaces.
	{ script: 'Thai', characters: 5 },
	{ script: 'Lao', characters: 5 },
	{ script: 'Khmer', characters: 6 },
	{ script: 'Myanmar', characters: 5 },
];
