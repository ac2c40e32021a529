/**
 * Which date is the article's: the clues the structure stage found (credit
 * lines, date lines, the dateline), ranked by what their labels say they are,
 * and a missing year inferred from what the text itself constrains. Every
 * choice comes with a sentence a reader can check (`dateBasis`).
 */
import { iso, isValidDate, weekdayOf } from './calendar.ts';
import type { DateMention, DateRole } from './dates.ts';
import { inferYear, latestAllowedYear, type AllowedYear } from './year-inference.ts';
import { NO_PAGE_CLUES, relativeDay, type CaptureStamp, type CopyrightYear, type PageClues } from './page-dates.ts';

/** Where a date clue stands on the page: an HTML page's own metadata (strongest first), then lines of the text. */
export type ClueSource = 'JSON-LD' | 'meta tag' | 'time element' | 'credit line' | 'date line' | 'dateline';

/** A date found in a credit, date line or dateline, with the words that give it. */
export interface DateClue {
	mention: DateMention;
	where: ClueSource;
	/** What its label says it is: "Published: ...", "Updated: ...", a scraper's "Retrieved: ...", or null when unlabelled. */
	role: DateRole;
	line: string;
}

/**
 * Which clue gives the date, first to last: publication dates before update
 * stamps, then a credit line before a date line before a dateline.
 */
const ROLE_PRIORITY: readonly DateClue['role'][] = ['published', null, 'updated'];
const CLUE_PRIORITY: readonly ClueSource[] = ['JSON-LD', 'meta tag', 'time element', 'credit line', 'date line', 'dateline'];

export interface SettledDate {
	date: string;
	certainty: 'stated' | 'inferred';
	basis: string;
	/** The basis already names the WARC record's capture (as the bound of a yearless or relative date): no note need repeat it. */
	namesCapture?: boolean;
}

const quote = (text: string) => `"${text.replace(/\s+/g, ' ').trim()}"`;
const describeMention = (m: DateMention) => quote(m.raw.replace(/[,.\s]+$/u, ''));
const describeClue = (clue: DateClue) => `${clue.role === 'updated' ? 'update stamp' : clue.where} ${quote(clue.line)}`;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const spelled = (year: number, month: number, day: number) => `${day} ${MONTH_NAMES[month - 1]} ${year}`;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const describeStamp = (stamp: CaptureStamp) =>
	stamp.where === 'WARC record' ? `the crawler's capture (${stamp.line})` : `the capture stamp ${quote(stamp.line)}, which a scraper or archive wrote,`;
const WEAK_COPYRIGHT = 'a weak clue: a footer gives the year the page was saved, not the year it was published';
/** What a copyright line says of the year: an agency's notice under its copy is of the year it filed it; a footer's, of the page. */
const describeCopyright = (copyright: CopyrightYear) =>
	copyright.agency
		? `the agency's notice under the story ${quote(copyright.line)} names ${copyright.year}${copyright.numbered ? ' (its story number begins with the filing day, year first)' : ''}, the year of its copy (a page's footer gives only the year the page was saved)`
		: `the copyright line ${quote(copyright.line)} names ${copyright.year}${copyright.numbered ? ' (its story number begins with the filing day, year first)' : ''} (${WEAK_COPYRIGHT})`;

/** The clause of a basis that says how weekdays narrowed an allowed year. */
function weekdayClause(allowed: AllowedYear): string {
	if (allowed.constraints.length === 0) return '';
	const named = allowed.constraints.map(describeMention).join(' and ');
	const range = allowed.fromNamed ? ` from ${allowed.from} (the latest year the text names)` : '';
	return `; the text names ${named}, weekdays that fit ${allowed.year}${allowed.others.length > 0 ? ` and, earlier, ${allowed.others.join(', ')}` : ''}: of the years the page allows${range} to ${allowed.to}, ${allowed.year} is the latest that fits`;
}

/** A warning that weekdays contradict every year a bound allows. */
function contradiction(allowed: AllowedYear, bound: string): string {
	const named = allowed.constraints.map(describeMention).join(' and ');
	return `the weekdays of ${named} fit no year from ${allowed.from} to ${allowed.to}, the years ${bound} allows; it is not used`;
}

/** A date counted in a Japanese era, with what its bracketed weekday says. */
function eraBasis(clue: DateClue, warnings: string[]): string {
	const { era, year, month, day, weekday } = clue.mention;
	const conversion = `${era!.name} (${era!.reading}) ${era!.year} is ${year}`;
	let weekdayNote = '';
	if (weekday !== null) {
		const actual = weekdayOf(year!, month, day);
		if (actual === weekday) weekdayNote = `, and its bracketed weekday (${WEEKDAY_NAMES[weekday]}) fits ${spelled(year!, month, day)}`;
		else {
			weekdayNote = `; its bracketed weekday says ${WEEKDAY_NAMES[weekday]}, but ${spelled(year!, month, day)} is a ${WEEKDAY_NAMES[actual]}: the era date is used, and the two disagree`;
			warnings.push(`the ${describeClue(clue)} names ${WEEKDAY_NAMES[weekday]}, but ${iso(year!, month, day)} is a ${WEEKDAY_NAMES[actual]}`);
		}
	}
	return `The ${describeClue(clue)} gives the date in the Japanese era count: ${conversion}${weekdayNote}.`;
}

/**
 * The article's date from the clues: a publication clue with a full date; else
 * a publication clue's day and month with the year of an update stamp, or the
 * year inferred from weekdays; else an update stamp alone. Null when nothing
 * pins it.
 */
export function settleDate(allClues: DateClue[], articleText: string, warnings: string[], page: PageClues = NO_PAGE_CLUES): SettledDate | null {
	// A scraper's stamp is never the publication date: it comes in as the page's capture stamp.
	const clues = allClues.filter((c) => c.role !== 'captured');
	// Weekdays named in the date lines constrain the year as much as those in the story.
	const inferenceText = [articleText, ...clues.map((c) => c.line)].join('\n');
	const ordered = [...clues].sort(
		(a, b) => ROLE_PRIORITY.indexOf(a.role) - ROLE_PRIORITY.indexOf(b.role) || CLUE_PRIORITY.indexOf(a.where) - CLUE_PRIORITY.indexOf(b.where),
	);
	const publication = ordered.filter((c) => c.role !== 'updated');
	const full = publication.filter((c) => c.mention.year !== null);
	if (full.length > 0) {
		const chosen = full[0]!;
		const { year, month, day, ambiguity } = chosen.mention;
		const date = iso(year!, month, day);
		for (const other of full.slice(1)) {
			const otherDate = iso(other.mention.year!, other.mention.month, other.mention.day);
			if (otherDate !== date) warnings.push(`the ${describeClue(other)} gives ${otherDate}; the ${describeClue(chosen)} gives ${date}, which is used`);
		}
		if (chosen.mention.era) return { date, certainty: 'inferred', basis: eraBasis(chosen, warnings) };
		if (ambiguity) {
			return {
				date,
				certainty: 'inferred',
				basis: `The ${describeClue(chosen)} gives ${describeMention(chosen.mention)}, which could be read either way round; it is read as ${spelled(year!, month, day)}: ${ambiguity.reason}.`,
			};
		}
		const updated = ordered.find((c) => c.role === 'updated');
		const note = chosen.role === 'published' && updated ? ` (the ${describeClue(updated)} is a later change, not the publication date)` : '';
		return { date, certainty: 'stated', basis: `The ${describeClue(chosen)} gives the date${note}.` };
	}
	const partial = publication[0];
	const stamp = ordered.find((c) => c.role === 'updated' && c.mention.year !== null);
	if (partial && stamp) {
		// The year that puts the day and month nearest the update stamp (an article is updated soon after it appears).
		const { month, day } = partial.mention;
		const stampTime = Date.UTC(stamp.mention.year!, stamp.mention.month - 1, stamp.mention.day);
		const year = [stamp.mention.year! - 1, stamp.mention.year!, stamp.mention.year! + 1]
			.filter((y) => isValidDate(y, month, day))
			.sort((a, b) => Math.abs(Date.UTC(a, month - 1, day) - stampTime) - Math.abs(Date.UTC(b, month - 1, day) - stampTime))[0];
		if (year !== undefined) {
			// The same day as the stamp: the stamp states the date in full.
			const sameDay = stamp.mention.month === month && stamp.mention.day === day;
			return {
				date: iso(year, month, day),
				certainty: sameDay ? 'stated' : 'inferred',
				basis: `The ${describeClue(partial)} gives ${describeMention(partial.mention)} without a year; the ${describeClue(stamp)} gives ${iso(stamp.mention.year!, stamp.mention.month, stamp.mention.day)}, so the year is ${year}.`,
			};
		}
	}
	const capture = page.stamp;
	if (partial && capture) {
		// The story appeared on or before the day its copy was taken: the latest such year the weekdays allow.
		const { month, day } = partial.mention;
		const allowed = latestAllowedYear(month, day, capture, inferenceText);
		if (allowed.year !== null) {
			return {
				date: iso(allowed.year, month, day),
				certainty: 'inferred',
				namesCapture: capture.where === 'WARC record',
				basis:
					`The ${describeClue(partial)} gives ${describeMention(partial.mention)} without a year; ${describeStamp(capture)} says the page was copied on ${iso(capture.year, capture.month, capture.day)}, ` +
					`so it appeared on or before that day${allowed.constraints.length > 0 ? weekdayClause(allowed) : `, and ${allowed.year} is the latest year that puts ${spelled(allowed.year, month, day).replace(/ \d+$/u, '')} on or before it`}.`,
			};
		}
		warnings.push(contradiction(allowed, describeStamp(capture).replace(/,$/u, '')));
	}
	const copyright = page.copyright;
	// The weakest bound, the footer's year: not where a stamp bounds the date, nor where weekdays fit a year the text names itself.
	if (partial && copyright && !capture && !inferYear(partial.mention.month, partial.mention.day, inferenceText)?.named) {
		const { month, day } = partial.mention;
		const allowed = latestAllowedYear(month, day, { year: copyright.year }, inferenceText);
		if (allowed.year !== null && (allowed.constraints.length > 0 || allowed.year === copyright.year)) {
			const only = allowed.constraints.length > 0 ? weekdayClause(allowed) : ', and nothing stronger dates the page (no weekday with a date, no update or capture stamp)';
			return {
				date: iso(allowed.year, month, day),
				certainty: 'inferred',
				basis:
					`The ${describeClue(partial)} gives ${describeMention(partial.mention)} without a year${only}; ${describeCopyright(copyright)}, ` +
					`so the year is taken as ${allowed.year}${allowed.year === copyright.year ? '' : ', the latest before it that fits'}.`,
			};
		}
		if (allowed.year === null) warnings.push(contradiction(allowed, `the copyright line ${quote(copyright.line)}`));
	}
	if (partial) {
		const { month, day } = partial.mention;
		const inference = inferYear(month, day, inferenceText);
		if (inference) {
			const named = inference.constraints.map(describeMention).join(' and ');
			const others = inference.alternatives.length > 0 ? ` (also ${inference.alternatives.join(', ')})` : '';
			return {
				date: iso(inference.year, month, day),
				certainty: 'inferred',
				basis:
					`The ${partial.where} ${quote(partial.line)} gives ${describeMention(partial.mention)} without a year; ` +
					`the text names ${named}, weekdays that fit ${inference.year}${others}, ` +
					(inference.named
						? `and the text names ${inference.year} itself.`
						: `and ${inference.year} is the nearest of these to ${inference.latestYearMentioned}, the latest year the text mentions.`),
			};
		}
	}
	if (stamp) {
		const { year, month, day } = stamp.mention;
		warnings.push(`only an update stamp dates the page: ${quote(stamp.line)}`);
		return { date: iso(year!, month, day), certainty: 'stated', basis: `The ${describeClue(stamp)} gives the date; the page gives no other.` };
	}
	const relative = page.relative;
	if (!partial && relative && capture) {
		// "3 hours ago" on a page copied at 01:30 on 4 May: the evening of 3 May.
		const { date, timeless } = relativeDay(relative, capture);
		const stampDay = iso(capture.year, capture.month, capture.day);
		const counted =
			relative.minutesBefore !== null
				? timeless
					? `; the stamp gives no time, so ${quote(relative.raw)} is taken as that day (it may be the day before)`
					: `, and ${quote(relative.raw)} before ${String(Math.floor(capture.minutes! / 60)).padStart(2, '0')}:${String(capture.minutes! % 60).padStart(2, '0')} that day is ${date}`
				: `, so ${quote(relative.raw)} is ${date}`;
		return {
			date,
			certainty: 'inferred',
			namesCapture: capture.where === 'WARC record',
			basis: `The page dates the story only relatively, ${quote(relative.line)}; ${describeStamp(capture)} says the page was copied on ${stampDay}${counted}.`,
		};
	}
	if (!partial && capture && capture.where === 'capture stamp') {
		warnings.push(`the page gives no date: dated by its capture stamp ${quote(capture.line)}`);
		const day = iso(capture.year, capture.month, capture.day);
		return { date: day, certainty: 'inferred', basis: `The page gives no date; ${describeStamp(capture)} says it was copied on ${day}, so it appeared on that day or before.` };
	}
	return null;
}
