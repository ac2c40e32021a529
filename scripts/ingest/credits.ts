/**
 * What credit lines say: the agency, place and date of a source credit, the
 * publisher named in a republication or copyright notice.
 */
import { findDates, type DateMention, type DateReading } from './dates.ts';
import { findAgency, normalizePlace } from './names.ts';
import { NOT_A_PUBLISHER, PUBLISHER_PATTERNS } from './tables/attribution.ts';
import { words } from './text.ts';

/** "[Source: Itar Tass, Moscow, 17Nov15]" -> agency, place and date. */
export function parseSourceCredit(rest: string, reading: DateReading): { agency: string | null; place: string | null; date: DateMention | null } {
	let agency: string | null = null;
	let place: string | null = null;
	let date: DateMention | null = null;
	rest.split(/\s*[,;|]\s*/u).forEach((part, index) => {
		if (!part) return;
		const dates = findDates(part, reading);
		if (dates.length > 0 && !date) {
			date = dates[0]!;
			return;
		}
		const known = findAgency(part);
		if (known && !agency) agency = known.name;
		else if (index === 0 && !agency) agency = part;
		else if (!place && words(part).length <= 4 && /^\p{Lu}/u.test(part)) place = normalizePlace(part);
	});
	return { agency, place, date };
}

/** The site named in a republication or copyright notice; an agency's own copyright names no site. */
export function findPublisher(text: string): string | null {
	for (const pattern of PUBLISHER_PATTERNS) {
		const name = pattern.exec(text)?.groups?.name;
		if (name && !NOT_A_PUBLISHER.test(name) && findAgency(name)?.matched !== name) return name;
	}
	return null;
}
