/**
 * "On this day": the archive's articles by day of the year, for the front page.
 * The build writes one small file per day of the year that has articles
 * (`on-this-day/11-26.json`; 29 February too) and puts on the front page which
 * days those are (`encodeDays`, 92 characters), from the entries alone, so
 * every build is the same whenever it runs; the reader's browser picks the day
 * it says it is (src/client/on-this-day.ts), or the nearest day with articles.
 * Pure, and free of Node, so that the browser code imports it too.
 */
import type { Entry } from './archive.ts';

/** What the front page says about it, in one place for the page and its script. */
export const ON_THIS_DAY_WORDS = {
	heading: 'On this day',
	/** Under the day's articles, and all there is without JavaScript: the calendars. */
	fallback: 'Any day of any year can be read from the',
	calendar: "timeline's calendars",
	found: (day: string) => `${day} in earlier years:`,
	nothing: (day: string) => `Nothing from ${day} in earlier years.`,
	nearest: (day: string) => ` The nearest day with articles, ${day}:`,
	more: (count: number, date: string) => `${count} more from ${date}`,
} as const;

/** Articles shown for one year of a day; the rest are one link away, on the day's page. */
export const ARTICLES_PER_YEAR = 3;

export interface OnThisDayArticle {
	title: string;
	/** The article's language tag (the title's `lang`). */
	lang: string;
	/** Its language's name, when it is not the interface's. */
	language?: string;
	agency?: string;
	href: string;
}

export interface OnThisDayYear {
	/** `YYYY-MM-DD`. */
	date: string;
	count: number;
	/** The day's articles, on the page of its month where they start. */
	href: string;
	articles: OnThisDayArticle[];
}

/** `on-this-day/<MM-DD>.json`. */
export interface OnThisDayFile {
	/** `MM-DD`. */
	day: string;
	/** The years with articles on this day, newest first. */
	years: OnThisDayYear[];
}

/** Every day of a leap year, `01-01` to `12-31`. */
export const DAYS: readonly string[] = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(5, 10));

/** The days of the year that have articles as a bitmap in hex, bit i for `DAYS[i]` (92 characters). */
export function encodeDays(days: ReadonlySet<string>): string {
	let hex = '';
	for (let i = 0; i < DAYS.length; i += 4) {
		let nibble = 0;
		for (let bit = 0; bit < 4; bit++) if (days.has(DAYS[i + bit]!)) nibble |= 8 >> bit;
		hex += nibble.toString(16);
	}
	return hex;
}

export function decodeDays(hex: string): Set<string> {
	const days = new Set<string>();
	DAYS.forEach((day, i) => {
		if ((parseInt(hex[i >> 2] ?? '0', 16) & (8 >> (i & 3))) !== 0) days.add(day);
	});
	return days;
}

/** The days of the year that have articles. */
export const daysWithArticles = (timeline: readonly Entry[]) => new Set(timeline.map((entry) => entry.data.date.slice(5, 10)));

/** A day's file, under the base. */
export const dayFile = (day: string) => `on-this-day/${day}.json`;

/** The day a browser's clock says, in its own time zone: `MM-DD` and the year. */
export function localDay(now: Date): { day: string; year: number } {
	return { day: `${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`, year: now.getFullYear() };
}

/** Whole months from `date` (`YYYY-MM-DD`) to a reader's day: what "11 years ago" counts. */
export function monthsSince(date: string, today: { day: string; year: number }): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const [tm, td] = today.day.split('-').map(Number) as [number, number];
	return (today.year - y) * 12 + (tm - m) - (td < d ? 1 : 0);
}

/** The years of a day before `year` (a reader's "earlier years"), newest first. */
export const earlierYears = (file: OnThisDayFile, year: number) => file.years.filter((y) => Number(y.date.slice(0, 4)) < year);

/**
 * The day nearest `day` among `withArticles` (other than `day`), counting round the year's end; on a tie the
 * day after. Null when no other day has articles.
 */
export function nearestDay(day: string, withArticles: ReadonlySet<string>): string | null {
	const at = DAYS.indexOf(day);
	for (let distance = 1; distance <= DAYS.length / 2; distance++) {
		for (const step of [distance, -distance]) {
			const other = DAYS[(at + step + DAYS.length) % DAYS.length]!;
			if (withArticles.has(other)) return other;
		}
	}
	return null;
}

export interface OnThisDayLinks {
	article: (id: string) => string;
	/** A date's articles on its month's pages. */
	day: (date: string) => string;
	languageName: (tag: string) => string;
	/** The interface's language: other languages are named beside a title. */
	interfaceLanguage: string;
}

/** The file of every day with articles, from the timeline (oldest first): the day's articles in timeline order, a few per year. */
export function onThisDayFiles(timeline: readonly Entry[], links: OnThisDayLinks): OnThisDayFile[] {
	const byDay = new Map<string, Map<string, Entry[]>>();
	for (const entry of timeline) {
		const { date } = entry.data;
		const dates = byDay.get(date.slice(5, 10)) ?? byDay.set(date.slice(5, 10), new Map()).get(date.slice(5, 10))!;
		(dates.get(date) ?? dates.set(date, []).get(date)!).push(entry);
	}
	return DAYS.filter((day) => byDay.has(day)).map((day) => ({
		day,
		years: [...byDay.get(day)!]
			.sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
			.map(([date, entries]) => ({
				date,
				count: entries.length,
				href: links.day(date),
				articles: entries.slice(0, ARTICLES_PER_YEAR).map(({ data }) => ({
					title: data.title,
					lang: data.language,
					...(data.language !== links.interfaceLanguage ? { language: links.languageName(data.language) } : {}),
					...(data.agency ? { agency: data.agency } : {}),
					href: links.article(data.id),
				})),
			})),
	}));
}
