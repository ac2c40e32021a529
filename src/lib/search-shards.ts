/**
 * The search index in shards: Pagefind's indexer holds a whole run in memory
 * (16-17 GB for 100,000 pages), so the article pages are indexed in runs of
 * consecutive months, each in its own process, one after the other, and each run
 * writes a complete Pagefind bundle under `pagefind/<shard>/`. The search
 * frames read `pagefind/shards.json` and merge their language's shards in the
 * browser (`mergeIndex`). Plain types and functions: the integration, the search
 * frame (through JSDoc) and the service worker's shell share them.
 */

/** Where the list of shards is published, under the base. */
export const SHARDS_ROUTE = 'pagefind/shards.json';

/** Where the highlighter that article pages load is published (one copy for all shards). */
export const HIGHLIGHT_ROUTE = 'pagefind/pagefind-highlight.js';

/**
 * Article pages per shard for an archive of `pages` article pages, unless `SEARCH_SHARD_PAGES` says
 * otherwise: a fifth of the archive, within 5,000 and 20,000 (README, Search). Small shards keep the
 * indexer's memory small (about 190 KB a page: 1 GB at 5,000); few shards keep a search small (each shard
 * searched costs its metadata and an index chunk per word): at 100,000 pages, five shards of 20,000
 * (3.8 GB each, beside Astro's 5-6 GB), not twenty of 5,000. It depends on the archive alone, never on
 * the machine, so the same sources build the same index anywhere.
 */
export const defaultShardPages = (pages: number) => Math.min(20_000, Math.max(5_000, Math.ceil(pages / 5)));

export interface SearchShard {
	/** Its directory under `pagefind/`: the first and last month it holds ("2011-09_2013-04"). */
	name: string;
	/** Article pages in it. */
	pages: number;
	/** Article pages in it by language (Pagefind's `<html lang>`): a frame merges only shards holding its language. */
	languages: Record<string, number>;
}

export interface SearchShards {
	shards: SearchShard[];
}

/** A shard to index: its name and its article ids. */
export interface ShardPlan {
	name: string;
	ids: string[];
}

/**
 * Article ids (which begin with the date, `YYYY-MM-DD-`) in runs of whole months,
 * oldest first, each of at most `limit` pages and about the same size; a month
 * larger than `limit` is a shard of its own. The same ids always make the same shards.
 */
export function planShards(ids: readonly string[], limit: number): ShardPlan[] {
	if (!Number.isInteger(limit) || limit < 1) throw new Error(`A shard must hold at least one page (asked for ${limit})`);
	const months = new Map<string, string[]>();
	for (const id of [...ids].sort()) {
		const month = /^(\d{4}-\d{2})-/.exec(id)?.[1];
		if (!month) throw new Error(`Article id "${id}" does not begin with its date (YYYY-MM-DD-)`);
		let list = months.get(month);
		if (!list) months.set(month, (list = []));
		list.push(id);
	}
	// As few shards as `limit` allows, of about the same size: each month goes to the shard its middle page
	// falls in when the pages are cut into equal runs (10,000 pages at 5,000 make two of about 5,000, not two
	// full ones and a third of 30). Months are never split, so a run may overflow: then one shard more, until
	// every shard fits or is one month.
	const list = [...months];
	for (let count = Math.ceil(ids.length / limit); ; count++) {
		const plans: { shard: number; first: string; last: string; ids: string[] }[] = [];
		let before = 0;
		for (const [month, monthIds] of list) {
			const shard = Math.min(count - 1, Math.floor(((before + monthIds.length / 2) * count) / ids.length));
			before += monthIds.length;
			const open = plans.at(-1);
			if (open && open.shard === shard) {
				open.ids.push(...monthIds);
				open.last = month;
			} else plans.push({ shard, first: month, last: month, ids: [...monthIds] });
		}
		// Ends at the latest when there are as many shards as pages: then no two months share one.
		if (plans.every((plan) => plan.ids.length <= limit || plan.first === plan.last)) return named(plans);
	}
}

function named(plans: { first: string; last: string; ids: string[] }[]): ShardPlan[] {
	return plans.map(({ first, last, ids: shardIds }) => ({ name: first === last ? first : `${first}_${last}`, ids: shardIds }));
}

/** The shards holding a language, in order: the first is the one a frame loads Pagefind from. */
export const shardsFor = (index: SearchShards, language: string) => index.shards.filter((shard) => (shard.languages[language] ?? 0) > 0);
