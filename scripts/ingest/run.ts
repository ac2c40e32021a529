/**
 * The ingest over folders: read every source, give each entry a unique id,
 * and bring the output folder to exactly the entries the sources give, with
 * atomic writes. Files the ingest did not write are never touched.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../src/schema/article.ts';
import { overrideNameFor, type Ingested, type SourceInput } from './entry.ts';
import { SourceError } from './errors.ts';
import { createParser } from './parallel.ts';
import { generatedFrom, serializeEntry } from './serialize.ts';
import { listFiles } from '../../src/lib/list-files.ts';
import { withSuffix } from '../../src/lib/slug.ts';
import type { Removed } from './model.ts';

export interface RunOptions {
	sources: string;
	out: string;
	check: boolean;
}

export interface SourceReport {
	file: string;
	id: string | null;
	status: 'ingested' | 'rejected';
	encoding: string | null;
	fields: Omit<Article, 'id'> | null;
	removed: Removed[];
	warnings: string[];
	errors: string[];
}

export interface RunResult {
	reports: SourceReport[];
	/** Entry files written (or, with check, that would be). */
	written: string[];
	/** Entry files deleted because their source is gone (or, with check, that would be). */
	deleted: string[];
	unchanged: number;
	/** Problems that are not one source's: orphan overrides, foreign files in the way. */
	problems: string[];
}

const OVERRIDE_SUFFIX = /\.meta\.ya?ml$/;
const TEMP_PREFIX = '.ingest-';
/** Files read or written at once. */
const IO_BATCH = 64;
/** Sources read and parsed at once: enough to keep every worker busy. */
const PARSE_BATCH = 256;
/** Batches read or being parsed at once: the workers never wait for the reading or the collecting of results. */
const BATCHES_IN_FLIGHT = 3;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function readIfExists(file: string): Promise<string | null> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

/** Write by temporary file and rename, so a reader never sees half a file. */
async function writeAtomic(file: string, content: string): Promise<void> {
	const temp = path.join(path.dirname(file), `${TEMP_PREFIX}${process.pid}-${path.basename(file)}.tmp`);
	try {
		await writeFile(temp, content);
		await rename(temp, file);
	} catch (error) {
		await rm(temp, { force: true });
		throw error;
	}
}

export async function run(options: RunOptions): Promise<RunResult> {
	// Hidden files and folders (an editor's .DS_Store, a .git) are not sources.
	const files = (await listFiles(options.sources)).filter((file) => !file.split('/').some((part) => part.startsWith('.')));
	const fileSet = new Set(files);
	const problems: string[] = [];
	const reports: SourceReport[] = [];
	const accepted: { report: SourceReport; result: Ingested; pinned: boolean }[] = [];

	const sourceFiles = files.filter((f) => !OVERRIDE_SUFFIX.test(f));
	const expectedOverrides = new Set(sourceFiles.map(overrideNameFor));
	for (const file of files.filter((f) => OVERRIDE_SUFFIX.test(f))) {
		if (!expectedOverrides.has(file.replace(/\.yml$/, '.yaml'))) problems.push(`${file}: override without a source file beside it`);
	}

	/** A source's bytes and override text; an unreadable file is that source's problem alone. */
	const load = async (file: string): Promise<SourceInput | SourceError> => {
		try {
			const overrideFile = [overrideNameFor(file), overrideNameFor(file).replace(/\.yaml$/, '.yml')].find((f) => fileSet.has(f));
			const bytes = await readFile(path.join(options.sources, file));
			const override = overrideFile ? { file: overrideFile, text: await readFile(path.join(options.sources, overrideFile), 'utf8') } : undefined;
			return { file, bytes, ...(override ? { override } : {}) };
		} catch (error) {
			return new SourceError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
		}
	};

	// Batches are read and handed to the parser while earlier ones are still being parsed (on every core for a
	// large run), a few batches in flight at most; results are taken in file order.
	const parser = createParser(sourceFiles.length);
	const parseBatch = async (start: number) => {
		const batch = await Promise.all(sourceFiles.slice(start, start + PARSE_BATCH).map(load));
		const outcomes = await parser.parse(batch.filter((input): input is SourceInput => !(input instanceof SourceError)));
		return { start, batch, outcomes };
	};
	try {
		const inFlight: ReturnType<typeof parseBatch>[] = [];
		let nextStart = 0;
		const fill = () => {
			while (inFlight.length < BATCHES_IN_FLIGHT && nextStart < sourceFiles.length) {
				inFlight.push(parseBatch(nextStart));
				nextStart += PARSE_BATCH;
			}
		};
		fill();
		while (inFlight.length > 0) {
			const { start, batch, outcomes } = await inFlight.shift()!;
			fill();
			let parsed = 0;
			batch.forEach((input, index) => {
				const file = sourceFiles[start + index]!;
				const report: SourceReport = { file, id: null, status: 'rejected', encoding: null, fields: null, removed: [], warnings: [], errors: [] };
				reports.push(report);
				if (input instanceof SourceError) return void report.errors.push(input.message);
				const outcome = outcomes[parsed++]!;
				if ('failed' in outcome) throw new Error(`${file}: ${outcome.failed}`);
				if ('rejected' in outcome) return void report.errors.push(outcome.rejected);
				const result = outcome.ok;
				report.status = 'ingested';
				report.encoding = result.encoding;
				report.removed = result.removed;
				report.warnings = result.warnings;
				accepted.push({ report, result, pinned: result.pinnedId });
			});
		}
	} finally {
		await parser.close();
	}

	// Unique ids: pinned ids first, then sources in file-name order; a later twin gets -2, -3, ...
	const taken = new Set<string>();
	const ordered = [...accepted.filter((a) => a.pinned), ...accepted.filter((a) => !a.pinned)];
	for (const item of ordered) {
		const base = item.result.entry.id;
		let id = base;
		if (taken.has(id) && item.pinned) {
			item.report.status = 'rejected';
			item.report.errors.push(`id "${id}" is pinned by another source's override too`);
			continue;
		}
		for (let n = 2; taken.has(id); n++) id = withSuffix(base, n);
		taken.add(id);
		item.result.entry.id = id;
		item.report.id = id;
		const { id: _id, ...fields } = item.result.entry;
		item.report.fields = fields;
	}

	// What the output folder should hold, and what it holds now.
	const desired = new Map<string, string>();
	for (const { report, result } of accepted) {
		if (report.status === 'ingested') desired.set(`${result.entry.id}.md`, serializeEntry(result.entry, result.body));
	}
	const rejectedSources = new Set(reports.filter((r) => r.status === 'rejected').map((r) => r.file));
	let existing: string[] = [];
	try {
		existing = (await readdir(options.out)).filter((name) => name.endsWith('.md'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}

	const written: string[] = [];
	const deleted: string[] = [];
	let unchanged = 0;
	const work: (() => Promise<void>)[] = [];
	const targets = [...desired].sort(([a], [b]) => byCodePoint(a, b));
	for (let start = 0; start < targets.length; start += IO_BATCH) {
		const batch = targets.slice(start, start + IO_BATCH);
		const current = await Promise.all(batch.map(([name]) => readIfExists(path.join(options.out, name))));
		batch.forEach(([name, content], index) => {
			const onDisk = current[index]!;
			if (onDisk === content) {
				unchanged++;
				return;
			}
			if (onDisk !== null && generatedFrom(onDisk) === null) {
				problems.push(`${name}: a file the ingest did not write is in the way; it is left alone`);
				return;
			}
			written.push(name);
			work.push(() => writeAtomic(path.join(options.out, name), content));
		});
	}
	const stale = existing.filter((name) => !desired.has(name)).sort(byCodePoint);
	for (const name of stale) {
		const current = await readIfExists(path.join(options.out, name));
		const from = current === null ? null : generatedFrom(current);
		// Keep the last good entry of a source that is still there but was rejected this time.
		if (from === null || rejectedSources.has(from)) continue;
		deleted.push(name);
		work.push(() => rm(path.join(options.out, name), { force: true }));
	}

	if (!options.check) {
		await mkdir(options.out, { recursive: true });
		for (const temp of (await readdir(options.out)).filter((n) => n.startsWith(TEMP_PREFIX))) {
			await rm(path.join(options.out, temp), { force: true });
		}
		for (let start = 0; start < work.length; start += IO_BATCH) {
			await Promise.all(work.slice(start, start + IO_BATCH).map((step) => step()));
		}
	}
	return { reports, written, deleted, unchanged, problems };
}
