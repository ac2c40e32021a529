/**
 * The ingest's content-hash cache: what each source gave last time, keyed by
 * the SHA-256 of its bytes, of its override and its name. A run reads every
 * source and hashes it (cheap), and parses only those whose key is new; so a
 * run with nothing changed parses nothing, and one changed source is the one
 * parsed. The cache is valid only for the same ingest code, libraries and
 * settings (years, gazetteer): its version is a hash of all of them.
 *
 * It lives in the output folder as `.ingest-cache.ndjson` (one source a line,
 * key then outcome), written atomically after a run; it is not an entry and is
 * not committed. A cache that is missing, stale or unreadable is ignored: the
 * run parses everything. A cache that cannot be written costs only the next
 * run's time.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Settings } from './entry.ts';
import type { Outcome } from './parallel.ts';
import type { EntryOnDisk } from './plan.ts';

export const CACHE_FILE = '.ingest-cache.ndjson';

/** An outcome as the cache keeps it: an entry's body is left out (the entry file holds it). */
export function withoutBody(outcome: object): string {
	if (!('ok' in outcome)) return JSON.stringify(outcome);
	const { body: _body, ...rest } = (outcome as { ok: { body: string } }).ok;
	return JSON.stringify({ ok: rest });
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The code whose change can change an entry: the ingest, the schemas, the helpers they import, and the locked libraries. */
const CODE = ['scripts/ingest', 'src/schema', 'src/lib/slug.ts', 'src/lib/unsafe-text.ts', 'src/lib/gazetteer.ts', 'package-lock.json'];

async function filesUnder(entry: string): Promise<string[]> {
	const full = path.join(ROOT, entry);
	if (!entry.endsWith('.ts') && !entry.endsWith('.json')) {
		const names = await readdir(full, { recursive: true, withFileTypes: true });
		return names.filter((n) => n.isFile() && n.name.endsWith('.ts')).map((n) => path.join(n.parentPath, n.name)).sort();
	}
	return [full];
}

/** The cache's version: the code, the libraries and the settings. */
export async function cacheVersion(settings: Settings): Promise<string> {
	const hash = createHash('sha256');
	for (const entry of CODE) {
		for (const file of await filesUnder(entry)) {
			hash.update(path.relative(ROOT, file));
			hash.update(await readFile(file).catch(() => Buffer.alloc(0)));
		}
	}
	hash.update(JSON.stringify(settings));
	return hash.digest('hex');
}

/** A source's key: its name, its bytes, its override. */
export function cacheKey(file: string, bytes: Uint8Array, override: string | undefined): string {
	return createHash('sha256')
		.update(file)
		.update('\0')
		.update(bytes)
		.update('\0')
		.update(override ?? '\0none')
		.digest('hex');
}

/** A file's size and modification time: unchanged, it is not read again (its recorded hash stands). */
export interface Stamp {
	size: number;
	mtimeMs: number;
}
const sameStamp = (a: Stamp | undefined, b: Stamp | undefined) => a === b || (!!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs);

/**
 * The cache of one output folder. Lines: the version, then `o` (a source's outcome, its
 * entry's body left out), `d` (the digest of the entry file that outcome gives under its
 * own id), `s` (a source's stamp, its override's, and its key), `e` (an entry file's stamp
 * and record). What this run sees is recorded afresh; the file is written when it differs.
 */
export class IngestCache {
	#outcomes = new Map<string, string>();
	#digests = new Map<string, string>();
	#sources = new Map<string, { stamp: Stamp; override: Stamp | null; key: string }>();
	#entries = new Map<string, { stamp: Stamp; record: EntryOnDisk }>();
	#next = { outcomes: new Map<string, string>(), digests: new Map<string, string>(), sources: new Map<string, string>(), entries: new Map<string, string>() };
	#changed = false;

	readonly version: string;
	private constructor(version: string) {
		this.version = version;
	}

	/** The cache of this version in `out`; empty when there is none, it is another version's, or it is damaged. */
	static async open(out: string, version: string): Promise<IngestCache> {
		const cache = new IngestCache(version);
		try {
			const lines = createInterface({ input: createReadStream(path.join(out, CACHE_FILE), 'utf8'), crlfDelay: Infinity });
			let first = true;
			for await (const line of lines) {
				if (first) {
					first = false;
					if (line !== version) return cache;
					continue;
				}
				const [kind, a, b, c, d, e] = line.split('\t');
				if (kind === 'o') cache.#outcomes.set(a!, b!);
				else if (kind === 'd') cache.#digests.set(a!, b!);
				else if (kind === 's') cache.#sources.set(JSON.parse(a!) as string, { stamp: { size: Number(b), mtimeMs: Number(c) }, override: d ? JSON.parse(d) as Stamp : null, key: e! });
				else if (kind === 'e') cache.#entries.set(a!, { stamp: { size: Number(b), mtimeMs: Number(c) }, record: JSON.parse(d!) as EntryOnDisk });
			}
		} catch {
			return new IngestCache(version);
		}
		return cache;
	}

	/** The key a source had, if neither it nor its override changed since (same size and time). */
	keyOf(file: string, stamp: Stamp, override: Stamp | null): string | undefined {
		const known = this.#sources.get(file);
		return known && sameStamp(known.stamp, stamp) && sameStamp(known.override ?? undefined, override ?? undefined) ? known.key : undefined;
	}

	/** Whether the cache knows what the source of this key gives. */
	has(key: string): boolean {
		const text = this.#outcomes.get(key);
		return text !== undefined && (!text.startsWith('{"ok"') || this.#digests.has(key));
	}

	/**
	 * What the source of this key gave, but for its entry's body (the entry file on disk has it; a run
	 * that must write the file again parses the source again); undefined when unknown.
	 */
	outcome(key: string): Outcome | undefined {
		return this.has(key) ? (JSON.parse(this.#outcomes.get(key)!) as Outcome) : undefined;
	}

	/** The digest of the entry file this key's outcome gives under `id`, when that was its own id. */
	digest(key: string, id: string, ownId: string): string | undefined {
		return id === ownId ? this.#digests.get(key) : undefined;
	}

	/** An entry file's record, if it did not change since (same size and time). */
	entry(name: string, stamp: Stamp): EntryOnDisk | undefined {
		const known = this.#entries.get(name);
		return known && sameStamp(known.stamp, stamp) ? known.record : undefined;
	}

	recordSource(file: string, stamp: Stamp, override: Stamp | null, key: string) {
		this.#note(this.#next.sources, JSON.stringify(file), `${stamp.size}\t${stamp.mtimeMs}\t${override ? JSON.stringify(override) : ''}\t${key}`, this.#sources.has(file) && this.keyOf(file, stamp, override) === key);
	}

	/** An outcome as JSON text, an entry's body left out (see `withoutBody`). */
	recordOutcome(key: string, text: string) {
		this.#note(this.#next.outcomes, key, text, this.#outcomes.get(key) === text);
	}

	/** The digest of the entry file an outcome gives under its own id. */
	recordDigest(key: string, digest: string) {
		this.#note(this.#next.digests, key, digest, this.#digests.get(key) === digest);
	}

	/** This source's outcome and entry file, unchanged, into the next cache. */
	keep(key: string) {
		this.#next.outcomes.set(key, this.#outcomes.get(key)!);
		const digest = this.#digests.get(key);
		if (digest !== undefined) this.#next.digests.set(key, digest);
	}

	recordEntry(name: string, stamp: Stamp, record: EntryOnDisk) {
		this.#note(this.#next.entries, name, `${stamp.size}\t${stamp.mtimeMs}\t${JSON.stringify(record)}`, sameStamp(this.#entries.get(name)?.stamp, stamp));
	}

	#note(map: Map<string, string>, key: string, value: string, unchanged: boolean) {
		map.set(key, value);
		if (!unchanged) this.#changed = true;
	}

	/** Whether this run saw anything the cache does not hold, or the cache holds what this run did not see. */
	get changed(): boolean {
		const next = this.#next;
		return this.#changed || next.sources.size !== this.#sources.size || next.entries.size !== this.#entries.size || next.outcomes.size !== this.#outcomes.size || next.digests.size !== this.#digests.size;
	}

	/** Writes what this run recorded (temp file, then rename); a failure is only reported. */
	async write(out: string): Promise<string | null> {
		const target = path.join(out, CACHE_FILE);
		const temp = path.join(out, `.ingest-${process.pid}-${CACHE_FILE}.tmp`);
		try {
			// In chunks: at 100,000 sources the whole cache is larger than one string may be.
			const handle = await open(temp, 'w');
			try {
				let chunk = `${this.version}\n`;
				const flush = async (force = false) => {
					if (!force && chunk.length < 4 * 1024 * 1024) return;
					await handle.write(chunk);
					chunk = '';
				};
				for (const [kind, map] of [['o', this.#next.outcomes], ['d', this.#next.digests], ['s', this.#next.sources], ['e', this.#next.entries]] as const) {
					for (const [key, value] of map) {
						chunk += `${kind}\t${key}\t${value}\n`;
						await flush();
					}
				}
				await flush(true);
			} finally {
				await handle.close();
			}
			await rename(temp, target);
			return null;
		} catch (error) {
			await rm(temp, { force: true }).catch(() => {});
			return `the ingest cache could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run parses every source again`;
		}
	}
}
