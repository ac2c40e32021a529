/**
 * The bytes an entry was made from, and how to show them as text: a file of
 * the sources folder, or a WARC record's payload read again from its byte
 * offset (the WARC stays whole in the sources folder). Checked against the
 * entry's SHA-256: null when the source has changed or gone since.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decode } from '../../scripts/ingest/decode.ts';
import { decodeHtml, detectCharset } from '../../scripts/ingest/read/charset.ts';
import { isHtml } from '../../scripts/ingest/read/kind.ts';
import { readWarcRecord } from '../../scripts/ingest/read/warc.ts';
import type { Article } from '../schema/article.ts';

/** No source is read past this (the ingest's own limit). */
const MAX_BYTES = 5 * 1024 * 1024;

export interface RawSource {
	bytes: Uint8Array;
	/** A WARC record's HTTP Content-Type (it may name the charset), else null. */
	contentType: string | null;
}

export async function readRawSource(sourcesDir: string, source: Article['source']): Promise<RawSource | null> {
	const raw = source.warc
		? await readWarcRecord(path.join(sourcesDir, source.warc.file), source.warc.offset, MAX_BYTES).catch(() => null)
		: await readFile(path.join(sourcesDir, source.file)).then((bytes) => ({ bytes, contentType: null })).catch(() => null);
	return raw !== null && createHash('sha256').update(raw.bytes).digest('hex') === source.sha256 ? raw : null;
}

/**
 * The source as text to show: an HTML page's markup as written (in its
 * charset; shown as text, never rendered), a text source as the ingest
 * decoded it. Null when it cannot be decoded.
 */
export function rawText(file: string, { bytes, contentType }: RawSource): { text: string; encoding: string } | null {
	try {
		if (isHtml(file, bytes) || contentType !== null) {
			const charset = detectCharset(bytes, contentType, []);
			return { text: decodeHtml(bytes, charset).replace(/\r\n?/gu, '\n'), encoding: charset.encoding };
		}
		const { text, encoding } = decode(bytes);
		return { text, encoding };
	} catch {
		return null;
	}
}
