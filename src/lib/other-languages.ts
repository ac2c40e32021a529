/**
 * A story's articles in languages other than one article's: what "this story in other languages"
 * lists on an article's page. Pure; the story's articles come in timeline order.
 */
import type { Entry } from './archive.ts';

export const OTHER_LANGUAGES_WORDS = {
	heading: 'This story in other languages',
	top: 'This story also in',
	more: (count: number, language: string) => `${count} more in ${language}: the whole story`,
} as const;

/** Articles listed for one language; the rest are on the story's page. */
export const SHOWN_PER_LANGUAGE = 3;

export interface LanguageGroup<T extends Entry> {
	language: string;
	shown: T[];
	/** How many more the story has in this language. */
	more: number;
}

/** The other languages of `entry`'s story, by language tag, each with its first articles. */
export function otherLanguages<T extends Entry>(entry: Entry, articles: readonly T[]): LanguageGroup<T>[] {
	const byLanguage = new Map<string, T[]>();
	for (const other of articles) {
		const { language } = other.data;
		if (language === entry.data.language) continue;
		(byLanguage.get(language) ?? byLanguage.set(language, []).get(language)!).push(other);
	}
	return [...byLanguage]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([language, all]) => ({ language, shown: all.slice(0, SHOWN_PER_LANGUAGE), more: Math.max(0, all.length - SHOWN_PER_LANGUAGE) }));
}
