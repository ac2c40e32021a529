/**
 * Which date is the article's: the clues the structure stage found (credit
 * lines, date lines, the dateline), ranked by what their labels say they are,
 * and a missing year inferred from what the text itself constrains. Every
 * choice comes with a sentence a reader can check (`dateBasis`).
 */
import { iso, isValidDate, weekdayOf } from './calendar.ts';
import { findDates, findYears, type DateMention } from './dates.ts';

export interface YearInference {
	year: number;
	/** The text names this year itself (else it is the nearest to the latest year named). */
	named: boolean;
	/** Other years that fit the weekdays, nearest first. */
	alternatives: number[];
	constraints: DateMention[];
	latestYearMentioned: number;
}

/**
 * The year of a day and month given without one, from weekdays the text names
 * with dates ("Monday, September 5") and the years it refers to. The weekdays
 * leave one candidate every few years; a candidate the text names is taken, else
 * the candidate nearest the latest year the text mentions (a later one on a tie). Returns null when the text does
 * not pin it: no weekday named with a date, or no year mentioned at all.
 * A candidate year that the text names itself wins over the nearest one.
 */
export function inferYear(month: number, day: number, text: string): YearInference | null {
	const constraints = findDates(text).filter((m) => m.weekday !== null && m.year === null);
	const years = findYears(text);
	if (constraints.length === 0 || years.length === 0) return null;
	const latest = years.reduce((a, b) => Math.max(a, b));
	const fits = (year: number) =>
		constraints.every((mention) => {
			// The mentioned date is the one nearest the article's date (within a year).
			const articleTime = Date.UTC(year, month - 1, day);
			let best: number | null = null;
			for (const y of [year - 1, year, year + 1]) {
				if (!isValidDate(y, mention.month, mention.day)) continue;
				const distance = Math.abs(Date.UTC(y, mention.month - 1, mention.day) - articleTime);
				if (best === null || distance < Math.abs(Date.UTC(best, mention.month - 1, mention.day) - articleTime)) best = y;
			}
			return best !== null && weekdayOf(best, mention.month, mention.day) === mention.weekday;
		});
	const candidates: number[] = [];
	for (let year = latest - 28; year <= latest + 28; year++) {
		if (isValidDate(year, month, day) && fits(year)) candidates.push(year);
	}
	if (candidates.length === 0) return null;
	// A candidate the text names itself comes first; then the nearest to the latest year named.
	const named = new Set(years);
	candidates.sort((a, b) => Number(named.has(b)) - Number(named.has(a)) || Math.abs(a - latest) - Math.abs(b - latest) || b - a);
	const [year, ...alternatives] = candidates as [number, ...number[]];
	return { year, named: named.has(year), alternatives: alternatives.slice(0, 3), constraints, latestYearMentioned: latest };
}

/** Where a date clue stands on the page: an HTML page's own metadata (strongest first), then lines of the text. */
export type ClueSource = 'JSON-LD' | 'meta tag' | 'time element' | 'credit line' | 'date line' | 'dateline';

/** A date found in a credit, date line or dateline, with the words that give it. */
export interface DateClue {
	mention: DateMention;
	where: ClueSource;
	/** What its label says it is: "Published: ..." or "Updated: ...", or null when unlabelled. */
	role: 'published' | 'updated' | null;
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
}

const quote = (text: string) => `"${text.replace(/\s+/g, ' ').trim()}"`;
const describeMention = (m: DateMention) => quote(m.raw.replace(/[,.\s]+$/u, ''));
const describeClue = (clue: DateClue) => `${clue.role === 'updated' ? 'update stamp' : clue.where} ${quote(clue.line)}`;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const spelled = (year: number, month: number, day: number) => `${day} ${MONTH_NAMES[month - 1]} ${year}`;

/**
 * The article's date from the clues: a publication clue with a full date; else
 * a publication clue's day and month with the year of an update stamp, or the
 * year inferred from weekdays; else an update stamp alone. Null when nothing
 * pins it.
 */
export function settleDate(clues: DateClue[], articleText: string, warnings: string[]): SettledDate | null {
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
	return null;
}
