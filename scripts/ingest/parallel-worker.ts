/** One parsing thread of `createParser`: a source in, its outcome out. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Settings, SourceInput } from './entry.ts';
import { parseOne } from './parallel.ts';

parentPort!.on('message', ({ id, input }: { id: number; input: SourceInput }) => {
	parentPort!.postMessage({ id, outcome: JSON.stringify(parseOne(input, workerData as Settings)) });
});
