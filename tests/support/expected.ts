/**
 * Whole expected outputs of the ingest for a folder of sources: per source, the
 * entry file it gives (or the reason it is refused) and its report (the lines
 * removed, each with its reason, and the warnings). `npm run expected` writes
 * them; the tests compare every source with them, so that any change to what
 * the ingest keeps, drops or says shows in a diff that a reviewer reads.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { defaultSettings, ingestSource, type SourceInput } from '../../scripts/ingest/entry.ts';
import { inputsOf } from '../../scripts/lib/source-inputs.ts';
import { SourceError } from '../../scripts/ingest/errors.ts';
import { serializeEntry } from '../../scripts/ingest/serialize.ts';

export interface Expected {
	/** The source's file name. */
	file: string;
	/** The entry file's name and text, or null when the source is refused. */
	entry: { name: string; text: string } | null;
	/** The report: removed lines and warnings, or the reason for refusing. */
	report: string;
}

/** Folders of the sets with expected outputs: sources in, entries and reports out. */
export const SETS = [
	{ sources: 'tests/fixtures/sources', entries: 'tests/fixtures/expected', reports: 'tests/fixtures/reports' },
	{ sources: 'tests/corpus/sources', entries: 'tests/corpus/expected', reports: 'tests/corpus/reports' },
	{ sources: 'tests/corpus-html/sources', entries: 'tests/corpus-html/expected', reports: 'tests/corpus-html/reports' },
] as const;

/** What the ingest gives for one source, as the expected files hold it. */
async function outputOfInput(file: string, input: SourceInput): Promise<Expected> {
	try {
		const { entry, body, removed, warnings } = ingestSource(input, defaultSettings());
		return { file, entry: { name: `${entry.id}.md`, text: serializeEntry(entry, body) }, report: `${JSON.stringify({ removed, warnings }, null, 2)}\n` };
	} catch (error) {
		if (!(error instanceof SourceError)) throw error;
		return { file, entry: null, report: `${JSON.stringify({ refused: error.message }, null, 2)}\n` };
	}
}

/** What the ingest gives for a file of the set: one output, or one for each page of a WARC. */
export async function outputsOf(root: string, sources: string, file: string): Promise<Expected[]> {
	const outputs: Expected[] = [];
	for (const { file: source, input } of await inputsOf(path.join(root, sources), file)) outputs.push(await outputOfInput(source, await input()));
	return outputs;
}

/** A report's file name: the source's, with a WARC record's "#" and ":" made portable. */
export const reportName = (file: string) => `${file.replace(/[#:]/gu, '_')}.json`;

export async function sourceFiles(root: string, sources: string): Promise<string[]> {
	return (await readdir(path.join(root, sources))).sort();
}
