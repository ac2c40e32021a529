/**
 * The search page's DOM builders: a result, the filter menus' options, the
 * "Did you mean" line, the entities a query names. A snippet is text and <mark>
 * elements only (src/lib/excerpt.ts).
 */
import { buildExcerpt } from '../lib/excerpt.ts';
import { formatDate, languageName } from '../lib/format.ts';
import { entityOfferText, FILTER_KEYS, filterLabel, type EntityOffer, type FilterCounts, type FilterKey, type Hit, type SearchState } from '../lib/search.ts';

function excerptNodes(hit: Hit): Node[] {
	return buildExcerpt(hit.content, hit.matches, hit.title).map((part) => {
		if (!part.mark) return document.createTextNode(part.text);
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		return mark;
	});
}

export function renderHit(hit: Hit): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'result';
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = hit.url;
	link.lang = hit.language;
	link.textContent = hit.title;
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'meta';
	const time = document.createElement('time');
	time.dateTime = hit.date;
	time.textContent = hit.date ? formatDate(hit.date) : '';
	meta.append(time, [hit.agency, languageName(hit.language)].filter(Boolean).map((part) => ` · ${part}`).join(''));
	const excerpt = document.createElement('p');
	excerpt.className = 'excerpt';
	excerpt.lang = hit.language;
	excerpt.append(...excerptNodes(hit));
	item.append(heading, meta, excerpt);
	return item;
}

/** The options of the filter menus: every value the archive has, with the current search's counts. */
export function renderFilterOptions(selects: Map<FilterKey, HTMLSelectElement>, totals: FilterCounts, current: FilterCounts | null, state: SearchState) {
	for (const key of FILTER_KEYS) {
		const select = selects.get(key)!;
		const known = Object.keys(totals[key] ?? {});
		// A value from the URL that the archive lacks is still shown, so it can be seen and undone.
		const chosen = state.filters[key];
		if (chosen && !known.includes(chosen)) known.push(chosen);
		const values = known.sort((a, b) => (key === 'year' ? b.localeCompare(a) : filterLabel(key, a).localeCompare(filterLabel(key, b))));
		const first = select.options[0]!;
		select.replaceChildren(first, ...values.map((value) => {
			const count = (current ?? totals)[key]?.[value] ?? 0;
			return new Option(`${filterLabel(key, value)} (${count})`, value);
		}));
		select.value = state.filters[key] ?? '';
	}
}

/** "Did you mean <a>Hollande</a>?", the link being the search for the corrected query. */
export function renderSuggestion(line: HTMLElement, query: string | null, href: string) {
	if (!query) {
		line.replaceChildren();
		line.hidden = true;
		return;
	}
	const link = document.createElement('a');
	link.href = href;
	link.textContent = query;
	link.dataset.query = query;
	line.replaceChildren('Did you mean ', link, '?');
	line.hidden = false;
}

/**
 * The entities the query names, above the results, each a link to its page: "Turkey — 2 articles in 2
 * languages"; the first is the one whose every name the search took in.
 */
export function renderEntityOffer(box: HTMLElement, entities: readonly EntityOffer[]) {
	if (entities.length === 0) {
		box.replaceChildren();
		box.hidden = true;
		return;
	}
	const offers = entities.flatMap((entity, i) => {
		const link = document.createElement('a');
		link.href = entity.url;
		link.textContent = entity.name;
		return [...(i > 0 ? ['; '] : []), link, ` — ${entityOfferText(entity)}`];
	});
	const which = entities.length === 1 ? 'it' : entities[0]!.name;
	box.replaceChildren(...offers, `. The results include every article naming ${which}, in any language.`);
	box.hidden = false;
}
