/**
 * The search page as a custom element, <archive-search>, that owns its DOM: it
 * reads the query from the URL, asks every language's frame, merges their
 * answers, and keeps the URL in step so a search can be shared and the back
 * button works. The wording and the state live in src/lib/search.ts.
 */
import {
	chooseHits, describe, entitiesInQuery, FILTER_KEYS, mergeCounts, mergeHits, missingEverywhere, noArticleContains, pagefindOptions, readState, writeState,
	type EntityOffer, type EntityTerm, type FilterCounts, type FilterKey, type SearchState,
} from '../lib/search.ts';
import { closestWord, correctableWords, correctedQuery, fold, listHas, wordKey, type WordList } from '../lib/spelling.ts';
import { setUpOfflineSave } from './offline-save.ts';
import { framesReady, type FrameWindow } from './search-frames.ts';
import { renderEntityOffer, renderFilterOptions, renderHit, renderSuggestion } from './search-render.ts';

const PAGE_SIZE = 20;

class ArchiveSearch extends HTMLElement {
	#form!: HTMLFormElement;
	#input!: HTMLInputElement;
	#status!: HTMLElement;
	#suggestionLine!: HTMLElement;
	#offer!: HTMLElement;
	/** The gazetteer's entities the archive names (search/entities.json). */
	#entities: Promise<EntityOffer[]> = Promise.resolve([]);
	/** The archive's word lists by key (search/words/<key>.json), fetched as queries need them. */
	#wordLists = new Map<string, Promise<WordList>>();
	#list!: HTMLOListElement;
	#more!: HTMLButtonElement;
	#sort!: HTMLSelectElement;
	#filters = new Map<FilterKey, HTMLSelectElement>();
	#frames!: Promise<FrameWindow[]>;
	#totals: FilterCounts = {};
	#generation = 0;
	#limit = PAGE_SIZE;
	#offlineSaved = false;
	#restoreScroll = true;
	#typing: ReturnType<typeof setTimeout> | undefined;
	#lastMenuChange = 0;

	connectedCallback() {
		const part = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
		this.#form = part('form');
		this.#input = part('input[name="q"]');
		this.#status = part('[role="status"]');
		this.#suggestionLine = part('.search-suggestion');
		this.#offer = part('.entity-offer');
		this.#entities = fetch(this.dataset.entities!)
			.then((response) => (response.ok ? (response.json() as Promise<EntityOffer[]>) : []))
			.catch(() => []);
		this.#list = part('ol');
		this.#more = part('.search-more');
		this.#sort = part('select[name="sort"]');
		for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-filter]')) this.#filters.set(select.dataset.filter as FilterKey, select);
		this.#frames = framesReady(this);

		for (const note of this.querySelectorAll<HTMLElement>('.no-js-note')) note.hidden = true;
		part('.search-app').hidden = false;
		// The reader came to search: the cursor starts in the box.
		this.#input.focus({ preventScroll: true });
		// Results come after the page loads, too late for the browser's own scroll restoration: the page keeps the position in its history entry.
		history.scrollRestoration = 'manual';
		addEventListener('pagehide', () => history.replaceState({ ...(history.state as object | null), scrollY }, ''));
		this.#listen();

		const initial = readState(location.search);
		this.#fill(initial);
		if (initial.q) this.#status.textContent = 'Loading the search index…';
		this.#frames
			.then(async (windows) => {
				this.#totals = mergeCounts(await Promise.all(windows.map((w) => w.archiveFilters())));
				// The URL's filters and sort, with what the reader typed while the index loaded.
				const state = { ...readState(location.search), q: this.#input.value.trim() };
				renderFilterOptions(this.#filters, this.#totals, null, state);
				await this.#run(state);
			})
			.catch((error: unknown) => {
				this.#status.textContent = `Search could not start: ${(error as Error).message}`;
			});
		void setUpOfflineSave(this).then((saved) => (this.#offlineSaved ||= saved));
		document.addEventListener('offline-saved', () => (this.#offlineSaved = true));
	}

	#listen() {
		this.#input.addEventListener('input', () => {
			clearTimeout(this.#typing);
			this.#typing = setTimeout(() => this.#go('replace'), 250);
		});
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#typing);
			this.#go('push');
		});
		// Arrowing through a menu changes it at every key: one history entry for a burst of changes.
		this.#form.addEventListener('change', (event) => {
			if (!(event.target instanceof HTMLSelectElement)) return;
			const now = Date.now();
			this.#go(now - this.#lastMenuChange < 1500 ? 'replace' : 'push');
			this.#lastMenuChange = now;
		});
		this.#more.addEventListener('click', () => {
			const before = this.#limit;
			this.#limit += PAGE_SIZE;
			void this.#run(readState(location.search), before);
		});
		this.#suggestionLine.addEventListener('click', (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-query]');
			if (!link) return;
			event.preventDefault();
			this.#input.value = link.dataset.query!;
			this.#go('push');
			this.#input.focus();
		});
		addEventListener('popstate', () => {
			this.#limit = PAGE_SIZE;
			this.#restoreScroll = true;
			const state = readState(location.search);
			this.#fill(state);
			void this.#run(state);
		});
	}

	#wordList(key: string): Promise<WordList> {
		if (!this.#wordLists.has(key)) {
			const list = fetch(`${this.dataset.words}${key}.json`)
				.then((response) => (response.ok ? (response.json() as Promise<WordList>) : []))
				.catch(() => []);
			this.#wordLists.set(key, list);
		}
		return this.#wordLists.get(key)!;
	}

	/**
	 * "Did you mean": each word of the query that the archive's word lists lack, and no language's index holds
	 * (exactly or by its stem; Pagefind would match "putn" by "put"), replaced by the closest word of the
	 * lists; null when there is none. `nowhere`: the words every index already said it lacks.
	 */
	async #suggestion(query: string, nowhere: string[], windows: FrameWindow[]): Promise<string | null> {
		const corrections = new Map<string, string>();
		for (const word of correctableWords(query)) {
			const list = await this.#wordList(wordKey(word));
			if (listHas(list, word)) continue;
			const close = closestWord(word, list);
			if (!close) continue;
			const lacking = nowhere.some((term) => fold(term.replace(/"/g, '')) === fold(word)) || !(await Promise.all(windows.map((w) => w.archiveHas(word)))).some(Boolean);
			if (lacking) corrections.set(word, close);
		}
		return correctedQuery(query, corrections);
	}

	/** Show a state in the form (on arrival and on back/forward, not while the reader types). */
	#fill(state: SearchState) {
		this.#input.value = state.q;
		this.#sort.value = state.sort;
		for (const key of FILTER_KEYS) this.#filters.get(key)!.value = state.filters[key] ?? '';
	}

	#go(mode: 'push' | 'replace') {
		const state = readState(`?${new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>).toString()}`);
		this.#limit = PAGE_SIZE;
		const next = `${location.pathname}${writeState(state)}`;
		if (next !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', next);
		void this.#run(state);
	}

	/** Counts for each menu: the search with the other menus' choices applied, not its own. */
	async #menuCounts(windows: FrameWindow[], state: SearchState, counts: FilterCounts, entity: EntityTerm | null): Promise<FilterCounts> {
		const result: FilterCounts = { ...counts };
		for (const key of FILTER_KEYS) {
			if (!state.filters[key]) continue;
			const without: SearchState = { ...state, filters: { ...state.filters, [key]: undefined } };
			const answers = await Promise.all(windows.map((w) => w.archiveSearch(state.q, pagefindOptions(without), 0, entity)));
			result[key] = mergeCounts(answers.map((a) => a.filters))[key] ?? {};
		}
		return result;
	}

	async #run(state: SearchState, focusFrom = -1) {
		const mine = ++this.#generation;
		if (!state.q && !FILTER_KEYS.some((key) => state.filters[key])) {
			this.#list.replaceChildren();
			this.#more.hidden = true;
			this.#status.textContent = '';
			renderSuggestion(this.#suggestionLine, null, '');
			renderEntityOffer(this.#offer, []);
			renderFilterOptions(this.#filters, this.#totals, null, state);
			return;
		}
		this.#status.textContent = 'Searching…';
		try {
			const windows = await this.#frames;
			// A query naming an entity by any of its names, in any language, finds every article tagged with it too.
			const named = entitiesInQuery(state.q, await this.#entities);
			const entity = named[0] ? { term: named[0].term, aliases: named[0].entity.aliases } : null;
			const answers = await Promise.all(windows.map((w) => w.archiveSearch(state.q, pagefindOptions(state), this.#limit, entity)));
			const counts = await this.#menuCounts(windows, state, mergeCounts(answers.map((a) => a.filters)), entity);
			if (mine !== this.#generation) return;
			const total = answers.reduce((sum, a) => sum + a.total, 0);
			// Words no language's index has: the reader is told which, and offered a close word where one exists.
			const nowhere = total === 0 ? missingEverywhere(answers) : [];
			const suggested = await this.#suggestion(state.q, nowhere, windows);
			// Only the results shown are fetched (their fragments are most of a query's bytes).
			const wanted = chooseHits(answers.map((a) => a.ranked), state.sort, this.#limit);
			const lists = await Promise.all(windows.map((w, i) => (wanted[i]!.length > 0 ? w.archiveHits(answers[i]!.token, wanted[i]!) : [])));
			if (mine !== this.#generation) return;
			const hits = mergeHits(lists, state.sort).slice(0, this.#limit);
			renderFilterOptions(this.#filters, this.#totals, counts, state);
			this.#list.replaceChildren(...hits.map(renderHit));
			this.#more.hidden = total <= hits.length;
			const shown = total > hits.length ? ` Showing ${hits.length}.` : '';
			// Offline, an unsaved archive may lack index chunks, and Pagefind then finds less.
			const offline = !navigator.onLine && !this.#offlineSaved ? ' You are offline and the archive is not saved for offline use, so some results may be missing.' : '';
			this.#status.textContent = nowhere.length > 0 ? `${noArticleContains(nowhere)}${offline}` : `${describe(state, total)}${shown}${offline}`;
			renderSuggestion(this.#suggestionLine, suggested, `${location.pathname}${writeState({ ...state, q: suggested ?? '' })}`);
			renderEntityOffer(this.#offer, named.map((n) => n.entity));
			if (focusFrom >= 0) this.#list.querySelectorAll('a')[focusFrom]?.focus();
			// Back from an article: the results are drawn again, then the reader is put where they were.
			const saved = (history.state as { scrollY?: number } | null)?.scrollY;
			if (this.#restoreScroll && saved !== undefined) scrollTo(0, saved);
			this.#restoreScroll = false;
			this.dispatchEvent(new CustomEvent('search-rendered', { bubbles: true, detail: { query: state.q, total } }));
		} catch (error) {
			if (mine !== this.#generation) return;
			this.#status.textContent = navigator.onLine
				? `Search failed: ${(error as Error).message}`
				: 'Search needs parts of its index that are not saved for offline use. Connect, or save the archive for offline below.';
		}
	}
}

customElements.define('archive-search', ArchiveSearch);
