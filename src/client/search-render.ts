/**
 * The search page's DOM builders: a result, the filter menus' options, the
 * "Did you mean" line. Pagefind's excerpts become text and <mark> elements only.
 */
import { formatDate, languageName } from '../lib/format.ts';
import { entityOfferText, FILTER_KEYS, filterLabel, type EntityOffer, type FilterCounts, type FilterKey, type Hit, type SearchState } from '../lib/search.ts';

/** Pagefind's excerpt as text and <mark> elements only. */
function excerptNodes(html: string): Node[] {
	const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
	return [...(doc.body.firstElementChild?.childNodes ?? [])].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
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
	excerpt.append(...excerptNodes(hit.excerpt));
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

/** The entity the query names, above the results: "Turkey — 2 articles in 2 languages", a link to its page. */
export function renderEntityOffer(box: HTMLElement, entity: EntityOffer | null) {
	if (!entity) {
		box.replaceChildren();
		box.hidden = true;
		return;
	}
	const link = document.createElement('a');
	link.href = entity.url;
	link.textContent = entity.name;
	box.replaceChildren(link, ` — ${entityOfferText(entity)}. The results include every article naming it, in any language.`);
	box.hidden = false;
}
