/**
 * What a run does to the output folder, decided without touching it: which id
 * each source gets, which entry files to write and which to delete. Pure, so
 * that every rule is tested in-process on whole plans; `execute.ts` carries a
 * plan out.
 *
 * Id rules (permalinks never change and are never reused):
 * - A source that has an entry keeps that entry's id for as long as the source
 *   exists, whatever is added, removed or renamed around it, and even while it
 *   is rejected (its last good entry stays).
 * - A source renamed with the same bytes (same SHA-256) takes over the id of
 *   the entry whose source is gone.
 * - An id whose source is gone is retired: it is never given to another source
 *   (the ledger `retired-ids.yaml` in the output folder remembers it); the same
 *   source coming back gets it back.
 * - A newcomer gets its title's id, or the next free suffix (-2, -3, ...): only
 *   the newcomer is renumbered, never an existing entry.
 * - An editor's override may pin an id no other source holds; pinning a held
 *   id rejects the pinning source with the holder's name.
 */
import { withSuffix } from '../../src/lib/slug.ts';

/** An entry file in the output folder, as the plan needs it. */
export interface EntryOnDisk {
	/** The id: the file name without `.md`. */
	id: string;
	/** The source it was generated from; null when the ingest did not write the file. */
	from: string | null;
	sha256: string | null;
	/** A digest of the file's content, to tell unchanged entries. */
	digest: string;
}

export interface Candidate {
	file: string;
	sha256: string;
	/** The id the title and date give, or the editor's pinned id. */
	id: string;
	pinned: boolean;
}

export interface IdInput {
	/** Every source present, accepted or rejected, in file-name order. */
	present: readonly string[];
	/** The sources parsed this run, in file-name order. */
	candidates: readonly Candidate[];
	onDisk: readonly EntryOnDisk[];
	/** Retired ids and the source each belonged to. */
	retired: ReadonlyMap<string, string>;
}

export interface IdPlan {
	/** The id of each accepted source. */
	ids: Map<string, string>;
	/** Sources refused an id, with the reason (a pinned id another source holds). */
	refused: Map<string, string>;
	/** The ledger after this run: retired ids and their sources, sorted by id. */
	retired: Map<string, string>;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function assignIds({ present, candidates, onDisk, retired: retiredBefore }: IdInput): IdPlan {
	const presentSet = new Set(present);
	const retired = new Map(retiredBefore);
	/** id -> the source that holds it (an entry on disk of a present source, or a file the ingest did not write). */
	const holder = new Map<string, string | null>();
	/** A present source's ids on disk, first by id. */
	const heldBy = new Map<string, string[]>();
	/** Entries whose source is gone, by SHA-256: a renamed source takes its id over. */
	const orphans = new Map<string, string[]>();
	for (const entry of [...onDisk].sort((a, b) => byCodePoint(a.id, b.id))) {
		if (entry.from === null) {
			holder.set(entry.id, null);
		} else if (presentSet.has(entry.from)) {
			holder.set(entry.id, entry.from);
			heldBy.set(entry.from, [...(heldBy.get(entry.from) ?? []), entry.id]);
		} else if (entry.sha256) {
			orphans.set(entry.sha256, [...(orphans.get(entry.sha256) ?? []), entry.id]);
			retired.set(entry.id, entry.from);
		} else {
			retired.set(entry.id, entry.from);
		}
	}

	const ids = new Map<string, string>();
	const refused = new Map<string, string>();
	const assigned = new Map<string, string>();
	/** Free for this source: no other source holds it, was given it this run, or had it before. */
	const freeFor = (id: string, file: string) => {
		const held = holder.get(id);
		const given = assigned.get(id);
		const was = retired.get(id);
		return (held === undefined || held === file) && (given === undefined || given === file) && (was === undefined || was === file);
	};
	const give = (file: string, id: string) => {
		ids.set(file, id);
		assigned.set(id, file);
		if (retired.get(id) === file) retired.delete(id);
	};

	// 1. Pinned ids: the editor's choice, if no other source holds the id (an id retired by another source may be pinned: the editor decides).
	for (const candidate of candidates.filter((c) => c.pinned)) {
		const held = holder.get(candidate.id);
		const given = assigned.get(candidate.id);
		if (held !== undefined && held !== candidate.file) {
			refused.set(candidate.file, held === null ? `the pinned id "${candidate.id}" is taken by a file the ingest did not write` : `the pinned id "${candidate.id}" is already the id of ${held}; pin another id`);
		} else if (given !== undefined) {
			refused.set(candidate.file, `the pinned id "${candidate.id}" is pinned by ${given} too; pin another id`);
		} else {
			retired.delete(candidate.id);
			give(candidate.file, candidate.id);
		}
	}
	// 2. Sources that have an entry keep its id.
	const unpinned = candidates.filter((c) => !c.pinned);
	for (const candidate of unpinned) {
		const own = heldBy.get(candidate.file)?.[0];
		if (own !== undefined) give(candidate.file, own);
	}
	// 3. Renamed sources (same bytes, old name gone) take their entry's id over.
	for (const candidate of unpinned) {
		if (ids.has(candidate.file)) continue;
		const orphan = orphans.get(candidate.sha256)?.find((id) => !assigned.has(id));
		if (orphan === undefined) continue;
		retired.delete(orphan);
		give(candidate.file, orphan);
	}
	// 4. Newcomers, in file-name order: their own id, else the next free suffix.
	for (const candidate of unpinned) {
		if (ids.has(candidate.file)) continue;
		let id = candidate.id;
		for (let n = 2; !freeFor(id, candidate.file); n++) id = withSuffix(candidate.id, n);
		give(candidate.file, id);
	}
	// A source whose entry moved to a pinned id retires its old one.
	for (const [file, held] of heldBy) {
		for (const id of held) if (ids.has(file) && ids.get(file) !== id && assigned.get(id) !== file) retired.set(id, file);
	}
	return { ids, refused, retired: new Map([...retired].sort(([a], [b]) => byCodePoint(a, b))) };
}

export interface FilePlan<Content = string> {
	/** Entry files to write, by name, with their content. */
	write: [string, Content][];
	/** Entry files to delete, by name. */
	delete: string[];
	unchanged: number;
	problems: string[];
}

/**
 * The output folder's changes: every desired entry whose content differs is
 * written; an entry of the ingest's whose source is gone, or whose source now
 * has another id, is deleted; the entries of rejected sources stay.
 */
export function planFiles<Content = string>(
	desired: ReadonlyMap<string, { content: Content; digest: string }>,
	onDisk: readonly EntryOnDisk[],
	keepFrom: ReadonlySet<string>,
): FilePlan<Content> {
	const byName = new Map(onDisk.map((e) => [`${e.id}.md`, e]));
	const plan: FilePlan<Content> = { write: [], delete: [], unchanged: 0, problems: [] };
	for (const [name, { content, digest }] of [...desired].sort(([a], [b]) => byCodePoint(a, b))) {
		const current = byName.get(name);
		if (current?.digest === digest) plan.unchanged++;
		else if (current && current.from === null) plan.problems.push(`${name}: a file the ingest did not write is in the way; it is left alone`);
		else plan.write.push([name, content]);
	}
	for (const entry of [...onDisk].sort((a, b) => byCodePoint(a.id, b.id))) {
		const name = `${entry.id}.md`;
		if (desired.has(name) || entry.from === null || keepFrom.has(entry.from)) continue;
		plan.delete.push(name);
	}
	return plan;
}
