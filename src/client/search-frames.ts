/**
 * The search page's side of the frame protocol: one hidden frame per language
 * (public/search-frame.js) posts "search-frame-ready" once its Pagefind index
 * is loaded ("search-frame-failed" when it cannot be); then its window answers `archiveSearch`, `archiveHits`, `archiveHas` and `archiveFilters`.
 */
import type { EntityTerm, FilterCounts, FrameAnswer, Hit } from '../lib/search.ts';

export interface FrameWindow extends Window {
	archiveSearch: (query: string, options: Record<string, unknown>, limit: number, entity?: EntityTerm | null) => Promise<FrameAnswer>;
	/** The hits of results a search found (`token` from its answer), in the order asked. */
	archiveHits: (token: number, ids: string[]) => Promise<Hit[]>;
	archiveFilters: () => Promise<FilterCounts>;
	/** Whether the index holds the word, exactly or by its stem (not by a word it begins with). */
	archiveHas: (word: string) => Promise<boolean>;
}

/** Resolves, once every frame under `root` is ready, to their windows; rejects when one could not load its index. */
export function framesReady(root: ParentNode): Promise<FrameWindow[]> {
	const frames = [...root.querySelectorAll<HTMLIFrameElement>('iframe[data-language]')];
	return new Promise((resolve, reject) => {
		const pending = new Set(frames.map((frame) => frame.dataset.language));
		const check = () => {
			for (const frame of frames) if ((frame.contentWindow as FrameWindow | null)?.archiveSearch) pending.delete(frame.dataset.language);
			if (pending.size > 0) return;
			removeEventListener('message', onMessage);
			resolve(frames.map((frame) => frame.contentWindow as FrameWindow));
		};
		const onMessage = (event: MessageEvent) => {
			if (event.origin !== location.origin) return;
			if (event.data?.type === 'search-frame-ready') check();
			if (event.data?.type === 'search-frame-failed') {
				removeEventListener('message', onMessage);
				reject(new Error(`the ${String(event.data.language)} index could not load (${String(event.data.message)})`));
			}
		};
		addEventListener('message', onMessage);
		check();
	});
}
