/**
 * A file of a corpus as the ingest's inputs, without the run's folders and
 * cache: a file is one source; a WARC is the HTML pages it holds, each with
 * its origin (read/warc.ts), named `<warc>#<record id>` as the run names them.
 * The accuracy measure and the expected outputs read corpora this way.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceInput } from '../ingest/entry.ts';
import { MAX_SOURCE_BYTES } from '../ingest/run.ts';
import { WARC_NAME } from '../ingest/read/kind.ts';
import { readWarcRecord, recordFile, scanWarc } from '../ingest/read/warc.ts';

export interface CorpusInput {
	file: string;
	/** The WARC record's id, for a page of a WARC. */
	record: string | null;
	input: () => Promise<SourceInput>;
}

export async function inputsOf(dir: string, file: string): Promise<CorpusInput[]> {
	const full = path.join(dir, file);
	if (!WARC_NAME.test(file)) return [{ file, record: null, input: async () => ({ file, bytes: await readFile(full) }) }];
	const scan = await scanWarc(full, new Set(), MAX_SOURCE_BYTES);
	return scan.pages.map((page) => {
		const source = recordFile(file, page.record);
		return {
			file: source,
			record: page.record,
			input: async () => {
				const { bytes, contentType } = await readWarcRecord(full, page.offset, MAX_SOURCE_BYTES);
				return { file: source, bytes, origin: { contentType, url: page.url, captured: page.captured, warc: { file, record: page.record, offset: page.offset } } };
			},
		};
	});
}
