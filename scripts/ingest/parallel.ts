/**
 * Parsing sources on every core: worker threads each run `ingestSource`, and
 * answers come back in the order the sources were given, so a run is the same
 * whatever the threads' timing. Small runs parse in the calling thread: a
 * worker takes longer to start than a few sources take to parse.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ingestSource, type Ingested, type SourceInput } from './entry.ts';
import { SourceError } from './errors.ts';

/** Below this many sources, starting workers costs more than it saves. */
const MIN_SOURCES_PER_WORKER = 250;

/** What a worker answers for one source: the entry, a rejection, or a failure of the ingest itself. */
export type Outcome = { ok: Ingested } | { rejected: string } | { failed: string };

export function parseOne(input: SourceInput): Outcome {
	try {
		return { ok: ingestSource(input) };
	} catch (error) {
		if (error instanceof SourceError) return { rejected: error.message };
		return { failed: (error as Error).stack ?? String(error) };
	}
}

export interface Parser {
	/** Outcomes for the inputs, in their order. */
	parse(inputs: SourceInput[]): Promise<Outcome[]>;
	close(): Promise<void>;
}

/** A parser for a run of `total` sources: workers when there are enough sources and cores, else this thread. */
export function createParser(total: number): Parser {
	const threads = Math.min(availableParallelism(), Math.floor(total / MIN_SOURCES_PER_WORKER));
	if (threads < 2) return { parse: async (inputs) => inputs.map(parseOne), close: async () => {} };
	const workers = Array.from({ length: threads }, () => new Worker(new URL('./parallel-worker.ts', import.meta.url)));
	let nextId = 0;
	const pending = new Map<number, (outcome: Outcome) => void>();
	for (const worker of workers) {
		// Outcomes come as JSON text: plain data, and cheaper to send than a structured clone of the same objects.
		worker.on('message', ({ id, outcome }: { id: number; outcome: string }) => {
			pending.get(id)?.(JSON.parse(outcome) as Outcome);
			pending.delete(id);
		});
		worker.on('error', (error) => {
			for (const resolve of pending.values()) resolve({ failed: error.stack ?? String(error) });
			pending.clear();
		});
	}
	return {
		parse: (inputs) =>
			Promise.all(
				inputs.map(
					(input, index) =>
						new Promise<Outcome>((resolve) => {
							const id = nextId++;
							pending.set(id, resolve);
							workers[index % workers.length]!.postMessage({ id, input });
						}),
				),
			),
		close: async () => {
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}
