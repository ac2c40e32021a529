/**
 * The search page: reads the query from the URL, asks every language's frame,
 * merges their answers, and keeps the URL in step so a search can be shared
 * and the back button works.
 */
import { formatDate, languageName } from '../lib/format.ts';
import { describe, FILTER_KEYS, filterLabel as label, mergeCounts, mergeHits, noArticleContains, pagefindOptions, readState, writeState, type FilterCounts, type FilterKey, type FrameAnswer, type Hit, type SearchState } from '../lib/search.ts';
import { setUpOfflineSave } from './offline-save.ts';

interface FrameWindow extends Window {
	archiveSearch: (query: string, options: Record<string, unknown>, limit: number) => Promise<FrameAnswer>;
	archiveFilters: () => Promise<FilterCounts>;
}

const PAGE_SIZE = 20;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = $<HTMLDivElement>('search-app');
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const status = $<HTMLParagraphElement>('search-status');
const list = $<HTMLOListElement>('search-results');
const more = $<HTMLButtonElement>('search-more');
const sortSelect = $<HTMLSelectElement>('search-sort');
const filterSelects = new Map(
	[...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')].map((select) => [select.dataset.filter as FilterKey, select]),
);

$('no-js-note').hidden = true;
app.hidden = false;
// The reader came to search: the cursor starts in the box.
input.focus({ preventScroll: true });

const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-language]')];
const framesReady = new Promise<FrameWindow[]>((resolve) => {
	const pending = new Set(frames.map((frame) => frame.dataset.language));
	const check = () => {
		for (const frame of frames) if ((frame.contentWindow as FrameWindow | null)?.archiveSearch) pending.delete(frame.dataset.language);
		if (pending.size === 0) resolve(frames.map((frame) => frame.contentWindow as FrameWindow));
	};
	window.addEventListener('message', (event) => {
		if (event.origin === location.origin && event.data?.type === 'search-frame-ready') check();
	});
	check();
});


/** The options of the filter menus: every value the archive has, with the current search's counts. */
function renderFilterOptions(totals: FilterCounts, current: FilterCounts | null, state: SearchState) {
	for (const key of FILTER_KEYS) {
		const select = filterSelects.get(key)!;
		const known = Object.keys(totals[key] ?? {});
		// A value from the URL that the archive lacks is still shown, so it can be seen and undone.
		const chosen = state.filters[key];
		if (chosen && !known.includes(chosen)) known.push(chosen);
		const values = known.sort((a, b) => (key === 'year' ? b.localeCompare(a) : label(key, a).localeCompare(label(key, b))));
		const first = select.options[0]!;
		select.replaceChildren(first, ...values.map((value) => {
			const count = (current ?? totals)[key]?.[value] ?? 0;
			return new Option(`${label(key, value)} (${count})`, value);
		}));
		select.value = state.filters[key] ?? '';
	}
}

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

function renderHit(hit: Hit): HTMLLIElement {
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

let totals: FilterCounts = {};
let generation = 0;
let limit = PAGE_SIZE;



/** Show a state in the form (on arrival and on back/forward, not while the reader types). */
function fillForm(state: SearchState) {
	input.value = state.q;
	sortSelect.value = state.sort;
	for (const key of FILTER_KEYS) filterSelects.get(key)!.value = state.filters[key] ?? '';
}

/** Counts for each menu: the search with the other menus' choices applied, not its own. */
async function menuCounts(windows: FrameWindow[], state: SearchState, counts: FilterCounts): Promise<FilterCounts> {
	const result: FilterCounts = { ...counts };
	for (const key of FILTER_KEYS) {
		if (!state.filters[key]) continue;
		const without: SearchState = { ...state, filters: { ...state.filters, [key]: undefined } };
		const answers = await Promise.all(windows.map((w) => w.archiveSearch(state.q, pagefindOptions(without), 0)));
		result[key] = mergeCounts(answers.map((a) => a.filters))[key] ?? {};
	}
	return result;
}

let offlineSaved = false;
/** Results come after the page loads, too late for the browser's own scroll restoration: the page keeps the position in its history entry. */
history.scrollRestoration = 'manual';
let restoreScroll = true;
addEventListener('pagehide', () => history.replaceState({ ...(history.state as object | null), scrollY }, ''));

async function run(state: SearchState, focusFrom = -1) {
	const mine = ++generation;
	const hasFilter = FILTER_KEYS.some((key) => state.filters[key]);
	if (!state.q && !hasFilter) {
		list.replaceChildren();
		more.hidden = true;
		status.textContent = '';
		renderFilterOptions(totals, null, state);
		return;
	}
	status.textContent = 'Searching…';
	try {
		const windows = await framesReady;
		const answers = await Promise.all(windows.map((w) => w.archiveSearch(state.q, pagefindOptions(state), limit)));
		const counts = await menuCounts(windows, state, mergeCounts(answers.map((a) => a.filters)));
		if (mine !== generation) return;
		const total = answers.reduce((sum, a) => sum + a.total, 0);
		// Words no language's index has: the reader is told which.
		const nowhere = answers.length > 0 ? answers.map((a) => a.missing).reduce((common, words) => common.filter((w) => words.includes(w))) : [];
		const hits = mergeHits(answers.map((a) => a.hits), state.sort).slice(0, limit);
		renderFilterOptions(totals, counts, state);
		list.replaceChildren(...hits.map(renderHit));
		more.hidden = total <= hits.length;
		const shown = total > hits.length ? ` Showing ${hits.length}.` : '';
		// Offline, an unsaved archive may lack index chunks, and Pagefind then finds less.
		const offline = !navigator.onLine && !offlineSaved ? ' You are offline and the archive is not saved for offline use, so some results may be missing.' : '';
		status.textContent = total === 0 && nowhere.length > 0 ? `${noArticleContains(nowhere)}${offline}` : `${describe(state, total)}${shown}${offline}`;
		if (focusFrom >= 0) list.querySelectorAll('a')[focusFrom]?.focus();
		// Back from an article: the results are drawn again, then the reader is put where they were.
		const saved = (history.state as { scrollY?: number } | null)?.scrollY;
		if (restoreScroll && saved !== undefined) window.scrollTo(0, saved);
		restoreScroll = false;
		document.dispatchEvent(new CustomEvent('search-rendered', { detail: { query: state.q, total } }));
	} catch (error) {
		if (mine !== generation) return;
		status.textContent = navigator.onLine
			? `Search failed: ${(error as Error).message}`
			: 'Search needs parts of its index that are not saved for offline use. Connect, or save the archive for offline below.';
	}
}

function stateFromForm(): SearchState {
	return readState(`?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString()}`);
}

function go(mode: 'push' | 'replace') {
	const state = stateFromForm();
	limit = PAGE_SIZE;
	const next = `${location.pathname}${writeState(state)}`;
	if (next !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', next);
	void run(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
	clearTimeout(typing);
	typing = setTimeout(() => go('replace'), 250);
});
form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(typing);
	go('push');
});
// Arrowing through a menu changes it at every key: one history entry for a burst of changes.
let lastMenuChange = 0;
form.addEventListener('change', (event) => {
	if (!(event.target instanceof HTMLSelectElement)) return;
	const now = Date.now();
	go(now - lastMenuChange < 1500 ? 'replace' : 'push');
	lastMenuChange = now;
});
more.addEventListener('click', () => {
	const before = limit;
	limit += PAGE_SIZE;
	void run(readState(location.search), before);
});
window.addEventListener('popstate', () => {
	limit = PAGE_SIZE;
	restoreScroll = true;
	const state = readState(location.search);
	fillForm(state);
	void run(state);
});

const initial = readState(location.search);
fillForm(initial);
framesReady
	.then(async (windows) => {
		totals = mergeCounts(await Promise.all(windows.map((w) => w.archiveFilters())));
		// The URL's filters and sort, with what the reader typed while the index loaded.
		const state = { ...readState(location.search), q: input.value.trim() };
		renderFilterOptions(totals, null, state);
		await run(state);
	})
	.catch((error: unknown) => {
		status.textContent = `Search could not start: ${(error as Error).message}`;
	});
if (initial.q) status.textContent = 'Loading the search index…';
void setUpOfflineSave().then((saved) => (offlineSaved ||= saved));
document.addEventListener('offline-saved', () => (offlineSaved = true));
