/** How dates, languages and numbers read on the site (the interface is in English). */
import { UNSAFE_TEXT } from './unsafe-text.ts';
const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long' });
const agoFormat = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });
const shortMonthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const numberFormat = new Intl.NumberFormat('en-GB');

const utc = (isoDate: string) => new Date(`${isoDate.length === 7 ? `${isoDate}-01` : isoDate}T00:00:00Z`);

/** 2015-11-17 -> 17 November 2015 */
export const formatDate = (isoDate: string) => dateFormat.format(utc(isoDate));
/** 11-26 -> 26 November */
export const formatDayMonth = (day: string) => dayMonthFormat.format(utc(`2000-${day}`));
/** 133 -> 11 years ago; 12 -> last year; 3 -> 3 months ago */
export const formatMonthsAgo = (months: number) => (months < 12 ? agoFormat.format(-months, 'month') : agoFormat.format(-Math.floor(months / 12), 'year'));
/** 2015-11 -> November 2015 */
export const formatMonth = (isoMonth: string) => monthFormat.format(utc(isoMonth));
/** 2015-11 -> Nov 2015 */
export const formatShortMonth = (isoMonth: string) => shortMonthFormat.format(utc(isoMonth));
/** id -> Indonesian */
export const languageName = (tag: string) => languageNames.of(tag) ?? tag;
/** id -> Indonesia, ru -> Русский: a language as it names itself (its speakers look for that name); else its English name. */
const ownNames = new Map<string, string>();
export function ownLanguageName(tag: string): string {
	let name = ownNames.get(tag);
	if (name === undefined) {
		try {
			const own = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
			name = own ? own.charAt(0).toLocaleUpperCase(tag) + own.slice(1) : languageName(tag);
		} catch {
			name = languageName(tag);
		}
		ownNames.set(tag, name);
	}
	return name;
}
export const formatNumber = (n: number) => numberFormat.format(n);
export const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** RFC 822 date for RSS, at noon UTC (the day is what is known). */
export const rssDate = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`).toUTCString();

/** A file name as a page can show it: characters that are invisible or not allowed in HTML become U+FFFD. */
const NOT_PRINTABLE = new RegExp(`${UNSAFE_TEXT.source}|\\n`, 'gu');
export const printable = (name: string) => name.replace(NOT_PRINTABLE, '\uFFFD');
