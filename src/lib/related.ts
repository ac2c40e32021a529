/**
 * Related coverage and stories, from the entities articles share. Pure: the
 * build hands in each article's date and entity ids, in timeline order.
 *
 * An entity's weight is its rarity, ln(1 + N / df): a name in two articles of
 * a thousand says more than "Russia". Two articles' affinity is the weight of
 * the entities they share, divided by 1 + (days apart) / 7. Candidates come
 * from each entity's articles nearest in date (at most NEAREST on each side),
 * so the work grows with the archive, not with its square.
 */

export interface Tagged {
	id: string;
	/** YYYY-MM-DD */
	date: string;
	entities: readonly string[];
}

/** Articles taken from each side of an article in each of its entities' date-ordered lists. */
const NEAREST = 25;
/** Related coverage shares at least this many entities. */
const MIN_SHARED = 2;
/** A story: articles at most this many days after the story's first, linked to it by... */
export const STORY_DAYS = 3;
/** ...at least this many shared entities, covering at least this share of the smaller article's weight. */
const STORY_SHARED = 3;
const STORY_SHARE = 0.5;
/** A story holds at most one page of articles. */
const STORY_MAX = 100;

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

interface Prepared {
	days: Float64Array;
	/** Entity ids as numbers, per article. */
	entityIds: number[][];
	/** Per entity: the articles that name it, in timeline order. */
	postings: number[][];
	weights: Float64Array;
}

function prepare(articles: readonly Tagged[]): Prepared {
	const numbers = new Map<string, number>();
	const postings: number[][] = [];
	const entityIds = articles.map((article, index) =>
		[...new Set(article.entities)].map((entity) => {
			let n = numbers.get(entity);
			if (n === undefined) {
				n = postings.length;
				numbers.set(entity, n);
				postings.push([]);
			}
			postings[n]!.push(index);
			return n;
		}),
	);
	const weights = Float64Array.from(postings, (list) => Math.log(1 + articles.length / list.length));
	return { days: Float64Array.from(articles, (a) => dayNumber(a.date)), entityIds, postings, weights };
}

/** For one article: every candidate's shared weight and count, from the entities' nearest articles. */
function candidates(p: Prepared, index: number, shared: Float64Array, counts: Uint16Array): number[] {
	const touched: number[] = [];
	for (const entity of p.entityIds[index]!) {
		const list = p.postings[entity]!;
		// Its own place in the list (the lists are in timeline order, as the articles).
		let low = 0;
		let high = list.length - 1;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (list[mid]! < index) low = mid + 1;
			else high = mid;
		}
		for (let k = Math.max(0, low - NEAREST); k <= Math.min(list.length - 1, low + NEAREST); k++) {
			const other = list[k]!;
			if (other === index) continue;
			if (counts[other] === 0) touched.push(other);
			shared[other]! += p.weights[entity]!;
			counts[other]!++;
		}
	}
	return touched;
}

/** For each article (by index), up to `limit` related articles (indices), best first. */
export function relatedCoverage(articles: readonly Tagged[], limit = 5): number[][] {
	const p = prepare(articles);
	const shared = new Float64Array(articles.length);
	const counts = new Uint16Array(articles.length);
	return articles.map((_, index) => {
		const touched = candidates(p, index, shared, counts);
		const scored = touched
			.filter((other) => counts[other]! >= MIN_SHARED)
			.map((other) => ({ other, gap: Math.abs(p.days[other]! - p.days[index]!), score: shared[other]! / (1 + Math.abs(p.days[other]! - p.days[index]!) / 7) }));
		for (const other of touched) {
			shared[other] = 0;
			counts[other] = 0;
		}
		return scored
			.sort((a, b) => b.score - a.score || a.gap - b.gap || a.other - b.other)
			.slice(0, limit)
			.map((s) => s.other);
	});
}

/**
 * Stories: in timeline order, an article joins the story of the earlier article
 * it is most strongly linked to (within STORY_DAYS of that story's first article,
 * sharing STORY_SHARED entities that make up STORY_SHARE of the smaller one's
 * weight), else starts its own. Returns each article's story number; a story of
 * one article is no story (-1).
 */
export function storiesOf(articles: readonly Tagged[]): Int32Array {
	const p = prepare(articles);
	const shared = new Float64Array(articles.length);
	const counts = new Uint16Array(articles.length);
	const own = Float64Array.from(p.entityIds, (ids) => ids.reduce((sum, id) => sum + p.weights[id]!, 0));
	const story = new Int32Array(articles.length);
	const first: number[] = [];
	const size: number[] = [];
	articles.forEach((_, index) => {
		const touched = candidates(p, index, shared, counts);
		let best = -1;
		let bestScore = 0;
		for (const other of touched) {
			if (other > index || counts[other]! < STORY_SHARED) continue;
			const s = story[other]!;
			if (p.days[index]! - p.days[first[s]!]! > STORY_DAYS || size[s]! >= STORY_MAX) continue;
			const share = shared[other]! / Math.min(own[index]!, own[other]!);
			if (share >= STORY_SHARE && shared[other]! > bestScore) {
				best = s;
				bestScore = shared[other]!;
			}
		}
		for (const other of touched) {
			shared[other] = 0;
			counts[other] = 0;
		}
		if (best >= 0) {
			story[index] = best;
			size[best]!++;
		} else {
			story[index] = first.length;
			first.push(index);
			size.push(1);
		}
	});
	return story.map((s) => (size[s]! > 1 ? s : -1));
}
