/**
 * "Save for offline": the reader chooses everything, a year or an agency, each
 * with its size, and the files of that choice (with the search index, which
 * every choice keeps) are put into the service worker's cache for this build,
 * with a progress bar. What is saved is told on every visit.
 */
import { OFFLINE_INDEX, partMarker, partsOf, type OfflineIndex, type OfflineList } from '../lib/offline.ts';
import { withBase } from '../lib/paths.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const articles = (n: number) => `${n} article${n === 1 ? '' : 's'}`;

/** What a choice saves, in full. */
const saves = (label: string, n: number, files: number, bytes: number) =>
	`${label}: ${articles(n)} with ${n === 1 ? 'its raw source' : 'their raw sources'} and the whole search index, ${files} files, ${megabytes(bytes)}.`;

/** What a choice costs: its parts' files and bytes, and its articles. */
function cost(index: OfflineIndex, key: string) {
	const parts = partsOf(index, key);
	return { files: parts.reduce((sum, p) => sum + p.files, 0), bytes: parts.reduce((sum, p) => sum + p.bytes, 0), articles: parts.reduce((sum, p) => sum + p.articles, 0) };
}

/**
 * The choices: everything, then each year, then each agency. A choice's menu text is short (its articles and
 * size), so that a phone's menu shows it whole; what it saves is said in full under the menu (`cost`).
 */
function choices(index: OfflineIndex): { key: string; text: string; cost: string }[] {
	const whole = cost(index, 'everything');
	const everything = { key: 'everything', text: `Everything: ${articles(whole.articles)}, ${megabytes(index.bytes)}`, cost: saves('Everything', whole.articles, index.files, index.bytes) };
	const of = (prefix: string) => (part: OfflineIndex['years'][number]) => {
		const { bytes, files } = cost(index, part.key);
		return { key: part.key, text: `${prefix} ${part.label}: ${articles(part.articles)}, ${megabytes(bytes)}`, cost: saves(`${prefix} ${part.label}`, part.articles, files, bytes) };
	};
	return [everything, ...index.years.map(of('Year')), ...index.agencies.map(of('Agency'))];
}

/** Resolves to whether the search index is saved for offline reading (every choice saves it). */
export async function setUpOfflineSave(root: ParentNode): Promise<boolean> {
	const form = root.querySelector<HTMLFormElement>('#offline-form');
	const menu = root.querySelector<HTMLSelectElement>('#offline-part');
	const progress = root.querySelector<HTMLProgressElement>('#offline-progress');
	const status = root.querySelector<HTMLElement>('#offline-status');
	const said = root.querySelector<HTMLElement>('#offline-cost');
	if (!form || !menu || !progress || !status || !said || !('serviceWorker' in navigator) || !('caches' in window)) return false;
	const base = document.documentElement.dataset.base ?? '/';
	// The small index only (a few kilobytes): a part's lists of files come when the reader saves it.
	let index: OfflineIndex;
	try {
		const response = await fetch(withBase(base, OFFLINE_INDEX), { cache: 'no-cache' });
		if (!response.ok) return false;
		index = (await response.json()) as OfflineIndex;
	} catch {
		return false;
	}
	const cache = await caches.open(index.cache);
	const options = choices(index);
	const saved = async () => (await Promise.all(options.map(async (o) => ((await cache.match(partMarker(index.marker, o.key))) ? o.key : null)))).filter((key): key is string => key !== null);
	const labels = (keys: string[]) => keys.map((key) => [...index.years, ...index.agencies].find((p) => p.key === key)?.label ?? key).join(', ');

	const already = await saved();
	if (already.includes('everything')) {
		status.textContent = `The whole archive is saved for offline reading (${index.files} files, ${megabytes(index.bytes)}).`;
		return true;
	}
	if (already.length > 0) status.textContent = `Saved for offline reading: ${labels(already)}, with the whole search index. Save more:`;
	menu.replaceChildren(...options.map((o) => new Option(o.text, o.key)));
	const tell = () => (said.textContent = options.find((o) => o.key === menu.value)?.cost ?? '');
	tell();
	menu.addEventListener('change', tell);
	form.hidden = false;
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const key = menu.value;
		const button = form.querySelector('button')!;
		button.disabled = menu.disabled = true;
		const { bytes } = cost(index, key);
		progress.hidden = false;
		progress.max = bytes;
		let done = 0;
		let failed = 0;
		const queue: OfflineList['files'] = [];
		try {
			for (const part of partsOf(index, key)) for (const list of part.lists) for (const file of ((await (await fetch(list, { cache: 'no-cache' })).json()) as OfflineList).files) queue.push(file);
		} catch {
			status.textContent = 'The list of files to save could not be fetched; try again when the connection is better.';
			button.disabled = menu.disabled = false;
			return;
		}
		const worker = async () => {
			for (let file = queue.shift(); file; file = queue.shift()) {
				try {
					// Saved before (another part, a visit): kept. Else straight from the network, never the browser's HTTP cache of an older build.
					if (!(await cache.match(file.url))) {
						const response = await fetch(file.url, { cache: 'reload' });
						if (!response.ok) throw new Error(String(response.status));
						await cache.put(file.url, response);
					}
				} catch {
					failed++;
				}
				done += file.bytes;
				progress.value = done;
				status.textContent = `Saving… ${megabytes(done)} of ${megabytes(bytes)}`;
			}
		};
		await Promise.all(Array.from({ length: 6 }, worker));
		progress.hidden = true;
		button.disabled = menu.disabled = false;
		if (failed > 0) {
			status.textContent = `${failed} files could not be saved; try again when the connection is better.`;
			return;
		}
		await cache.put(partMarker(index.marker, key), new Response('saved'));
		if (key === 'everything') {
			form.hidden = true;
			status.textContent = `Saved: every article, raw source and the whole search index now work offline (${megabytes(index.bytes)}).`;
		} else {
			status.textContent = `Saved: ${labels([key])} (${megabytes(bytes)}) and the whole search index now work offline. Save more:`;
		}
		document.dispatchEvent(new CustomEvent('offline-saved'));
	});
	return already.length > 0;
}
