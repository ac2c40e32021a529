/**
 * <on-this-day data-base="<base>" data-days="<bitmap>">: the front page's "on
 * this day". It takes the day the reader's browser says (its own clock and time
 * zone), reads that day's file (src/lib/on-this-day.ts) and lists the day's
 * articles of earlier years, newest first; for a day without any, the nearest
 * day that has some. Until then, and without JavaScript, the page's own sentence and the
 * calendar stay as they are; a file that cannot be read changes nothing.
 */
import { formatDate, formatDayMonth, formatMonthsAgo } from '../lib/format.ts';
import { dayFile, decodeDays, earlierYears, localDay, monthsSince, nearestDay, ON_THIS_DAY_WORDS as WORDS, type OnThisDayFile, type OnThisDayYear } from '../lib/on-this-day.ts';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
};

function yearItems(years: readonly OnThisDayYear[], today: { day: string; year: number }): HTMLLIElement[] {
	return years.flatMap((year) => {
		const items = year.articles.map((article) => {
			const li = element('li');
			const link = element('a', undefined, article.title);
			link.href = article.href;
			link.lang = article.lang;
			const meta = element('span', 'meta');
			const time = element('time', undefined, formatDate(year.date));
			time.dateTime = year.date;
			meta.append(time, ...[formatMonthsAgo(monthsSince(year.date, today)), article.agency, article.language].filter(Boolean).map((part) => ` · ${part}`));
			li.append(link, ' ', meta);
			return li;
		});
		if (year.count > year.articles.length) {
			const li = element('li', 'more');
			const link = element('a', undefined, WORDS.more(year.count - year.articles.length, formatDate(year.date)));
			link.href = year.href;
			li.append(link);
			items.push(li);
		}
		return items;
	});
}

class OnThisDay extends HTMLElement {
	async connectedCallback() {
		const today = localDay(new Date());
		const { day, year } = today;
		const read = (d: string): Promise<OnThisDayFile> => fetch(new URL(dayFile(d), new URL(this.dataset.base!, location.href))).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))));
		const days = decodeDays(this.dataset.days ?? '');
		try {
			let years = days.has(day) ? earlierYears(await read(day), year) : [];
			let intro = WORDS.found(formatDayMonth(day));
			if (years.length === 0) {
				intro = WORDS.nothing(formatDayMonth(day));
				const nearest = nearestDay(day, days);
				const theirs = nearest ? earlierYears(await read(nearest), year) : [];
				if (theirs.length > 0) {
					intro += WORDS.nearest(formatDayMonth(nearest!));
					years = theirs;
				}
			}
			const list = element('ol', 'article-list');
			list.append(...yearItems(years, today));
			this.replaceChildren(element('p', 'on-this-day-intro', intro), ...(years.length > 0 ? [list] : []));
		} catch {
			// Offline, say, with the day's file not saved: the sentence and the calendar stay.
		}
	}
}

customElements.define('on-this-day', OnThisDay);
