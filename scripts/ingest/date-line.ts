/**
 * Date lines: a short line that gives the page's date ("Published: 17 November
 * 2015 14:32 GMT", "Xinhua, December 2, 2015", "By Jane Doe | 11/17/2015"),
 * with what else such a line may carry.
 */
import { asciiDigits } from './calendar.ts';
import { findDates, type DateMention, type DateReading } from './dates.ts';
import { findAgency, isKnownPlace, normalizePlace } from './names.ts';
import { DATE_LINE_NOISE, MENU_SEPARATORS } from './tables/chrome.ts';
import { isUnspaced, words } from './text.ts';

/** Date lines are short; a long line that names a date is prose. */
const DATE_LINE_MAX_WORDS = 20;
/** Words a date line may carry besides the date, labels, times and agency ("Posted by desk"). */
const DATE_LINE_MAX_OTHER_WORDS = 2;
/** Items beside a date in a "|" line: a byline, a section, a view count. */
const DATE_LINE_MAX_ITEM_WORDS = 6;

/** What is left of a date line once its dates, agency, labels and times are taken out. */
function dateLineRest(text: string, mentions: DateMention[]): string {
	let rest = text;
	for (const date of mentions) rest = rest.replace(date.raw, ' ');
	const agency = findAgency(rest);
	if (agency) rest = rest.replace(agency.matched, ' ');
	// Times in any digits ("১৪:৩২") are read as times.
	rest = asciiDigits(rest);
	for (const noise of DATE_LINE_NOISE) rest = rest.replace(noise, ' ');
	return rest;
}

export interface DateLine {
	mentions: DateMention[];
	/** A known place left beside the date: a dateline on a line of its own ("الرياض 17 نوفمبر 2015 واس"). */
	place: string | null;
}

/**
 * A date line: a short line that is a date (or a published/updated pair),
 * maybe with an agency, a place, labels and times; or a "|" line one of whose
 * items is that, beside a byline, a section name or a count.
 */
export function readDateLine(text: string, reading: DateReading): DateLine | null {
	// Scripts without spaces count every character and digit group as a word: measure them by length.
	const size = isUnspaced(text) ? text.length / 3 : words(text).length;
	if (size > DATE_LINE_MAX_WORDS || !/\p{Nd}/u.test(text)) return null;
	const mentions = findDates(text, reading);
	if (mentions.length === 0 || mentions.length > 3) return null;
	const rest = dateLineRest(text, mentions).replace(/[\p{P}\p{S}\p{Nd}]+/gu, ' ').trim();
	if (words(rest).length <= DATE_LINE_MAX_OTHER_WORDS) return { mentions, place: rest && isKnownPlace(rest) ? normalizePlace(rest) : null };
	const items = text.split(MENU_SEPARATORS).map((p) => p.trim()).filter(Boolean);
	if (items.length < 2) return null;
	let dated = 0;
	for (const item of items) {
		const own = findDates(item, reading);
		if (own.length > 0 && words(dateLineRest(item, own)).length <= DATE_LINE_MAX_OTHER_WORDS) dated++;
		else if (words(item).length > DATE_LINE_MAX_ITEM_WORDS) return null;
	}
	return dated > 0 ? { mentions, place: null } : null;
}

