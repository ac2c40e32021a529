/**
 * How right the ingest is on a corpus of sources with hand-written truth
 * (tests/corpus): per field, the share of sources where the entry says what a
 * careful editor would; every truth paragraph kept, every chrome line kept out.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultSettings, ingestSource, type SourceInput } from '../ingest/entry.ts';
import { inputsOf } from './source-inputs.ts';
import { SourceError } from '../ingest/errors.ts';
import { markdownBlocks } from '../ingest/markdown.ts';

interface Truth {
	about: string;
	article: boolean;
	title?: string;
	/** The standfirst under the headline, where the page has one. */
	dek?: string;
	date?: string;
	dateCertainty?: string;
	language?: string;
	agency?: string | null;
	dateline?: string | null;
	paragraphs?: string[];
	headings?: string[];
	/** Each table of the body as its rows, each row its cells joined by " | " (cell text as the source has it). */
	tables?: string[][];
	chrome?: string[];
}

/** The fields scored for each article (`dek` where the truth gives one); a page that is not one scores `rejected`. */
export const FIELDS = ['title', 'dek', 'date', 'dateCertainty', 'language', 'agency', 'dateline'] as const;
type Field = (typeof FIELDS)[number];
/** Fields scored only when the truth says what they should be. */
const OPTIONAL: ReadonlySet<Field> = new Set(['dek']);

export interface SourceScore {
	file: string;
	about: string;
	/** Field name to [expected, actual], for the fields that differ. */
	wrong: Record<string, [unknown, unknown]>;
	fieldsRight: number;
	fieldsTotal: number;
	paragraphsKept: number;
	paragraphsTotal: number;
	lostParagraphs: string[];
	tablesKept: number;
	tablesTotal: number;
	/** Each lost table by its first row. */
	lostTables: string[];
	leakedChrome: string[];
	error: string | null;
}

export interface Accuracy {
	sources: SourceScore[];
	perField: Record<Field | 'rejected', { right: number; total: number }>;
	fieldsRight: number;
	fieldsTotal: number;
	paragraphsKept: number;
	paragraphsTotal: number;
	tablesKept: number;
	tablesTotal: number;
	chromeLeaked: number;
	chromeTotal: number;
}

/** Whitespace runs as one space, Unicode NFC: the same text however it was spaced. */
const norm = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** A WARC's truth: the truth of each page it holds, by record id. */
interface WarcTruth {
	about: string;
	records: Record<string, Truth>;
}

interface Case {
	file: string;
	truth: Truth;
	input: () => Promise<SourceInput>;
}

/** Every source with a truth file: `truth/<file>.yaml`; a WARC's `truth/<warc>.yaml` lists its pages by record id. */
async function casesOf(sourceDir: string, truthDir: string): Promise<Case[]> {
	const cases: Case[] = [];
	for (const name of (await readdir(truthDir)).filter((n) => n.endsWith('.yaml')).sort()) {
		const file = name.replace(/\.yaml$/, '');
		const truth = parseYaml(await readFile(path.join(truthDir, name), 'utf8')) as Truth | WarcTruth;
		const inputs = await inputsOf(sourceDir, file);
		if (!('records' in truth)) {
			cases.push({ file, truth, input: inputs[0]!.input });
			continue;
		}
		for (const [record, pageTruth] of Object.entries(truth.records)) {
			const page = inputs.find((i) => i.record === record);
			if (!page) throw new Error(`${name}: ${file} holds no HTML page with record id ${record}`);
			cases.push({ file: page.file, truth: pageTruth, input: page.input });
		}
	}
	return cases;
}

export async function measureAccuracy(corpus: string): Promise<Accuracy> {
	const truthDir = path.join(corpus, 'truth');
	const sourceDir = path.join(corpus, 'sources');
	const perField = Object.fromEntries([...FIELDS, 'rejected'].map((f) => [f, { right: 0, total: 0 }])) as Accuracy['perField'];
	const sources: SourceScore[] = [];
	for (const { file, truth, input } of await casesOf(sourceDir, truthDir)) {
		const score: SourceScore = { file, about: truth.about, wrong: {}, fieldsRight: 0, fieldsTotal: 0, paragraphsKept: 0, paragraphsTotal: 0, lostParagraphs: [], tablesKept: 0, tablesTotal: 0, lostTables: [], leakedChrome: [], error: null };
		sources.push(score);
		let result: ReturnType<typeof ingestSource> | null = null;
		try {
			result = ingestSource(await input(), defaultSettings());
		} catch (error) {
			if (!(error instanceof SourceError)) throw error;
			score.error = error.message;
		}
		if (!truth.article) {
			const right = score.error !== null && /not an article/.test(score.error);
			perField.rejected.total++;
			score.fieldsTotal++;
			if (right) {
				perField.rejected.right++;
				score.fieldsRight++;
			} else score.wrong.rejected = ['not an article', score.error ?? `ingested as ${result?.entry.id}`];
			continue;
		}
		const blocks = result ? markdownBlocks(result.body) : [];
		const paragraphs = new Set(blocks.filter((b) => b.type === 'paragraph').map((b) => norm(b.text)));
		for (const field of FIELDS) {
			if (OPTIONAL.has(field) && truth[field] === undefined) continue;
			const expected = truth[field] ?? null;
			const actual = result ? (result.entry[field] ?? null) : null;
			perField[field].total++;
			score.fieldsTotal++;
			const same = typeof expected === 'string' && typeof actual === 'string' ? norm(expected) === norm(actual) : expected === actual;
			if (same) {
				perField[field].right++;
				score.fieldsRight++;
			} else score.wrong[field] = [expected, actual];
		}
		for (const paragraph of truth.paragraphs ?? []) {
			score.paragraphsTotal++;
			if (paragraphs.has(norm(paragraph))) score.paragraphsKept++;
			else score.lostParagraphs.push(paragraph);
		}
		// A table is kept when the body has one with exactly its rows, in order.
		const tables = new Set(blocks.filter((b) => b.type === 'table').map((b) => (b.cells ?? []).map((row) => norm(row.join(' | '))).join('\n')));
		for (const table of truth.tables ?? []) {
			score.tablesTotal++;
			if (tables.has(table.map(norm).join('\n'))) score.tablesKept++;
			else score.lostTables.push(table[0] ?? '');
		}
		const shown = result ? norm([result.entry.title, result.entry.dek ?? '', ...blocks.map((b) => b.text)].join('\n')) : '';
		for (const chrome of truth.chrome ?? []) if (result && shown.includes(norm(chrome))) score.leakedChrome.push(chrome);
	}
	const sum = (pick: (s: SourceScore) => number) => sources.reduce((n, s) => n + pick(s), 0);
	return {
		sources,
		perField,
		fieldsRight: sum((s) => s.fieldsRight),
		fieldsTotal: sum((s) => s.fieldsTotal),
		paragraphsKept: sum((s) => s.paragraphsKept),
		paragraphsTotal: sum((s) => s.paragraphsTotal),
		tablesKept: sum((s) => s.tablesKept),
		tablesTotal: sum((s) => s.tablesTotal),
		chromeLeaked: sum((s) => s.leakedChrome.length),
		chromeTotal: 0,
	};
}
