/**
 * Parsing sources on every core: worker threads each run `ingestSource`, and
 * answers come back in the order the sources were given, so a run is the same
 * whatever the threads' timing. Small runs parse in the calling thread: a
 * worker takes longer to start than a few sources take to parse.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ingestSource, type Ingested, type Settings, type SourceInput } from './entry.ts';
import { SourceError } from './errors.ts';

/** Below this many sources, starting workers costs more than it saves. */
const MIN_SOURCES_PER_WORKER = 250;

/** What a worker answers for one source: the entry, a rejection, or a failure of the ingest itself. */
export type Outcome = { ok: Ingested } | { rejected: string } | { failed: string };

export function parseOne(input: SourceInput, settings: Settings): Outcome {
	try {
		return { ok: ingestSource(input, settings) };
	} catch (error) {
		if (error instanceof SourceError) return { rejected: error.message };
		return { failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
	}
}

export interface Parser {
	/** Outcomes for the inputs, in their order. */
	parse(inputs: SourceInput[]): Promise<Outcome[]>;
	close(): Promise<void>;
}

/** Fewer sources than this in one call are parsed in this thread while no worker has started (a re-run with a few changes). */
const MIN_BATCH_FOR_WORKERS = 32;

/**
 * A parser for a run of up to `total` sources: workers when there are enough sources and cores, else this
 * thread. Workers start with the first call that brings enough sources, so a run that finds everything in
 * the ingest's cache starts none.
 */
export function createParser(total: number, settings: Settings): Parser {
	const threads = Math.min(availableParallelism(), Math.floor(total / MIN_SOURCES_PER_WORKER));
	const inline = async (inputs: SourceInput[]) => inputs.map((input) => parseOne(input, settings));
	if (threads < 2) return { parse: inline, close: async () => {} };
	let pool: Parser | null = null;
	return {
		parse: (inputs) => {
			if (!pool && inputs.length < MIN_BATCH_FOR_WORKERS) return inline(inputs);
			pool ??= workerPool(threads, settings);
			return pool.parse(inputs);
		},
		close: async () => pool?.close(),
	};
}

/**
 * A worker's old-generation heap: what a page's DOM needs (a 4.6 MB page, under
 * the 5 MB limit for one source, parses within it) with room to spare; without a
 * limit V8 lets each worker's heap grow lazily to several hundred MB between
 * collections, which on an HTML ingest took the process past 1.5 GB.
 */
const WORKER_HEAP_MB = 256;

function workerPool(threads: number, settings: Settings): Parser {
	/** Each worker's unanswered sources: a worker that dies fails only those, and is replaced. */
	const pending = new Map<Worker, Map<number, (outcome: Outcome) => void>>();
	let closing = false;
	const start = (): Worker => {
		const worker = new Worker(new URL('./parallel-worker.ts', import.meta.url), { workerData: settings, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
		const waiting = new Map<number, (outcome: Outcome) => void>();
		pending.set(worker, waiting);
		// Outcomes come as JSON text: plain data, and cheaper to send than a structured clone of the same objects.
		worker.on('message', ({ id, outcome }: { id: number; outcome: string }) => {
			waiting.get(id)?.(JSON.parse(outcome) as Outcome);
			waiting.delete(id);
		});
		const fail = (reason: string) => {
			for (const resolve of waiting.values()) resolve({ failed: reason });
			waiting.clear();
			pending.delete(worker);
			if (!closing) workers[workers.indexOf(worker)] = start();
		};
		worker.on('error', (error) => fail(`${error.name}: ${error.message}`));
		worker.on('exit', (code) => {
			if (pending.has(worker)) fail(`a parsing thread stopped (exit code ${code})`);
		});
		return worker;
	};
	const workers: Worker[] = [];
	for (let i = 0; i < threads; i++) workers.push(start());
	let nextId = 0;
	return {
		parse: (inputs) =>
			Promise.all(
				inputs.map(
					(input, index) =>
						new Promise<Outcome>((resolve) => {
							const id = nextId++;
							const worker = workers[index % workers.length]!;
							pending.get(worker)!.set(id, resolve);
							worker.postMessage({ id, input });
						}),
				),
			),
		close: async () => {
			closing = true;
			const all = [...workers];
			pending.clear();
			await Promise.all(all.map((worker) => worker.terminate()));
		},
	};
}
