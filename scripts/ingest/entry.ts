/**
 * One source to one entry: decode, find the structure, settle date, language
 * and agency, apply the editor's override, validate with the schema, and write
 * the Markdown. Pure: bytes in, text out; the CLI does the file system.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { articleSchema, overrideSchema, type Article, type Override } from '../../src/schema/article.ts';
import { iso, inferYear, type DateMention } from './dates.ts';
import { decode } from './decode.ts';
import { SourceError } from './errors.ts';
import { detectLanguage } from './language.ts';
import { bodyToMarkdown, roundTripError, sectionsOf } from './markdown.ts';
import { makeId } from '../../src/lib/slug.ts';
import { parseStructure, type DateClue, type Removed, type Structure } from './structure.ts';

export interface SourceInput {
	/** File name relative to the sources folder, as recorded in `source.file`. */
	file: string;
	bytes: Uint8Array;
	/** Text of `<name>.meta.yaml`, when the editor wrote one. */
	override?: { file: string; text: string };
}

export interface Ingested {
	entry: Article;
	/** The Markdown body, without frontmatter. */
	body: string;
	removed: Removed[];
	warnings: string[];
	encoding: string;
	/** The editor pinned the id: it is never given a suffix. */
	pinnedId: boolean;
}

/** The editor's override beside a source: `<name>.meta.yaml` for `<name>.txt`. */
export const overrideNameFor = (file: string) => `${file.replace(/\.[^./]+$/, '')}.meta.yaml`;

const CLUE_PRIORITY = ['credit line', 'date line', 'dateline'];

const quote = (text: string) => `"${text.replace(/\s+/g, ' ').trim()}"`;

function describeMention(m: DateMention): string {
	return quote(m.raw.replace(/[,\s]+$/u, ''));
}

interface SettledDate {
	date: string;
	certainty: 'stated' | 'inferred';
	basis: string;
}

/** The article's date from the clues, or the year inferred from the text; null when nothing pins it. */
export function settleDate(clues: DateClue[], articleText: string, warnings: string[]): SettledDate | null {
	const ordered = [...clues].sort((a, b) => CLUE_PRIORITY.indexOf(a.where) - CLUE_PRIORITY.indexOf(b.where));
	const full = ordered.filter((c) => c.mention.year !== null);
	if (full.length > 0) {
		const chosen = full[0]!;
		const { year, month, day } = chosen.mention;
		const date = iso(year!, month, day);
		for (const other of full.slice(1)) {
			const otherDate = iso(other.mention.year!, other.mention.month, other.mention.day);
			if (otherDate !== date) warnings.push(`the ${other.where} ${quote(other.line)} gives ${otherDate}; the ${chosen.where} gives ${date}, which is used`);
		}
		return { date, certainty: 'stated', basis: `The ${chosen.where} ${quote(chosen.line)} gives the date.` };
	}
	const partial = ordered[0];
	if (!partial) return null;
	const { month, day } = partial.mention;
	const inference = inferYear(month, day, articleText);
	if (!inference) return null;
	const named = inference.constraints.map(describeMention).join(' and ');
	const others = inference.alternatives.length > 0 ? ` (also ${inference.alternatives.join(', ')})` : '';
	return {
		date: iso(inference.year, month, day),
		certainty: 'inferred',
		basis:
			`The ${partial.where} ${quote(partial.line)} gives ${describeMention(partial.mention)} without a year; ` +
			`the text names ${named}, weekdays that fit ${inference.year}${others}, ` +
			(inference.named
				? `and the text names ${inference.year} itself.`
				: `and ${inference.year} is the nearest of these to ${inference.latestYearMentioned}, the latest year the text mentions.`),
	};
}

function readOverride(override: SourceInput['override']): Override | null {
	if (!override) return null;
	let data: unknown;
	try {
		data = parseYaml(override.text);
	} catch (error) {
		throw new SourceError(`${override.file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
	}
	if (data === null || data === undefined) return null;
	const result = overrideSchema.safeParse(data);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => {
			if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
			return `${issue.path.join('.') || 'the file'} ${issue.message}`;
		});
		throw new SourceError(`${override.file}: ${problems.join('; ')}`);
	}
	if (result.data.date && !result.data.dateBasis) {
		throw new SourceError(`${override.file}: sets date without dateBasis: say how the date is known`);
	}
	return result.data;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Words by Unicode word segmentation (right for scripts without spaces too). */
function countWords(text: string, language: string): number {
	let segmenter = segmenters.get(language);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(language, { granularity: 'word' });
		segmenters.set(language, segmenter);
	}
	let count = 0;
	for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
	return count;
}

export function ingestSource(input: SourceInput): Ingested {
	const sha256 = createHash('sha256').update(input.bytes).digest('hex');
	const override = readOverride(input.override);
	const { text, encoding } = decode(input.bytes);
	const structure: Structure = parseStructure(text);
	const warnings = [...structure.warnings];
	if (structure.body.filter((n) => n.type === 'paragraph').length === 0) {
		throw new SourceError('no article body: no paragraph of prose was found');
	}
	const title = override?.title ?? structure.title;
	if (!title) throw new SourceError(`no title found: add a title in ${overrideNameFor(input.file)}`);

	const articleText = [title, structure.dek ?? '', ...structure.body.map((n) => n.text)].join('\n');
	let dated: { date: string; dateCertainty: Article['dateCertainty']; dateBasis: string };
	if (override?.date) {
		dated = { date: override.date, dateCertainty: 'editor', dateBasis: override.dateBasis! };
	} else {
		const settled = settleDate(structure.dateClues, articleText, warnings);
		if (!settled) {
			const hint = structure.dateClues.length > 0 ? 'the text gives a day and month but nothing pins the year' : 'the text gives no dated credit, date line or dateline';
			throw new SourceError(`no date: ${hint}; add date and dateBasis in ${overrideNameFor(input.file)}`);
		}
		dated = { date: settled.date, dateCertainty: settled.certainty, dateBasis: override?.dateBasis ?? settled.basis };
	}

	const language = override?.language ?? detectLanguage(articleText)?.tag;
	if (!language) throw new SourceError(`language not recognised: add language in ${overrideNameFor(input.file)}`);

	const markdown = bodyToMarkdown(structure.body);
	const mismatch = roundTripError(markdown, structure.body);
	if (mismatch) throw new SourceError(`the written Markdown does not read back as the source text: ${mismatch}`);
	const sections = sectionsOf(structure.body);
	const wordCount = structure.body.reduce((sum, node) => sum + countWords(node.text, language), 0);

	const candidate = {
		id: override?.id ?? makeId(dated.date, title, sha256.slice(0, 12)),
		title,
		...dated,
		language,
		agency: override?.agency !== undefined ? override.agency : structure.agency,
		publisher: override?.publisher !== undefined ? override.publisher : structure.publisher,
		dateline: override?.dateline !== undefined ? override.dateline : structure.dateline,
		source: { file: input.file, sha256 },
		wordCount,
		...(override?.dek ?? structure.dek ? { dek: override?.dek ?? structure.dek! } : {}),
		...(override?.credits ?? structure.credits.length > 0 ? { credits: override?.credits ?? structure.credits } : {}),
		...(override?.sections ?? sections.length > 0 ? { sections: override?.sections ?? sections } : {}),
	};
	const result = articleSchema.safeParse(candidate);
	if (!result.success) {
		throw new SourceError(`entry does not match the schema: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
	}
	return { entry: result.data, body: markdown, removed: structure.removed, warnings, encoding, pinnedId: override?.id !== undefined };
}
