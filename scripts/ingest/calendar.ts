/**
 * Calendar arithmetic for the date readers: digits of other scripts, the
 * Persian solar calendar, Nepal's Bikram Sambat, real dates and weekdays, ISO
 * dates. Pure functions of numbers; what a page's words mean is in dates.ts.
 */
import { BIKRAM_SAMBAT_EPOCH, BIKRAM_SAMBAT_FIRST_YEAR, BIKRAM_SAMBAT_MONTH_LENGTHS } from './tables/bikram-sambat.ts';

/** Digits of other scripts (Arabic-Indic, Persian, Devanagari, full-width) as ASCII digits; one UTF-16 unit each, so positions stay. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];
export function asciiDigits(text: string): string {
	if (!/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/u.test(text)) return text;
	return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/gu, (d) => {
		const code = d.charCodeAt(0);
		const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
		return String(code - zero);
	});
}

/**
 * A date of the Persian solar calendar as a Gregorian [year, month, day]: days
 * counted from the calendar's epoch with its 33-year cycle of leap years, then
 * laid out in Gregorian years and months.
 */
export function solarHijriToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
	const y = jy + 1595;
	let days = -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + jd + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
	let gy = 400 * Math.floor(days / 146097);
	days %= 146097;
	if (days > 36524) {
		days--;
		gy += 100 * Math.floor(days / 36524);
		days %= 36524;
		if (days >= 365) days++;
	}
	gy += 4 * Math.floor(days / 1461);
	days %= 1461;
	if (days > 365) {
		gy += Math.floor((days - 1) / 365);
		days = (days - 1) % 365;
	}
	let gd = days + 1;
	const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
	const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
	let gm = 0;
	while (gm < 12 && gd > lengths[gm]!) gd -= lengths[gm++]!;
	return [gy, gm + 1, gd];
}

/** The years of the Bikram Sambat calendar whose month lengths are known (tables/bikram-sambat.ts). */
export const BIKRAM_SAMBAT_YEARS = { from: BIKRAM_SAMBAT_FIRST_YEAR, to: BIKRAM_SAMBAT_FIRST_YEAR + BIKRAM_SAMBAT_MONTH_LENGTHS.length - 1 };
const bikramMonthLength = (year: number, month: number) => 29 + Number(BIKRAM_SAMBAT_MONTH_LENGTHS[year - BIKRAM_SAMBAT_FIRST_YEAR]![month - 1]);

/**
 * A date of the Bikram Sambat calendar as a Gregorian [year, month, day]: the
 * days from 1 Baisakh of the table's first year, counted through its months.
 * Else why it is none, as a clause: a year the table does not hold, or a day the month does not have.
 */
export function bikramSambatToGregorian(year: number, month: number, day: number): [number, number, number] | string {
	const { from, to } = BIKRAM_SAMBAT_YEARS;
	if (year < from || year > to) return `is a Bikram Sambat date of a year whose month lengths are not known here (${from}-${to} BS are), so it is not converted`;
	if (month < 1 || month > 12 || day < 1 || day > bikramMonthLength(year, month)) return 'is not a real date';
	let days = day - 1;
	for (let y = from; y <= year; y++) for (let m = 1; m <= (y === year ? month - 1 : 12); m++) days += bikramMonthLength(y, m);
	const [ey, em, ed] = BIKRAM_SAMBAT_EPOCH;
	const date = new Date(Date.UTC(ey, em - 1, ed) + days * 86_400_000);
	return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

export function isValidDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function weekdayOf(year: number, month: number, day: number): number {
	return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export const iso = (year: number, month: number, day: number) =>
	`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

