/**
 * The archive in bulk (issue 19), for readers who want all of it: the entries
 * as JSON Lines (`export/articles.jsonl`: each entry's fields and its body's
 * Markdown) and as CSV (`export/articles.csv`: one row of the main fields per
 * article), and the raw sources as a zip (`export/sources.zip`, each under its
 * article's source address, `sources/<id>.txt`). Written in one pass, in the
 * entries' order, a file at a time (memory does not grow with the archive); the
 * same entries give the same bytes (the zip's times are fixed, its order is the
 * entries'). The zip is ZIP64 where it must be (over 65,535 files or 4 GB).
 */
import { open, type FileHandle } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import type { Article } from '../schema/article.ts';

export const EXPORT_FILES = { jsonl: 'export/articles.jsonl', csv: 'export/articles.csv', zip: 'export/sources.zip' } as const;

/** The CSV's columns: what a spreadsheet of the archive needs to find and cite each article. */
export const CSV_COLUMNS = ['id', 'url', 'date', 'dateCertainty', 'title', 'agency', 'publisher', 'dateline', 'language', 'wordCount', 'sourceFile', 'sourceSha256'] as const;

/** A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export const csvField = (value: string | number | null | undefined) => {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function csvRow(article: Article, url: string): string {
	const values: Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined> = {
		id: article.id, url, date: article.date, dateCertainty: article.dateCertainty, title: article.title, agency: article.agency, publisher: article.publisher,
		dateline: article.dateline, language: article.language, wordCount: article.wordCount, sourceFile: article.source.file, sourceSha256: article.source.sha256,
	};
	return `${CSV_COLUMNS.map((c) => csvField(values[c])).join(',')}\r\n`;
}

/** 1980-01-01 00:00, the first time a zip can hold: every file gets it, so the zip's bytes depend on the content alone. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const FLUSH_BYTES = 1 << 20;

interface ZipRecord {
	name: Buffer;
	crc: number;
	size: number;
	compressed: number;
	offset: number;
}

/**
 * The fields a file's local header and its central directory entry share, in the same order from `at`: flags
 * (the name is UTF-8), method (deflate), time, date, CRC-32, compressed and full size, the name's length.
 */
function writeFileFields(buffer: Buffer, at: number, record: ZipRecord): void {
	buffer.writeUInt16LE(0x0800, at);
	buffer.writeUInt16LE(8, at + 2);
	buffer.writeUInt16LE(DOS_TIME, at + 4);
	buffer.writeUInt16LE(DOS_DATE, at + 6);
	buffer.writeUInt32LE(record.crc, at + 8);
	buffer.writeUInt32LE(record.compressed, at + 12);
	buffer.writeUInt32LE(record.size, at + 16);
	buffer.writeUInt16LE(record.name.length, at + 20);
}

/** A zip written entry by entry to a file; `close` writes its central directory. */
export class ZipWriter {
	private readonly records: ZipRecord[] = [];
	private offset = 0;
	private readonly handle: FileHandle;
	/** Over this many files the zip is ZIP64 (the classic end record counts to 65,535; a test sets it lower). */
	private readonly zip64Files: number;
	private constructor(handle: FileHandle, zip64Files: number) {
		this.handle = handle;
		this.zip64Files = zip64Files;
	}

	static async create(file: string, zip64Files = MAX16): Promise<ZipWriter> {
		return new ZipWriter(await open(file, 'w'), zip64Files);
	}

	/** Written a megabyte at a time: a write per file made 70,000 small files take a minute. */
	private pending: Buffer[] = [];
	private pendingBytes = 0;

	private async write(buffer: Buffer): Promise<void> {
		this.pending.push(buffer);
		this.pendingBytes += buffer.length;
		this.offset += buffer.length;
		if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
	}

	private async flush(): Promise<void> {
		if (this.pending.length > 0) await this.handle.write(Buffer.concat(this.pending));
		this.pending = [];
		this.pendingBytes = 0;
	}

	async add(name: string, bytes: Uint8Array): Promise<void> {
		const data = deflateRawSync(bytes);
		const record: ZipRecord = { name: Buffer.from(name, 'utf8'), crc: crc32(bytes), size: bytes.length, compressed: data.length, offset: this.offset };
		if (record.size > MAX32 || record.compressed > MAX32) throw new Error(`${name}: over 4 GB, too large for one file of the export`);
		const header = Buffer.alloc(30);
		header.writeUInt32LE(0x04034b50, 0);
		header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
		writeFileFields(header, 6, record);
		await this.write(Buffer.concat([header, record.name, data]));
		this.records.push(record);
	}

	async close(): Promise<void> {
		const start = this.offset;
		for (const r of this.records) {
			// An offset past 4 GB goes in a ZIP64 extra field, the header field saying so.
			const far = r.offset > MAX32;
			const extra = far ? Buffer.alloc(12) : Buffer.alloc(0);
			if (far) {
				extra.writeUInt16LE(0x0001, 0);
				extra.writeUInt16LE(8, 2);
				extra.writeBigUInt64LE(BigInt(r.offset), 4);
			}
			const entry = Buffer.alloc(46);
			entry.writeUInt32LE(0x02014b50, 0);
			entry.writeUInt16LE(far ? 45 : 20, 4); // made by
			entry.writeUInt16LE(far ? 45 : 20, 6); // needed
			writeFileFields(entry, 8, r);
			entry.writeUInt16LE(extra.length, 30);
			entry.writeUInt32LE(far ? MAX32 : r.offset, 42);
			await this.write(Buffer.concat([entry, r.name, extra]));
		}
		const size = this.offset - start;
		const count = this.records.length;
		const zip64 = count > this.zip64Files || start > MAX32 || size > MAX32;
		if (zip64) {
			const record = Buffer.alloc(56 + 20);
			record.writeUInt32LE(0x06064b50, 0);
			record.writeBigUInt64LE(44n, 4);
			record.writeUInt16LE(45, 12);
			record.writeUInt16LE(45, 14);
			record.writeBigUInt64LE(BigInt(count), 24);
			record.writeBigUInt64LE(BigInt(count), 32);
			record.writeBigUInt64LE(BigInt(size), 40);
			record.writeBigUInt64LE(BigInt(start), 48);
			record.writeUInt32LE(0x07064b50, 56); // its locator
			record.writeBigUInt64LE(BigInt(this.offset), 64);
			record.writeUInt32LE(1, 72);
			await this.write(record);
		}
		const end = Buffer.alloc(22);
		end.writeUInt32LE(0x06054b50, 0);
		end.writeUInt16LE(zip64 ? MAX16 : count, 8);
		end.writeUInt16LE(zip64 ? MAX16 : count, 10);
		end.writeUInt32LE(zip64 ? MAX32 : size, 12);
		end.writeUInt32LE(zip64 ? MAX32 : start, 16);
		await this.write(end);
		await this.flush();
		await this.handle.close();
	}
}

/** The three export files, written one article at a time. */
export class BulkExport {
	private readonly jsonl: FileHandle;
	private readonly csv: FileHandle;
	private readonly zip: ZipWriter;
	private constructor(jsonl: FileHandle, csv: FileHandle, zip: ZipWriter) {
		this.jsonl = jsonl;
		this.csv = csv;
		this.zip = zip;
	}

	static async create(pathOf: (file: string) => string): Promise<BulkExport> {
		const csv = await open(pathOf(EXPORT_FILES.csv), 'w');
		await csv.write(`${CSV_COLUMNS.join(',')}\r\n`);
		return new BulkExport(await open(pathOf(EXPORT_FILES.jsonl), 'w'), csv, await ZipWriter.create(pathOf(EXPORT_FILES.zip)));
	}

	/** One article: its entry, its body's Markdown, its page's absolute or base-relative URL, its raw source (null when changed or gone). */
	async add(article: Article, body: string, url: string, sourceName: string, raw: Uint8Array | null): Promise<void> {
		await this.jsonl.write(`${JSON.stringify({ ...article, url, body })}\n`);
		await this.csv.write(csvRow(article, url));
		if (raw) await this.zip.add(sourceName, raw);
	}

	async close(): Promise<void> {
		await Promise.all([this.jsonl.close(), this.csv.close(), this.zip.close()]);
	}
}
