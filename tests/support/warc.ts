/**
 * WARC files for the tests and the corpus, written by warcio's own serializer:
 * records of every kind a crawl holds (warcinfo, request, response, revisit,
 * metadata), gzip per record or uncompressed. Deterministic: record ids and
 * dates are given, so the same records make the same bytes.
 */
import { writeFile } from 'node:fs/promises';
import { WARCRecord, WARCSerializer, type WARCType } from 'warcio';

export interface RecordSpec {
	type: WARCType;
	url: string;
	/** `WARC-Date`, ISO 8601. */
	date: string;
	/** The record's id: `urn:uuid:...`. */
	id: string;
	/** HTTP status line of a response ("HTTP/1.1 200 OK"); a request has "GET /path HTTP/1.1". */
	statusline?: string;
	httpHeaders?: Record<string, string>;
	payload?: Uint8Array | string;
	warcHeaders?: Record<string, string>;
}

const bytesOf = (payload: RecordSpec['payload']) => (typeof payload === 'string' ? new TextEncoder().encode(payload) : (payload ?? new Uint8Array()));

export async function warcBytes(records: RecordSpec[], gzip: boolean): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for (const spec of records) {
		const payload = bytesOf(spec.payload);
		const record = WARCRecord.create(
			{
				url: spec.url,
				date: spec.date,
				type: spec.type,
				warcVersion: 'WARC/1.1',
				warcHeaders: { 'WARC-Record-ID': `<${spec.id}>`, ...spec.warcHeaders },
				...(spec.statusline ? { statusline: spec.statusline } : {}),
				...(spec.httpHeaders ? { httpHeaders: spec.httpHeaders } : {}),
			},
			(async function* () {
				yield payload;
			})(),
		);
		parts.push(await WARCSerializer.serialize(record, { gzip }));
	}
	return Buffer.concat(parts);
}

export async function writeWarc(path: string, records: RecordSpec[], gzip: boolean): Promise<void> {
	await writeFile(path, await warcBytes(records, gzip));
}

/** A 200 response of an HTML page. */
export const htmlResponse = (url: string, date: string, id: string, html: Uint8Array | string, contentType = 'text/html; charset=utf-8'): RecordSpec => ({
	type: 'response', url, date, id, statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': contentType }, payload: html,
});
