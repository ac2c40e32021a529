/**
 * The ingest over folders: read every source, parse it (on every core for a
 * large run), give each entry its id by the rules in plan.ts, and bring the
 * output folder to exactly the entries the sources give, durably (output.ts).
 * Files the ingest did not write are never touched.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../src/schema/article.ts';
import type { Ingested, Settings, SourceInput } from './entry.ts';
import { SourceError } from './errors.ts';
import { createParser, parseOne, type Outcome } from './parallel.ts';
import { cacheKey, cacheVersion, IngestCache, withoutBody } from './cache.ts';
import { serializeEntry } from './serialize.ts';
import type { Removed } from './model.ts';
import { assignIds, planFiles } from './plan.ts';
import { digestOf, entryOnDisk, execute, LEDGER, ledgerText, readOutput } from './output.ts';
import { listSources } from './sources.ts';
import { openWarcs } from './read/warc-sources.ts';
import { createLoader, OVERRIDE_SUFFIX, overrideProblems } from './load.ts';

export interface RunOptions {
	sources: string;
	out: string;
	check: boolean;
	settings: Settings;
}

export interface SourceReport {
	file: string;
	id: string | null;
	status: 'ingested' | 'rejected';
	encoding: string | null;
	/** What chose the encoding: the byte-order mark, a declared charset, or the evidence of the bytes. */
	encodingBasis: string | null;
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
	/** Capitalised names the gazetteer lacks, seen in several articles or in a title: candidates for it. */
	unknownNames: { name: string; articles: number; inTitle: boolean }[];
	/** Sources parsed this run, and those whose outcome came from the ingest's cache (unchanged since). */
	parsed: number;
	cached: number;
	/** Problems of the run that cost nothing now (an unwritable cache). */
	warnings: string[];
	/** The web archives read: pages taken from each, and the records skipped by reason. */
	warcs: { file: string; pages: number; skipped: Record<string, number>; errors: number }[];
}

/** Unknown names reported at most. */
const MAX_UNKNOWN_NAMES = 500;

/** The unknown names worth an editor's look: in two articles or more, or in a title; the most frequent first. */
function candidateNames(accepted: { result: Ingested }[]): RunResult['unknownNames'] {
	const seen = new Map<string, { name: string; articles: number; inTitle: boolean }>();
	for (const { result } of accepted) {
		for (const { name, inTitle } of result.unknownNames) {
			const entry = seen.get(name) ?? seen.set(name, { name, articles: 0, inTitle: false }).get(name)!;
			entry.articles++;
			entry.inTitle ||= inTitle;
		}
	}
	return [...seen.values()]
		.filter((n) => n.articles >= 2 || n.inTitle)
		.sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
		.slice(0, MAX_UNKNOWN_NAMES);
}

/** Sources read and parsed at once: enough to keep every worker busy. */
const PARSE_BATCH = 256;
/** Batches read or being parsed at once: the workers never wait for the reading or the collecting of results. */
const BATCHES_IN_FLIGHT = 3;

/** Larger sources are rejected: no news article is this long, and the structure stage's work grows with the text. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export async function run(options: RunOptions): Promise<RunResult> {
	// Web archives are opened into the pages they hold, one source each (read/warc-sources.ts).
	const opened = await openWarcs(await listSources(options.sources), options.sources, options.out, MAX_SOURCE_BYTES, !options.check);
	const listed = opened.listed;
	const files = listed.map((l) => l.file);
	const byFile = new Map(listed.map((l) => [l.file, l]));
	const problems: string[] = [];
	const reports: SourceReport[] = [];
	const accepted: { report: SourceReport; result: Ingested }[] = [];

	const sources = listed.filter((l) => !OVERRIDE_SUFFIX.test(l.file));
	problems.push(...overrideProblems(files, sources));
	const { load, overrideOf } = createLoader(options.sources, files, opened.pages, MAX_SOURCE_BYTES);

	// What each source gave last time, by the hash of its bytes and override: only new keys are parsed, and a
	// source whose size and time did not change is not even read (its recorded hash stands).
	const cache = await IngestCache.open(options.out, await cacheVersion(options.settings));
	const stampOf = (file: string) => {
		const l = byFile.get(file);
		return l ? { size: l.size, mtimeMs: l.mtimeMs } : null;
	};
	/** Each accepted source's key, for its entry file in the cache. */
	const keyOfFile = new Map<string, string>();
	let parsedCount = 0;
	let cachedCount = 0;

	// Batches are read and handed to the parser while earlier ones are still being parsed (on every core for a
	// large run), a few batches in flight at most; results are taken in file order.
	const parser = createParser(sources.length, options.settings);
	const parseBatch = async (start: number) => {
		const slice = sources.slice(start, start + PARSE_BATCH);
		const stamps = slice.map((l) => ({ size: l.size, mtimeMs: l.mtimeMs }));
		const overrideStamps = slice.map((l) => {
			const override = overrideOf(l.file);
			return override ? stampOf(override) : null;
		});
		const stampKeys = slice.map((l, i) => (l.problem ? undefined : cache.keyOf(l.file, stamps[i]!, overrideStamps[i]!)));
		// Unchanged files are not read: their key is known, and so is what they give.
		const batch = await Promise.all(slice.map((l, i) => (stampKeys[i] !== undefined && cache.has(stampKeys[i]!) ? { file: l.file, key: stampKeys[i]! } : load(l))));
		/** The places in the slice of the sources that could be read. */
		const readable = batch.flatMap((input, i) => (input instanceof SourceError ? [] : [i]));
		const keys = readable.map((i) => {
			const input = batch[i] as SourceInput | { file: string; key: string };
			return 'key' in input ? input.key : cacheKey(input.file, input.bytes, input.override?.text);
		});
		const misses = readable.flatMap((i, k) => ('key' in (batch[i] as object) || cache.has(keys[k]!) ? [] : [batch[i] as SourceInput]));
		const parsed = await parser.parse(misses);
		parsedCount += misses.length;
		let next = 0;
		const outcomes = readable.map((i, k): Outcome => {
			const key = keys[k]!;
			const file = slice[i]!.file;
			cache.recordSource(file, stamps[i]!, overrideStamps[i]!, key);
			keyOfFile.set(file, key);
			const hit = cache.outcome(key);
			if (hit !== undefined) {
				cachedCount++;
				cache.keep(key);
				return hit;
			}
			const outcome = parsed[next++]!;
			// Taken before the entry is given its final id below; a fault of the ingest is never cached.
			if (!('failed' in outcome)) cache.recordOutcome(key, withoutBody(outcome));
			return outcome;
		});
		return { start, batch, outcomes };
	};
	try {
		const inFlight: ReturnType<typeof parseBatch>[] = [];
		let nextStart = 0;
		const fill = () => {
			while (inFlight.length < BATCHES_IN_FLIGHT && nextStart < sources.length) {
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
				const file = sources[start + index]!.file;
				const report: SourceReport = { file, id: null, status: 'rejected', encoding: null, encodingBasis: null, fields: null, removed: [], warnings: [], errors: [] };
				reports.push(report);
				if (input instanceof SourceError) return void report.errors.push(input.message);
				const outcome = outcomes[parsed++]!;
				// A fault of the ingest itself on one source is that source's error: the run goes on.
				if ('failed' in outcome) return void report.errors.push(`the ingest failed on this source (${outcome.failed}); please report it`);
				if ('rejected' in outcome) return void report.errors.push(outcome.rejected);
				const result = outcome.ok;
				report.status = 'ingested';
				report.encoding = result.encoding;
				report.encodingBasis = result.encodingBasis;
				report.removed = result.removed;
				report.warnings = result.warnings;
				accepted.push({ report, result });
			});
		}
	} finally {
		await parser.close();
	}

	/** A source parsed again, for the body of its entry (its outcome came from the cache without it). */
	const parseAgain = async (file: string): Promise<Ingested> => {
		const input = await load(byFile.get(file)!);
		const outcome = input instanceof SourceError ? null : parseOne(input, options.settings);
		if (!outcome || !('ok' in outcome)) throw new Error(`${file} gave an entry last run and none now: ${input instanceof SourceError ? input.message : JSON.stringify(outcome)}`);
		return outcome.ok;
	};
	const reparse = async (file: string, id: string) => {
		const { entry, body } = await parseAgain(file);
		entry.id = id;
		return serializeEntry(entry, body);
	};

	// Ids by the rules in plan.ts, from the entries already on disk (unchanged ones known from the cache).
	const { onDisk, retired } = await readOutput(options.out, cache);
	const idPlan = assignIds({
		present: sources.map((l) => l.file),
		candidates: accepted.map(({ result }) => ({ file: result.entry.source.file, sha256: result.entry.source.sha256, id: result.entry.id, pinned: result.pinnedId })),
		onDisk,
		retired,
	});
	/** Entry files by name; an unchanged source's content is made only if the file must be written again. */
	const desired = new Map<string, { content: () => string | Promise<string>; digest: string }>();
	for (const { report, result } of accepted) {
		const refusal = idPlan.refused.get(report.file);
		if (refusal) {
			report.status = 'rejected';
			report.errors.push(refusal);
			continue;
		}
		const id = idPlan.ids.get(report.file)!;
		const ownId = result.entry.id;
		result.entry.id = id;
		report.id = id;
		const { id: _id, ...fields } = result.entry;
		report.fields = fields;
		// A source from the cache has no body: its entry file's digest stands for it, and should the file have
		// to be written again (deleted or edited by hand), the source is parsed again.
		const key = keyOfFile.get(report.file)!;
		const digest = result.body === undefined ? cache.digest(key, id, ownId) : undefined;
		if (digest !== undefined) {
			desired.set(`${id}.md`, { digest, content: () => reparse(report.file, id) });
			continue;
		}
		const { entry, body } = result.body === undefined ? await parseAgain(report.file) : result;
		entry.id = id;
		const content = serializeEntry(entry, body);
		const fresh = digestOf(content);
		if (id === ownId) cache.recordDigest(key, fresh);
		desired.set(`${id}.md`, { digest: fresh, content: () => content });
	}

	// The entries of sources that are still there but were rejected this time stay: their last good version.
	const keepFrom = new Set(reports.filter((r) => r.status === 'rejected').map((r) => r.file));
	const lazyPlan = planFiles(desired, onDisk, keepFrom);
	const plan = { ...lazyPlan, write: await Promise.all(lazyPlan.write.map(async ([name, content]) => [name, await content()] as [string, string])) };
	for (const problem of plan.problems) problems.push(problem);
	const ledger = { before: ledgerText(retired), after: ledgerText(idPlan.retired) };
	const ledgerChanged = ledger.before !== ledger.after;
	if (!options.check && (plan.write.length > 0 || plan.delete.length > 0 || ledgerChanged)) await execute(options.out, plan, ledger);
	const written = plan.write.map(([name]) => name);
	if (ledgerChanged) written.push(LEDGER);
	// Entry files written now are recorded with their new stamps, so the next run need not read them.
	const warnings: string[] = [];
	if (!options.check) {
		const contents = new Map(plan.write);
		for (const [name] of plan.write) {
			const info = await stat(path.join(options.out, name)).catch(() => null);
			if (info) cache.recordEntry(name, { size: info.size, mtimeMs: info.mtimeMs }, entryOnDisk(name, contents.get(name)!));
		}
		// The cache is rewritten when this run saw something it did not hold; never by --check.
		if (cache.changed) {
			const failure = await cache.write(options.out);
			if (failure) warnings.push(failure);
		}
	}
	return { reports, written, deleted: plan.delete, unchanged: plan.unchanged, problems, unknownNames: candidateNames(accepted), parsed: parsedCount, cached: cachedCount, warnings, warcs: opened.warcs };
}
