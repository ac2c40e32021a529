/**
 * A source's bytes and its override, ready to parse: a file of the sources
 * folder, or a page of a WARC read again from its record. An unreadable,
 * oversized or dangling source is that source's error alone; overrides without
 * a source (or beside a second spelling of themselves) are the run's problems.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { overrideNameFor, type SourceInput } from './entry.ts';
import { SourceError } from './errors.ts';
import { readWarcRecord, type WarcPage } from './read/warc.ts';
import type { Listed } from './sources.ts';

export const OVERRIDE_SUFFIX = /\.meta\.ya?ml$/;

export interface Loader {
	/** The override file beside a source, if there is one (`.yaml` first, then `.yml`). */
	overrideOf(file: string): string | undefined;
	load(listed: Listed): Promise<SourceInput | SourceError>;
}

/** Overrides with no source beside them, or beside their other spelling: one problem line each. */
export function overrideProblems(files: readonly string[], sources: readonly Listed[]): string[] {
	const fileSet = new Set(files);
	const expected = new Set(sources.map((l) => overrideNameFor(l.file)));
	const problems: string[] = [];
	for (const file of files.filter((f) => OVERRIDE_SUFFIX.test(f))) {
		const yaml = file.replace(/\.yml$/, '.yaml');
		if (!expected.has(yaml)) problems.push(`${file}: override without a source file beside it`);
		else if (file !== yaml && fileSet.has(yaml)) problems.push(`${file}: ${path.posix.basename(yaml)} is beside it too; only ${path.posix.basename(yaml)} is read, delete one of them`);
	}
	return problems;
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;

export function createLoader(root: string, files: readonly string[], warcPages: ReadonlyMap<string, { warc: string; page: WarcPage }>, maxBytes: number): Loader {
	const fileSet = new Set(files);
	const overrideOf = (file: string) => [overrideNameFor(file), overrideNameFor(file).replace(/\.yaml$/, '.yml')].find((f) => fileSet.has(f));
	const overrideText = async (file: string | undefined) => (file ? { override: { file, text: await readFile(path.join(root, file), 'utf8') } } : {});
	/** A WARC page's payload, read again from its record, with what the capture said about it. */
	const warcPage = async (file: string, { warc, page }: { warc: string; page: WarcPage }): Promise<SourceInput | SourceError> => {
		const read = await readWarcRecord(path.join(root, warc), page.offset, maxBytes).catch((error: Error) => error);
		if (read instanceof Error) return new SourceError(`record ${page.record} of ${warc} cannot be read (${read.message})`);
		const origin = { contentType: read.contentType, url: page.url, captured: page.captured, warc: { file: warc, record: page.record, offset: page.offset } };
		return { file, bytes: read.bytes, origin, ...(await overrideText(overrideOf(file))) };
	};
	return {
		overrideOf,
		async load({ file, problem, size }) {
			if (problem) return new SourceError(problem);
			if (size > maxBytes) return new SourceError(`is ${megabytes(size).toFixed(1)} MB, over the ${megabytes(maxBytes)} MB limit for one source`);
			try {
				const inWarc = warcPages.get(file);
				if (inWarc) return await warcPage(file, inWarc);
				const bytes = await readFile(path.join(root, file));
				if (bytes.length > maxBytes) return new SourceError(`is over the ${megabytes(maxBytes)} MB limit for one source`);
				return { file, bytes, ...(await overrideText(overrideOf(file))) };
			} catch (error) {
				return new SourceError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
			}
		},
	};
}
