/**
 * "Save the archive for offline": shows the archive's size, then puts every
 * file of this build (pages, raw sources, the whole search index) into the
 * service worker's cache for this build, with a progress bar.
 */
import { OFFLINE_INDEX, type OfflineIndex, type OfflineList } from '../lib/offline.ts';
import { withBase } from '../lib/paths.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Resolves to whether the whole archive is saved for offline reading. */
export async function setUpOfflineSave(root: ParentNode): Promise<boolean> {
	const button = root.querySelector<HTMLButtonElement>('#offline-save');
	const progress = root.querySelector<HTMLProgressElement>('#offline-progress');
	const status = root.querySelector<HTMLElement>('#offline-status');
	if (!button || !progress || !status || !('serviceWorker' in navigator) || !('caches' in window)) return false;
	const base = document.documentElement.dataset.base ?? '/';
	// The small index only (a few hundred bytes): the lists of files come when the reader saves.
	let manifest: OfflineIndex;
	try {
		const response = await fetch(withBase(base, OFFLINE_INDEX), { cache: 'no-cache' });
		if (!response.ok) return false;
		manifest = (await response.json()) as OfflineIndex;
	} catch {
		return false;
	}
	const cache = await caches.open(manifest.cache);
	if (await cache.match(manifest.marker)) {
		status.textContent = `The whole archive is saved for offline reading (${manifest.files} files, ${megabytes(manifest.bytes)}).`;
		return true;
	}
	button.textContent = `Save the archive for offline (${manifest.files} files, ${megabytes(manifest.bytes)})`;
	button.hidden = false;
	button.addEventListener('click', async () => {
		button.disabled = true;
		progress.hidden = false;
		progress.max = manifest.bytes;
		let done = 0;
		let failed = 0;
		const queue: OfflineList['files'] = [];
		try {
			for (const list of manifest.lists) for (const file of ((await (await fetch(list, { cache: 'no-cache' })).json()) as OfflineList).files) queue.push(file);
		} catch {
			status.textContent = 'The list of files to save could not be fetched; try again when the connection is better.';
			button.disabled = false;
			return;
		}
		const worker = async () => {
			for (let file = queue.shift(); file; file = queue.shift()) {
				try {
					// Straight from the network, never the browser's HTTP cache of an older build.
					const response = await fetch(file.url, { cache: 'reload' });
					if (!response.ok) throw new Error(String(response.status));
					await cache.put(file.url, response);
				} catch {
					failed++;
				}
				done += file.bytes;
				progress.value = done;
				status.textContent = `Saving… ${megabytes(done)} of ${megabytes(manifest.bytes)}`;
			}
		};
		await Promise.all(Array.from({ length: 6 }, worker));
		if (failed > 0) {
			status.textContent = `${failed} files could not be saved; try again when the connection is better.`;
			button.disabled = false;
			return;
		}
		await cache.put(manifest.marker, new Response('saved'));
		progress.hidden = true;
		button.hidden = true;
		status.textContent = `Saved: every article, raw source and the whole search index now work offline (${megabytes(manifest.bytes)}).`;
		document.dispatchEvent(new CustomEvent('offline-saved'));
	});
	return false;
}
