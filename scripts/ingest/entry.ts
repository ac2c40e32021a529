/**
 * One source to one entry: decode, find the structure, settle date, language
 * and agency, apply the editor's override, validate with the schema, and write
 * the Markdown. Pure: bytes in, text out; the CLI does the file system.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { articleSchema, overrideSchema, type Article, type Override } from '../../src/schema/article.ts';
import { unreadDates } from './dates.ts';
import { settleDate } from './settle-date.ts';
import { readPageClues } from './page-dates.ts';
import { safeText } from './decode.ts';
import { SourceError } from './errors.ts';
import { detectLanguage } from './language.ts';
import { bodyToMarkdown, roundTripError, sectionsOf } from './markdown.ts';
import { makeId } from '../../src/lib/slug.ts';
import type { Removed } from './model.ts';
import type { Found } from './read/found.ts';
import { readHtml, type Origin } from './read/html.ts';
import { isHtml } from './read/kind.ts';
import { readText } from './read/text.ts';
import { wordCount } from './text.ts';
import { ENTITY_FIELDS, type Entity } from '../../src/schema/gazetteer.ts';
import { createTagger, type Tagger, type UnknownName } from './entities.ts';

export interface SourceInput {
	/** File name relative to the sources folder, as recorded in `source.file`. */
	file: string;
	bytes: Uint8Array;
	/** Text of `<name>.meta.yaml`, when the editor wrote one. */
	override?: { file: string; text: string };
	/** Where a WARC record's payload came from (read/warc.ts): its HTTP header, address, capture and record. */
	origin?: Origin;
}

/** What a run accepts, the same for every source. */
export interface Settings {
	/** Article dates outside these years (inclusive) are rejected: a misread date, or a page from the wrong place. */
	years: { min: number; max: number };
	/** The people, places and organizations to tag (content/gazetteer.yaml). */
	gazetteer: Entity[];
}

/** From 1800 (the earliest news agencies) to next year; no gazetteer. */
export const defaultSettings = (now = new Date()): Settings => ({ years: { min: 1800, max: now.getUTCFullYear() + 1 }, gazetteer: [] });

/** One tagger per gazetteer (each parsing thread builds its own once). */
const taggers = new WeakMap<Entity[], Tagger>();
const taggerFor = (gazetteer: Entity[]) => taggers.get(gazetteer) ?? taggers.set(gazetteer, createTagger(gazetteer)).get(gazetteer)!;

export interface Ingested {
	entry: Article;
	/** The Markdown body, without frontmatter. */
	body: string;
	removed: Removed[];
	warnings: string[];
	encoding: string;
	/** What chose the encoding (the report shows it beside the encoding). */
	encodingBasis: string;
	/** The editor pinned the id: it is never given a suffix. */
	pinnedId: boolean;
	/** Capitalised names the gazetteer does not know. */
	unknownNames: UnknownName[];
}

/** The editor's override beside a source: `<name>.meta.yaml` for `<name>.txt`; `<warc>#<record id>.meta.yaml` for a page in a WARC. */
export const overrideNameFor = (file: string) => (/\.warc(?:\.gz)?#/iu.test(file) ? `${file}.meta.yaml` : `${file.replace(/\.[^./]+$/, '')}.meta.yaml`);

function readOverride(override: SourceInput['override']): Override | null {
	if (!override) return null;
	let data: unknown;
	try {
		data = parseYaml(override.text);
	} catch (error) {
		throw new SourceError(`${override.file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
	}
	if (data === null || data === undefined) return null;
	const result = overrideSchema.safeParse(cleanStrings(data));
	if (!result.success) {
		throw new SourceError(`${override.file}: ${formatIssues(result.error.issues)}`);
	}
	if (result.data.date && !result.data.dateBasis) {
		throw new SourceError(`${override.file}: sets date without dateBasis: say how the date is known`);
	}
	return result.data;
}

/** Every string in a parsed override without the characters that must not reach a page. */
function cleanStrings(value: unknown): unknown {
	if (typeof value === 'string') return safeText(value).replace(/\n/g, ' ');
	if (Array.isArray(value)) return value.map(cleanStrings);
	if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)]));
	return value;
}

/** zod's issues as one line: the field and what is wrong with it. */
function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
	return issues
		.map((issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `${issue.path.join('.') || 'the file'} ${issue.message}`))
		.join('; ');
}

/** Longest lead, in characters. */
const LEAD_LENGTH = 300;

/** A paragraph cut for lists and feeds: whole when short; else after its last sentence within the limit, or at a word, with an ellipsis. */
export function leadOf(paragraph: string): string {
	const text = paragraph.replace(/\s+/g, ' ').trim();
	if (text.length <= LEAD_LENGTH) return text;
	const head = text.slice(0, LEAD_LENGTH);
	const sentence = /^.*(?:[.!?]["”’»)]?(?=\s)|[。！？][」』”]?)/su.exec(head)?.[0];
	if (sentence && sentence.length >= LEAD_LENGTH / 3) return sentence;
	const word = head.replace(/\s+\S*$/u, '');
	return `${word.length > 0 && word.length < head.length ? word : head.slice(0, LEAD_LENGTH - 1)}…`;
}

/** The reader for the source's kind (read/kind.ts): HTML pages and WARC records' payloads by the HTML reader, the rest as text. */
function readSource(input: SourceInput, languageHint: string | null): Found {
	if (input.origin || isHtml(input.file, input.bytes)) return readHtml(input.bytes, { languageHint, origin: input.origin ?? null });
	return readText(input.bytes, languageHint);
}

const DAY_MS = 86_400_000;

/** The date from the clues, else the day a crawler captured the page (the weakest clue); null when nothing dates it. */
function dateOf(found: Found, articleText: string, warnings: string[]): { date: string; dateCertainty: Article['dateCertainty']; dateBasis: string } | null {
	// The page around the story: a scraper's stamp or the crawl's capture, the copyright year, a relative date above the story.
	const page = readPageClues(found.text, found.body[0]?.text ?? null, found.captured, { agency: found.agency });
	const settled = settleDate(found.dateClues, articleText, warnings, page);
	const captured = found.captured;
	if (settled) {
		const later = captured ? Math.round((Date.parse(captured.slice(0, 10)) - Date.parse(settled.date)) / DAY_MS) : 0;
		// Where the basis bounds the date by the capture, it has said so once already.
		const note = captured && later > 0 && !settled.namesCapture ? ` A crawler captured the page ${later} day${later === 1 ? '' : 's'} later (${captured.slice(0, 10)}).` : '';
		return { date: settled.date, dateCertainty: settled.certainty, dateBasis: `${settled.basis}${note}` };
	}
	if (!captured) return null;
	warnings.push(`the page gives no date: dated by its capture (${captured})`);
	return { date: captured.slice(0, 10), dateCertainty: 'inferred', dateBasis: `The page gives no date; a crawler captured it on ${captured.slice(0, 10)} (WARC-Date ${captured}), so it appeared on that day or before.` };
}

/**
 * The editor's override over what the source gives, one rule for every field: a
 * field the override sets (to null too, where the schema allows it) wins; a field
 * it leaves out is the source's.
 */
function applyOverride(override: Override | null) {
	return <K extends keyof Override>(key: K, found: Override[K]): Override[K] => (override && override[key] !== undefined ? override[key] : found);
}
const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export function ingestSource(input: SourceInput, settings: Settings): Ingested {
	const sha256 = createHash('sha256').update(input.bytes).digest('hex');
	const override = readOverride(input.override);
	const pick = applyOverride(override);
	const structure = readSource(input, override?.language ?? null);
	const { text, encoding, encodingBasis } = structure;
	const pageLanguage = structure.language;
	if (structure.notArticle) throw new SourceError(`not an article: ${structure.notArticle}`);
	const warnings = [...structure.warnings];
	if (structure.body.filter((n) => n.type === 'paragraph').length === 0) {
		throw new SourceError('no article body: no paragraph of prose was found');
	}
	const title = pick('title', structure.title ?? undefined);
	if (!title) throw new SourceError(`no title found: add a title in ${overrideNameFor(input.file)}`);

	const articleText = [title, structure.dek ?? '', ...structure.body.map((n) => n.text)].join('\n');
	let dated: { date: string; dateCertainty: Article['dateCertainty']; dateBasis: string };
	if (override?.date) {
		dated = { date: override.date, dateCertainty: 'editor', dateBasis: override.dateBasis! };
	} else {
		const settled = dateOf(structure, articleText, warnings);
		if (!settled) {
			const unread = unreadDates(text, pageLanguage)[0];
			if (unread) throw new SourceError(`no date: ${unread}, and the text gives no other; add date and dateBasis in ${overrideNameFor(input.file)}`);
			const hint = structure.dateClues.length > 0 ? 'the text gives a day and month but nothing pins the year' : 'the text gives no dated credit, date line or dateline';
			throw new SourceError(`no date: ${hint}; add date and dateBasis in ${overrideNameFor(input.file)}`);
		}
		dated = { ...settled, dateBasis: override?.dateBasis ?? settled.dateBasis };
	}

	const year = Number(dated.date.slice(0, 4));
	const { min, max } = settings.years;
	if (year < min || year > max) {
		throw new SourceError(`the date ${dated.date} (${dated.dateCertainty === 'editor' ? 'from the override' : 'read from the text'}) is outside the accepted years ${min}-${max}; if it is right, run with --years`);
	}

	// The page's language, guessed from its longest lines, is the article's; the article's own text decides when that guess failed.
	const language = pageLanguage ?? detectLanguage(articleText)?.tag;
	if (!language) throw new SourceError(`language not recognised: add language in ${overrideNameFor(input.file)}`);

	const markdown = bodyToMarkdown(structure.body);
	const mismatch = roundTripError(markdown, structure.body);
	if (mismatch) throw new SourceError(`the written Markdown does not read back as the source text: ${mismatch}`);
	const sections = sectionsOf(structure.body);
	const words = structure.body.reduce((sum, node) => sum + wordCount(node.text, language), 0);
	const dek = pick('dek', structure.dek ?? undefined);
	const tagged = taggerFor(settings.gazetteer).tag([title, dek ?? '', ...structure.body.map((n) => n.text)].join('\n'), title, language);
	const known = new Set(settings.gazetteer.map((entity) => `${ENTITY_FIELDS[entity.type]}:${entity.id}`));
	const entities = Object.fromEntries(Object.values(ENTITY_FIELDS).flatMap((field) => {
		const unknown = override?.[field]?.find((id) => !known.has(`${field}:${id}`));
		if (unknown) throw new SourceError(`${input.override!.file}: ${field} names "${unknown}", which is not one of the gazetteer's ${field}`);
		const ids = pick(field, tagged.fields[field]);
		return ids && ids.length > 0 ? [[field, ids]] : [];
	}));

	const candidate = {
		id: pick('id', makeId(dated.date, title, sha256.slice(0, 12))),
		title,
		...dated,
		language,
		agency: pick('agency', structure.agency),
		publisher: pick('publisher', structure.publisher),
		dateline: pick('dateline', structure.dateline),
		source: { file: input.file, sha256, ...structure.provenance },
		wordCount: words,
		lead: leadOf(structure.body.find((n) => n.type === 'paragraph')!.text),
		...(dek ? { dek } : {}),
		...optional('credits', pick('credits', structure.credits.length > 0 ? structure.credits : undefined)),
		...optional('sections', pick('sections', sections.length > 0 ? sections : undefined)),
		...entities,
	};
	const result = articleSchema.safeParse(candidate);
	if (!result.success) {
		throw new SourceError(`entry does not match the schema: ${formatIssues(result.error.issues)}`);
	}
	return { entry: result.data, body: markdown, removed: structure.removed, warnings, encoding, encodingBasis, pinnedId: override?.id !== undefined, unknownNames: tagged.unknown };
}
