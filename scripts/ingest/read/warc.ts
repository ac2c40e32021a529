/**
 * WARC web archives (ISO 28500; Heritrix, Browsertrix, wget --warc-file,
 * ArchiveBox, the Internet Archive), read with Webrecorder's `warcio`, one
 * record at a time from a file stream: memory holds one record's payload,
 * whatever the file's size. Gzip per record and uncompressed files alike.
 *
 * `scanWarc` lists a file's sources: every `response` record of an HTML page
 * with HTTP status 200 (a payload seen before in the run is a duplicate);
 * everything else is skipped and counted by reason. `readWarcRecord` reads one
 * record's payload again from its byte offset: the bytes an entry is made
 * from, and the raw source its page shows. A payload is read decoded
 * (chunked transfer and gzip or deflate content undone) and at most
 * `limit` bytes: a zip bomb stops there and is that record's error.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { WARCParser, type WARCRecord } from 'warcio';

/** One page in a WARC: where its record starts, and what the capture says about it. */
export interface WarcPage {
	/** The record's id (`WARC-Record-ID` without its angle brackets). */
	record: string;
	offset: number;
	url: string;
	/** `WARC-Date`, ISO 8601. */
	captured: string;
	contentType: string | null;
	/** SHA-256 of the decoded payload: the same page captured twice is one source. */
	sha256: string;
	size: number;
}

export interface WarcScan {
	pages: WarcPage[];
	/** Records that are no source, counted by reason ("redirect (HTTP 301)", "not HTML (image/png)", "a request record"). */
	skipped: Record<string, number>;
	/** Records that could not be read, with the reason: each is that record's error, the rest of the file goes on. */
	errors: { record: string; offset: number; reason: string }[];
}

export class PayloadTooLarge extends Error {}

const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\b/iu;
const bare = (id: string | null | undefined) => (id ?? '').replace(/^<|>$/gu, '');

/** A record's decoded payload, at most `limit` bytes (more is an error, not a longer read). */
async function payloadOf(record: WARCRecord, limit: number): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of record.contentReader) {
		size += chunk.length;
		if (size > limit) throw new PayloadTooLarge(`its payload is over ${Math.round(limit / 1024 / 1024)} MB once decoded`);
		chunks.push(chunk);
	}
	return Buffer.concat(chunks, size);
}

function statusOf(record: WARCRecord): number {
	return Number(record.httpHeaders?.statusCode ?? record.getResponseInfo()?.status ?? 0);
}

/** Why a record is no page to ingest, or null when it is one. */
function skipReason(record: WARCRecord): string | null {
	if (record.warcType !== 'response') return `a ${record.warcType} record`;
	const status = statusOf(record);
	if (status >= 300 && status < 400) return `a redirect (HTTP ${status})`;
	if (status !== 200) return `HTTP status ${status || 'unknown'}`;
	const type = record.httpHeaders?.headers.get('content-type') ?? null;
	if (type && !HTML_TYPES.test(type)) return `not HTML (${type.split(';')[0]!.trim()})`;
	return null;
}

/** Every page of a WARC file; `seen` holds the payload digests of pages listed before (in this file or another), which are duplicates. */
export async function scanWarc(path: string, seen: Set<string>, limit: number): Promise<WarcScan> {
	const scan: WarcScan = { pages: [], skipped: {}, errors: [] };
	const count = (reason: string) => void (scan.skipped[reason] = (scan.skipped[reason] ?? 0) + 1);
	const parser = new WARCParser(createReadStream(path));
	for (;;) {
		let record: WARCRecord | null;
		try {
			record = await parser.parse();
		} catch (error) {
			scan.errors.push({ record: '', offset: parser.offset, reason: `the file cannot be read past byte ${parser.offset} (${(error as Error).message})` });
			break;
		}
		if (!record) break;
		const offset = parser.offset;
		const id = bare(record.warcHeader('WARC-Record-ID'));
		const reason = skipReason(record);
		if (reason) {
			count(reason);
			await record.skipFully();
			continue;
		}
		let payload: Uint8Array;
		try {
			payload = await payloadOf(record, limit);
		} catch (error) {
			scan.errors.push({ record: id, offset, reason: `record ${id}: ${(error as Error).message}` });
			// The rest of this record is skipped unread; the next record starts where its length says.
			await record.skipFully().catch(() => undefined);
			continue;
		}
		const sha256 = createHash('sha256').update(payload).digest('hex');
		if (seen.has(sha256)) {
			count('a duplicate payload (the same page captured before)');
			continue;
		}
		seen.add(sha256);
		const date = record.warcDate ?? '';
		scan.pages.push({
			record: id,
			offset,
			url: record.warcTargetURI ?? '',
			captured: Number.isNaN(Date.parse(date)) ? '' : new Date(date).toISOString().replace('.000Z', 'Z'),
			contentType: record.httpHeaders?.headers.get('content-type') ?? null,
			sha256,
			size: payload.length,
		});
	}
	return scan;
}

/** The decoded payload of the record at `offset`, with its HTTP Content-Type. */
export async function readWarcRecord(path: string, offset: number, limit: number): Promise<{ bytes: Uint8Array; contentType: string | null }> {
	const stream = createReadStream(path, { start: offset });
	try {
		const record = await new WARCParser(stream).parse();
		if (!record) throw new Error(`no WARC record at byte ${offset}`);
		return { bytes: await payloadOf(record, limit), contentType: record.httpHeaders?.headers.get('content-type') ?? null };
	} finally {
		stream.destroy();
	}
}

/** A WARC record's source name: the WARC's own name, then `#` and the record's id. */
export const recordFile = (warcFile: string, record: string) => `${warcFile}#${record}`;
