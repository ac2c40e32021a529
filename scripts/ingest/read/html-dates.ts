/**
 * An HTML page's own date statements as date clues: JSON-LD's `datePublished`
 * and `dateModified`, `article:published_time` and its kin, `<time datetime>`.
 * ISO 8601 is read as written (the date part, in the publisher's own time zone:
 * "2015-11-17T23:30:00-05:00" is the 17th, as the page printed it); any other
 * form by the text path's date reader.
 */
import { isValidDate } from '../calendar.ts';
import { findDates, type DateMention } from '../dates.ts';
import type { ClueSource, DateClue } from '../settle-date.ts';
import type { Stated } from './found.ts';
import type { PageMeta } from './html-meta.ts';

const ISO_DATE = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?=$|[T\s])/u;

/** A stamp's date as a mention, or null when it names none. */
export function stampDate(value: string): DateMention | null {
	const iso = ISO_DATE.exec(value);
	if (iso) {
		const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
		return isValidDate(year, month, day) ? { raw: value.trim(), index: 0, day, month, year, weekday: null } : null;
	}
	const found = findDates(value).find((m) => m.year !== null);
	return found ?? null;
}

const whereOf = (basis: string): ClueSource => (basis.includes('JSON-LD') ? 'JSON-LD' : basis.includes('time element') ? 'time element' : 'meta tag');

function clue(stated: Stated<string>, role: DateClue['role']): DateClue | null {
	const mention = stampDate(stated.value);
	if (!mention) return null;
	const where = whereOf(stated.basis);
	// A time element's value first, then the words the reader sees: '2023-10-09T10:42:00Z ("October 9, 2023")'.
	if (where === 'time element') return { mention, where, role, line: `${stated.value} ${stated.basis.replace(/^the page's time element /u, '')}` };
	const name = stated.basis.replace(/ in the page's JSON-LD$/u, '').replace(/^the page's meta tag /u, '').replace(/^the page's /u, '');
	return { mention, where, role, line: `${name} ${stated.value}` };
}

/** The page's metadata dates, publication first; a `<time>` in the article counts as its publication. */
export function metaDateClues(meta: PageMeta): DateClue[] {
	return [
		...meta.published.map((s) => clue(s, 'published')),
		...meta.modified.map((s) => clue(s, 'updated')),
	].filter((c): c is DateClue => c !== null);
}
