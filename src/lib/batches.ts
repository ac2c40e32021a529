/**
 * Work over many files a batch at a time (build-time only): one file at a time
 * is slow (60,000 reads took 20 s), all at once opens too many files.
 */
import { pagesOf } from './archive.ts';

/** `each` over `items`, `size` at a time, in order; the results in the items' order. */
export async function inBatches<T, R>(items: readonly T[], size: number, each: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = [];
	for (const batch of pagesOf(items, size)) results.push(...(await Promise.all(batch.map(each))));
	return results;
}
