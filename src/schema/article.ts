/**
 * The article entry: the one contract between the ingest (which writes entries)
 * and the site (which reads them through Astro's content collection).
 */
import { z } from 'zod';
import { UNSAFE_TEXT } from '../lib/unsafe-text.ts';
import { ENTITY_ID } from './gazetteer.ts';

export const DATE_CERTAINTIES = ['stated', 'inferred', 'editor'] as const;

import { ID_MAX_LENGTH, ID_PATTERN } from './ids.ts';

export { ID_MAX_LENGTH, ID_PATTERN };

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
	.refine((value) => {
		const date = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
	}, 'must be a real calendar date');


const nonEmpty = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.refine((value) => !UNSAFE_TEXT.test(value), 'must not contain control, noncharacter or bidi override characters');

export const sectionSchema = z.strictObject({
	title: nonEmpty,
	id: z.string().regex(/^[^\s#]+$/, 'must be an anchor id without spaces or #'),
});

const entityIds = z
	.array(z.string().regex(ENTITY_ID, 'must be a gazetteer id (lowercase ASCII words joined by hyphens)'))
	.min(1)
	.refine((ids) => new Set(ids).size === ids.length, 'must not name an entity twice');

export const sourceSchema = z.strictObject({
	/** The file name exactly as on disk (any name the file system allows); pages show it through `printable`. */
	file: z.string().min(1, 'must not be empty'),
	sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256'),
	/** The page's address: a WARC record's target URI, else an HTML page's canonical link. */
	url: z.url({ protocol: /^https?$/ }).optional(),
	/** When a crawler captured the page (a WARC record's WARC-Date), ISO 8601 in UTC. */
	captured: z.iso.datetime().optional(),
	/** The web archive holding the page: its file in the sources folder, the record's id and the record's byte offset. `file` above is `<warc file>#<record id>`. */
	warc: z.strictObject({ file: z.string().min(1), record: z.string().min(1), offset: z.number().int().nonnegative() }).optional(),
});

export const articleSchema = z.strictObject({
	id: z
		.string()
		.max(ID_MAX_LENGTH, `must be at most ${ID_MAX_LENGTH} characters`)
		.regex(ID_PATTERN, 'must look like YYYY-MM-DD-title-slug (lowercase ASCII)'),
	title: nonEmpty,
	date: isoDate,
	dateCertainty: z.enum(DATE_CERTAINTIES),
	dateBasis: nonEmpty,
	language: z.string().regex(/^[a-z]{2,3}$/, 'must be a BCP 47 primary language tag such as en or id'),
	agency: nonEmpty.nullable(),
	publisher: nonEmpty.nullable(),
	dateline: nonEmpty.nullable(),
	source: sourceSchema,
	wordCount: z.number().int().nonnegative(),
	dek: nonEmpty.optional(),
	/** The story's opening: its first paragraph, cut after a sentence (or a word) within 300 characters; lists and feeds show it. */
	lead: nonEmpty.max(300),
	credits: z.array(nonEmpty).min(1).optional(),
	sections: z.array(sectionSchema).min(1).optional(),
	/** The gazetteer's people, places and organizations the article names (entity ids), most mentioned first. */
	people: entityIds.optional(),
	places: entityIds.optional(),
	organizations: entityIds.optional(),
});

export type Article = z.infer<typeof articleSchema>;
export type DateCertainty = (typeof DATE_CERTAINTIES)[number];

/** Field order of a written entry: the schema's own order. */
export const ARTICLE_FIELDS = Object.keys(articleSchema.shape) as (keyof Article)[];

/**
 * What an editor may set in `<source>.meta.yaml`. Every entry field except
 * `source` (that is always the raw file), `wordCount` and `lead` (derived from the body).
 */
export const overrideSchema = articleSchema
	.omit({ source: true, wordCount: true, dateCertainty: true, lead: true })
	.partial();

export type Override = z.infer<typeof overrideSchema>;
