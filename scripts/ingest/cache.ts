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

export const CACHE_FILE = '.ingest-cache.ndjson';

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

/** Outcomes by key, as JSON text (parsed when used), from the cache of this version; empty when there is none. */
export async function readCache(out: string, version: string): Promise<Map<string, string>> {
	const cached = new Map<string, string>();
	try {
		const lines = createInterface({ input: createReadStream(path.join(out, CACHE_FILE), 'utf8'), crlfDelay: Infinity });
		let first = true;
		for await (const line of lines) {
			if (first) {
				first = false;
				if (line !== version) return cached;
				continue;
			}
			const tab = line.indexOf('\t');
			if (tab > 0) cached.set(line.slice(0, tab), line.slice(tab + 1));
		}
	} catch {
		cached.clear();
	}
	return cached;
}

/** Writes the cache (temp file, then rename); a failure is only reported. */
export async function writeCache(out: string, version: string, outcomes: Map<string, string>): Promise<string | null> {
	const target = path.join(out, CACHE_FILE);
	const temp = path.join(out, `.ingest-${process.pid}-${CACHE_FILE}.tmp`);
	try {
		// In chunks: at 100,000 sources the whole cache is larger than one string may be.
		const handle = await open(temp, 'w');
		try {
			let chunk = `${version}\n`;
			for (const [key, outcome] of outcomes) {
				chunk += `${key}\t${outcome}\n`;
				if (chunk.length > 4 * 1024 * 1024) {
					await handle.write(chunk);
					chunk = '';
				}
			}
			await handle.write(chunk);
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
