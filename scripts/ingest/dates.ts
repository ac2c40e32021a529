/**
 * Reading dates out of text in any language of the calendar tables, and
 * inferring a missing year from what the text itself constrains.
 */
import { alternation } from './regex.ts';
import * as chrono from 'chrono-node';
import { BIKRAM_SAMBAT_LANGUAGES, BIKRAM_SAMBAT_MONTHS, CAPTURED_LABELS, CJK_WEEKDAY_CHARS, ERA_OFFSETS, JAPANESE_ERAS, MONTH_FIRST_ZONES, MONTHS, MONTHS_BY_LANGUAGE, PUBLISHED_LABELS, SOLAR_HIJRI_MONTHS, PUBLISHED_WORDS, UPDATED_LABELS, UPDATED_WORDS, WEEKDAYS, YEAR_OFFSET_BY_MONTH } from './tables/calendar.ts';
import { asciiDigits, bikramSambatToGregorian, isValidDate, solarHijriToGregorian } from './calendar.ts';

export interface DateMention {
	/** The words of the text that give this date. */
	raw: string;
	index: number;
	day: number;
	month: number;
	year: number | null;
	weekday: number | null;
	/**
	 * For an all-numeric date whose day and month could be either way round
	 * (03/04/2015), the order it was read in and why; absent when only one
	 * reading is a real date.
	 */
	ambiguity?: { order: DateOrder; reason: string };
	/** For a date counted in a Japanese era ("令和5年3月14日"), the era and its year as written; `year` is the Gregorian year. */
	era?: { name: string; reading: string; year: number };
}

/** Day first (most of the world) or month first (the United States). */
export type DateOrder = 'dmy' | 'mdy';

export interface DateReading {
	/** How an all-numeric date with both readings possible is read, and why. */
	order: DateOrder;
	orderReason: string;
	/** The page's language: chrono-node's parser for it reads forms the tables lack. */
	language: string | null;
}

export const DEFAULT_READING: DateReading = { order: 'dmy', orderReason: 'day first, the convention of most of the world', language: null };

const MONTH = `(?:${alternation(Object.keys(MONTHS))})\\.?`;
const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?';
const YEAR = '(?:1[89]\\d\\d|2\\d\\d\\d)';
const MONTH_NUMBER = '(?:1[0-2]|0?[1-9])';
const BS_MONTH = `(?:${alternation(Object.keys(BIKRAM_SAMBAT_MONTHS))})`;
/** Not part of a longer run of numbers (a phone number, a version, a count). */
const NUMERIC_BEFORE = '(?<![\\p{L}\\p{N}]|\\d[./-])';
const NUMERIC_AFTER = '(?![\\p{L}\\p{N}]|[./-]\\d)';
/** The weekday may stand before a date, with a comma or a dash ("Thứ Ba, 17/11/2015", "الثلاثاء 17 نوفمبر"). */
const WEEKDAY_BEFORE = `(?:(?<weekday>${WEEKDAY})\\s*[,،-]?\\s+)?`;

/** What a text must contain for a form to be worth trying: a month's name, a CJK month mark, Vietnamese "tháng". */
type Needs = 'month name' | 'cjk month' | 'tháng' | 'solar month' | 'solar numeric' | 'bikram month' | 'cjk weekday' | null;

/**
 * The date forms. Each names its groups: weekday, day, month (a name) or
 * monthNumber, year or year2 (two digits); numeric dates that could be either
 * way round use a and b. Each form comes in two builds, with and without the
 * weekday in front: the weekdays' long alternation is only tried on text that
 * names a weekday.
 */
const FORMS: { needs: Needs; build: (weekday: string) => RegExp }[] = [
	// Monday, September 5, 2011 / September 5 / Nov. 13, 2015
	{ needs: 'month name', build: (wd) => new RegExp(`${NOT_WORD_BEFORE}${wd}(?<month>${MONTH})\\s+(?<day>${DAY})(?:,?\\s+(?<year>${YEAR}))?${NOT_WORD_AFTER}`, 'giu') },
	// Senin, 5 September 2011 / 17 ноября 2015 / 3 mars / le 26 novembre / 17. November 2015 / 17 de noviembre de 2015 / 17-NOV-2015
	// / 12 ม.ค. 67 (a Thai month's name with the Buddhist era's year in two digits, 2567)
	{
		needs: 'month name',
		build: (wd) =>
			new RegExp(
				`${NOT_WORD_BEFORE}${wd}(?:(?:le|el|am|den|في)\\s+)?(?<day>${DAY})\\.?(?:\\s+|-)(?:(?:of|de|di)\\s+)?(?<month>${MONTH})(?:(?:,?\\s+|-)(?:de\\s+)?(?:(?<year>${YEAR})|(?<=\\p{Script=Thai}\\.?\\s+)(?<buddhistYear2>\\d{2})))?${NOT_WORD_AFTER}`,
				'giu',
			),
	},
	// 2015. november 17. (Hungarian, and other year-first orders with the month's name)
	{ needs: 'month name', build: () => new RegExp(`${NOT_WORD_BEFORE}(?<year>${YEAR})\\.?\\s+(?<month>${MONTH})\\s+(?<day>${DAY})\\.?${NOT_WORD_AFTER}`, 'giu') },
	// 17 tháng 11 năm 2015 (Vietnamese: "month 11, year 2015")
	{ needs: 'tháng', build: (wd) => new RegExp(`${NOT_WORD_BEFORE}${wd}(?:ngày\\s+)?(?<day>${DAY})\\s+tháng\\s+(?<monthNumber>${MONTH_NUMBER})(?:,?\\s+năm\\s+(?<year>${YEAR}))?${NOT_WORD_AFTER}`, 'giu') },
	// 令和5年3月14日（火） / 平成30年9月6日 / 令和元年5月1日: a year of a Japanese era, converted; maybe the weekday in brackets
	{
		needs: 'cjk month',
		build: () =>
			new RegExp(
				`(?<era>${JAPANESE_ERAS.map((e) => e.name).join('|')})\\s*(?<eraYear>元|[1-9]\\d?)\\s*年\\s*(?<monthNumber>${MONTH_NUMBER})\\s*月\\s*(?<day>[12]\\d|3[01]|0?[1-9])\\s*日(?:\\s*[（(](?<cjkWeekday>[${Object.keys(CJK_WEEKDAY_CHARS).join('')}])[）)])?`,
				'gu',
			),
	},
	// 2015年11月17日 / 11月17日 / 2017년 5월 10일 (Chinese, Japanese, Korean)
	{ needs: 'cjk month', build: () => new RegExp(`(?:(?<year>${YEAR})\\s*[年년]\\s*)?(?<monthNumber>${MONTH_NUMBER})\\s*[月월]\\s*(?<day>[12]\\d|3[01]|0?[1-9])\\s*[日일]`, 'gu') },
	// ۲۶ آبان ۱۳۹۴, and ۱۴۰۲/۱۲/۲۰ on a Persian page or in Persian digits (the Persian solar calendar, converted)
	{ needs: 'solar month', build: () => new RegExp(`${NOT_WORD_BEFORE}(?<day>${DAY})\\s+(?<solarMonth>${alternation(Object.keys(SOLAR_HIJRI_MONTHS))})\\s+(?<solarYear>1[34]\\d\\d)${NOT_WORD_AFTER}`, 'gu') },
	{ needs: 'solar numeric', build: () => new RegExp(`${NUMERIC_BEFORE}(?<solarYear>1[34]\\d\\d)(?<sep>[/.-])(?<solarMonthNumber>${MONTH_NUMBER})\\k<sep>(?<day>[12]\\d|3[01]|0?[1-9])${NUMERIC_AFTER}`, 'gu') },
	// २०८० वैशाख २८ गते / असार १५, २०८० / २८ वैशाख २०८० (Nepal's Bikram Sambat, converted; only on Nepali pages)
	{ needs: 'bikram month', build: () => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:(?<bsYear>20\\d\\d)\\s+(?<bsMonth>${BS_MONTH})\\s+(?<day>${DAY})|(?<bsMonth>${BS_MONTH})\\s+(?<day>${DAY})(?:\\s*गते)?\\s*,?\\s*(?<bsYear>20\\d\\d)|(?<day>${DAY})\\s+(?<bsMonth>${BS_MONTH})\\s*,?\\s*(?<bsYear>20\\d\\d))(?:\\s*गते)?(?![\\p{L}\\p{M}\\p{N}])`, 'gu') },
	// 6/12(火): month and day with the weekday in brackets, as Japanese pages write them (the year is inferred)
	{ needs: 'cjk weekday', build: () => new RegExp(`${NUMERIC_BEFORE}(?<monthNumber>${MONTH_NUMBER})\\/(?<day>[12]\\d|3[01]|0?[1-9])\\s*[（(](?<cjkWeekday>[${Object.keys(CJK_WEEKDAY_CHARS).join('')}])[）)]`, 'gu') },
	// 17Nov15 (agency credit style)
	{ needs: null, build: () => new RegExp(`${NOT_WORD_BEFORE}(?<day>[0-3]?\\d)(?<month>[\\p{L}]{3,4})(?<year2>\\d{2})${NOT_WORD_AFTER}`, 'giu') },
	// 2015-11-17, 2015-11-17T14:32:00Z, 2016/03/05, 2015.11.17: a year first is always year, month, day
	{ needs: null, build: (wd) => new RegExp(`${NUMERIC_BEFORE}${wd}(?<year>${YEAR})(?<sep>[./-])(?<monthNumber>${MONTH_NUMBER})\\k<sep>(?<day>[12]\\d|3[01]|0?[1-9])(?![\\p{N}]|[./-]\\d)`, 'giu') },
	// Dienstag, 17.11.2015 / 17.11.15: dots are day first wherever they are used
	{ needs: null, build: (wd) => new RegExp(`${NUMERIC_BEFORE}${wd}(?<day>[12]\\d|3[01]|0?[1-9])\\.\\s?(?<monthNumber>${MONTH_NUMBER})\\.\\s?(?:(?<year>${YEAR})|(?<year2>\\d{2}))${NUMERIC_AFTER}`, 'giu') },
	// 17/11/2015, 11/17/2015 03:45 PM, 17-11-2015, 17/11/15: either order, settled by `dayAndMonth`
	{ needs: null, build: (wd) => new RegExp(`${NUMERIC_BEFORE}${wd}(?<a>\\d{1,2})(?<sep>[/-])(?<b>\\d{1,2})\\k<sep>(?:(?<year>${YEAR})|(?<year2>\\d{2}))${NUMERIC_AFTER}`, 'giu') },
];
const PATTERNS = FORMS.map(({ needs, build }) => ({ needs, withWeekday: build(WEEKDAY_BEFORE), plain: build('') }));
const EITHER_ORDER = PATTERNS.at(-1)!.plain;

/** First words of the month and weekday names ("كانون" of "كانون الثاني", "thứ" of "thứ ba"): a text without one names none. */
const firstWords = (names: string[]) => new Set(names.map((n) => n.split(/[\s.-]/u)[0]!));
const MONTH_WORDS = firstWords(Object.keys(MONTHS));
const WEEKDAY_WORDS = firstWords(Object.keys(WEEKDAYS));
/** Whether some word of the text is in the set (words as letters and their marks, maybe with an apostrophe inside). */
function namesOneOf(lower: string, set: Set<string>): boolean {
	for (const word of lower.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?/gu) ?? []) if (set.has(word)) return true;
	return false;
}

/** chrono-node's parsers by language: they read forms the tables lack ("Nov 17th", "17. November", "mardi 17 novembre"). */
const CHRONO: Record<string, chrono.Chrono> = {
	en: chrono.en.strict, de: chrono.de.strict, fr: chrono.fr.strict, es: chrono.es.strict, pt: chrono.pt.strict,
	it: chrono.it.strict, nl: chrono.nl.strict, ru: chrono.ru.strict, uk: chrono.uk.strict, ja: chrono.ja.strict,
	zh: chrono.zh.strict, id: chrono.id.strict, vi: chrono.vi.strict, sv: chrono.sv.strict, fi: chrono.fi.strict,
};
/** chrono fills in what the text leaves out from this reference; `isCertain` tells which parts the text gave. */
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** Only short lines are given to chrono: date lines are short, and it is slow on long text. */
const CHRONO_MAX_LENGTH = 120;

function yearOf(groups: Record<string, string | undefined>): number | null {
	if (groups.year) return Number(groups.year);
	if (groups.year2) return 2000 + Number(groups.year2) - (Number(groups.year2) > 69 ? 100 : 0);
	// The Buddhist era's 2500s: "67" is 2567 (2024), which the era's offset then converts.
	if (groups.buddhistYear2) return 2500 + Number(groups.buddhistYear2);
	return null;
}

/** Day and month of a numeric date written either way round: what cannot be a month is the day; else the page's convention. */
function dayAndMonth(a: number, b: number, reading: DateReading): { day: number; month: number; ambiguity?: DateMention['ambiguity'] } | null {
	if (a > 12 && b <= 12) return { day: a, month: b };
	if (b > 12 && a <= 12) return { day: b, month: a };
	if (a > 12 || b > 12 || a === 0 || b === 0) return null;
	if (a === b) return { day: a, month: b };
	return reading.order === 'dmy'
		? { day: a, month: b, ambiguity: { order: 'dmy', reason: reading.orderReason } }
		: { day: b, month: a, ambiguity: { order: 'mdy', reason: reading.orderReason } };
}

/** Every date the text gives, in order of position; overlapping matches keep the longest. `unread` collects what
 * looks like a date and is none, as clauses: a day no calendar has, a calendar's date that cannot be converted. */
export function findDates(source: string, reading: DateReading = DEFAULT_READING, unread?: string[]): DateMention[] {
	const text = asciiDigits(source);
	const found: DateMention[] = [];
	if (!/\d/.test(text)) return found;
	const lower = text.toLowerCase();
	const hasWeekday = namesOneOf(lower, WEEKDAY_WORDS);
	const has: Record<Exclude<Needs, null>, boolean> = {
		'month name': namesOneOf(lower, MONTH_WORDS),
		'cjk month': /[月월]/u.test(text),
		tháng: lower.includes('tháng'),
		'solar month': /[\u0600-\u06ff]/u.test(text),
		'solar numeric': reading.language === 'fa' || /[\u06f0-\u06f9]/u.test(source),
		'bikram month': BIKRAM_SAMBAT_LANGUAGES.has(reading.language ?? '') && /[\u0900-\u097f]/u.test(text),
		'cjk weekday': /[（(][日月火水木金土일월화수목금토][）)]/u.test(text),
	};
	for (const { needs, withWeekday, plain } of PATTERNS) {
		if (needs && !has[needs]) continue;
		for (const match of text.matchAll(hasWeekday ? withWeekday : plain)) {
			const groups = match.groups ?? {};
			let year = yearOf(groups);
			let day: number;
			let month: number | undefined;
			let ambiguity: DateMention['ambiguity'];
			let era: DateMention['era'];
			if (groups.era && groups.eraYear) {
				// The era's first year is the one it began in ("元年"); a date before the era began, or after the next one did, is none of its days.
				const index = JAPANESE_ERAS.findIndex((e) => e.name === groups.era);
				const { name, reading, start } = JAPANESE_ERAS[index]!;
				const eraYear = groups.eraYear === '元' ? 1 : Number(groups.eraYear);
				year = start[0] + eraYear - 1;
				month = Number(groups.monthNumber);
				day = Number(groups.day);
				const time = Date.UTC(year, month - 1, day);
				const next = JAPANESE_ERAS[index - 1]?.start;
				if (time < Date.UTC(start[0], start[1] - 1, start[2]) || (next && time >= Date.UTC(next[0], next[1] - 1, next[2]))) continue;
				era = { name, reading, year: eraYear };
			} else if ((groups.solarMonth || groups.solarMonthNumber) && groups.solarYear) { // the Persian solar date, as a Gregorian day
				const solarMonth = groups.solarMonth ? SOLAR_HIJRI_MONTHS[groups.solarMonth]! : Number(groups.solarMonthNumber);
				const [gy, gm, gd] = solarHijriToGregorian(Number(groups.solarYear), solarMonth, Number(groups.day));
				year = gy;
				month = gm;
				day = gd;
			} else if (groups.bsMonth && groups.bsYear) {
				// Nepal's Bikram Sambat, converted where its month lengths are known; else said so, never guessed.
				const converted = bikramSambatToGregorian(Number(groups.bsYear), BIKRAM_SAMBAT_MONTHS[groups.bsMonth]!, Number(groups.day));
				if (typeof converted === 'string') {
					unread?.push(`"${source.slice(match.index, match.index + match[0].length).trim()}" ${converted}`);
					continue;
				}
				[year, month, day] = converted;
			} else if (groups.a && groups.b) {
				const settled = dayAndMonth(Number(groups.a), Number(groups.b), reading);
				if (!settled) continue;
				({ day, month, ambiguity } = settled);
			} else {
				const monthWord = groups.month?.toLowerCase().replace(/\.$/, '');
				month = groups.monthNumber ? Number(groups.monthNumber) : monthWord ? ((reading.language ? MONTHS_BY_LANGUAGE[reading.language]?.[monthWord] : undefined) ?? MONTHS[monthWord]) : undefined;
				day = Number.parseInt(groups.day ?? '', 10);
			}
			if (!month) continue;
			// A year of another era ("2558" of the Thai Buddhist era) in the Gregorian count.
			const offset = groups.month ? YEAR_OFFSET_BY_MONTH[groups.month.toLowerCase().replace(/\.$/, '')] : year !== null && year > 2100 ? ERA_OFFSETS[reading.language ?? ''] : undefined;
			if (year !== null && offset && year - offset >= 1800) year -= offset;
			if (!isValidDate(year ?? 2000, month, day)) {
				// "30 February 2015": a date no calendar has, worth naming when the page gives no other.
				if (unread && (year !== null || groups.month) && day >= 1 && day <= 31) unread.push(`"${source.slice(match.index, match.index + match[0].length).trim()}" is not a real date`);
				continue;
			}
			const weekday = groups.weekday ? (WEEKDAYS[groups.weekday.toLowerCase()] ?? null) : groups.cjkWeekday ? CJK_WEEKDAY_CHARS[groups.cjkWeekday]! : null;
			found.push({ raw: source.slice(match.index, match.index + match[0].length), index: match.index, day, month, year, weekday, ...(ambiguity ? { ambiguity } : {}), ...(era ? { era } : {}) });
		}
	}
	if (found.length === 0 && reading.language && text.length <= CHRONO_MAX_LENGTH && /\d/.test(text)) {
		const parser = CHRONO[reading.language];
		for (const result of parser?.parse(text, CHRONO_REFERENCE) ?? []) {
			const start = result.start;
			if (!start.isCertain('day') || !start.isCertain('month')) continue;
			found.push({
				raw: source.slice(result.index, result.index + result.text.length),
				index: result.index,
				day: start.get('day')!,
				month: start.get('month')!,
				year: start.isCertain('year') ? start.get('year')! : null,
				weekday: start.isCertain('weekday') ? start.get('weekday')! : null,
			});
		}
	}
	found.sort((a, b) => a.index - b.index || b.raw.length - a.raw.length);
	const kept: DateMention[] = [];
	for (const mention of found) {
		const last = kept.at(-1);
		if (last && mention.index < last.index + last.raw.length) continue;
		kept.push(mention);
	}
	return kept;
}

/** What the text writes as a date and is none, each as a clause, in order: "\"30 February 2015\" is not a real date". */
export function unreadDates(text: string, language: string | null): string[] {
	const unread: string[] = [];
	findDates(text, readingOf(text, language), unread);
	return unread;
}

/**
 * How the page writes numeric dates: a numeric date on it that can only be
 * read one way settles the others; else United States time zones mean month
 * first; else day first, as most of the world writes.
 */
export function readingOf(text: string, language: string | null): DateReading {
	for (const match of asciiDigits(text).matchAll(EITHER_ORDER)) {
		const a = Number(match.groups!.a);
		const b = Number(match.groups!.b);
		if (a > 12 && b <= 12) return { order: 'dmy', orderReason: `day first, as the page's "${match[0]}" can only be read`, language };
		if (b > 12 && a <= 12) return { order: 'mdy', orderReason: `month first, as the page's "${match[0]}" can only be read`, language };
	}
	const zone = MONTH_FIRST_ZONES.exec(text);
	if (zone) return { order: 'mdy', orderReason: `month first, the United States convention (the page gives times in ${zone[1]})`, language };
	return { ...DEFAULT_READING, language };
}

/** Labels that follow the date, as Chinese, Japanese and Korean write them. */
const labelAfter = (list: string[]) => new RegExp(`^(?:${alternation(list.filter((w) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(w)))})`, 'u');
const UPDATED_AFTER = labelAfter(UPDATED_WORDS);
const PUBLISHED_AFTER = labelAfter(PUBLISHED_WORDS);

/** What a date's label says it is: the publication date, a later change, or the day a scraper or archive took its copy. */
export type DateRole = 'published' | 'updated' | 'captured' | null;

/** The label in front of a date in its line: a publication date, an update stamp or a capture stamp. */
export function dateRole(line: string, mention: DateMention, previousEnd = 0, nextStart = line.length): DateRole {
	const before = line.slice(previousEnd, mention.index).replace(/[\s|·•,;(\[-]+$/u, ' ');
	// A scraper's stamp opens its line: "Retrieved: 2023-05-04", "Archived from <address> on 12 July 2023".
	if (previousEnd === 0 && CAPTURED_LABELS.test(before.trimEnd())) return 'captured';
	if (UPDATED_LABELS.test(before)) return 'updated';
	if (PUBLISHED_LABELS.test(before)) return 'published';
	// Labels after the date, as Japanese and Chinese write them: "21時48分 更新".
	const after = line.slice(mention.index + mention.raw.length, nextStart).replace(/\d{1,2}\s*[:時时시]\s*\d{1,2}\s*分?|\s+/gu, '');
	if (UPDATED_AFTER.test(after)) return 'updated';
	if (PUBLISHED_AFTER.test(after)) return 'published';
	return null;
}

/** Four-digit years the text refers to (1800-2099), in order of appearance. */
export function findYears(text: string): number[] {
	return [...text.matchAll(/(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu)].map((m) => Number(m[1]));
}
