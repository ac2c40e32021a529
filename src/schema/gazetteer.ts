/**
 * `content/gazetteer.yaml`: the people, places and organizations the archive
 * tags, with the names each goes by in each language. The ingest tags entries
 * with its ids; the site names them and gives each its page. One file, read by
 * both, checked by this schema and by `checkGazetteer` (what a schema of one
 * entry cannot see: duplicate ids, an alias claimed twice).
 */
import { z } from 'zod';
import { UNSAFE_TEXT } from '../lib/unsafe-text.ts';

export const ENTITY_TYPES = ['person', 'place', 'organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The entry field and the URL segment of each type. */
export const ENTITY_FIELDS = { person: 'people', place: 'places', organization: 'organizations' } as const;
export type EntityField = (typeof ENTITY_FIELDS)[EntityType];

export const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.refine((value) => !UNSAFE_TEXT.test(value), 'must not contain control, noncharacter or bidi override characters');

/**
 * How an alias's letter case must match:
 * - `as-written` (the default): as written, or all in capitals ("Moscow", "MOSCOW");
 * - `exact`: only as written (an acronym, or a name that is a common word in capitals);
 * - `any`: any case.
 */
export const CASE_RULES = ['as-written', 'exact', 'any'] as const;

/**
 * An alias: a name as text, or with its case rule, or (for a name that is also a
 * common word, such as "IS") the context forms it must appear in ("(IS)", "IS
 * militants"); each context form contains the alias.
 */
export const aliasSchema = z.union([
	text,
	z
		.strictObject({
			text,
			case: z.enum(CASE_RULES).optional(),
			context: z.array(text).min(1).optional(),
		})
		.refine((alias) => (alias.context ?? []).every((form) => form.includes(alias.text)), 'every context form must contain the alias text'),
]);
export type Alias = z.infer<typeof aliasSchema>;

/** `*` is every language; otherwise a BCP 47 primary tag, as the entries' `language`. */
const LANGUAGE_KEY = /^(?:\*|[a-z]{2,3})$/;

export const entitySchema = z.strictObject({
	id: z.string().regex(ENTITY_ID, 'must be lowercase ASCII words joined by hyphens, as turkey or francois-hollande'),
	type: z.enum(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`),
	/** The display name; it is also an alias in every language. */
	name: text,
	wikidata: z.string().regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id, as Q43').optional(),
	/** Other names, by language (`*` for every language). */
	aliases: z.record(z.string().regex(LANGUAGE_KEY, 'must be a language tag such as en, or * for every language'), z.array(aliasSchema).min(1)).optional(),
});
export type Entity = z.infer<typeof entitySchema>;

export const gazetteerSchema = z.array(entitySchema).nullable();

/** An alias as text, with its case rule and context forms filled in. */
export function aliasParts(alias: Alias): { text: string; case: (typeof CASE_RULES)[number]; context: string[] } {
	return typeof alias === 'string' ? { text: alias, case: 'as-written', context: [] } : { text: alias.text, case: alias.case ?? 'as-written', context: alias.context ?? [] };
}

/** Every alias of an entity with its language key: its name first, under `*`. */
export function aliasesOf(entity: Entity): { language: string; alias: Alias }[] {
	return [{ language: '*', alias: entity.name }, ...Object.entries(entity.aliases ?? {}).flatMap(([language, list]) => list.map((alias) => ({ language, alias })))];
}

/** How an entity is named in messages: its place in the file and its id. */
const nameOf = (index: number, data: unknown) => {
	const id = typeof (data as { id?: unknown } | null)?.id === 'string' ? (data as { id: string }).id : null;
	return `entry ${index + 1}${id ? ` (${id})` : ''}`;
};

/**
 * The gazetteer's entities, or the problems that stop the ingest, each naming
 * its entry: invalid fields, a duplicate id, an alias two entities of the same
 * type claim in one language.
 */
export function checkGazetteer(data: unknown): { entities: Entity[]; problems: string[] } {
	if (data === null || data === undefined) return { entities: [], problems: [] };
	if (!Array.isArray(data)) return { entities: [], problems: ['must be a list of entities (each "- id: ...")'] };
	const problems: string[] = [];
	const entities: Entity[] = [];
	const ids = new Map<string, number>();
	/** `type` and lowercased form -> the languages and entities that claim it. */
	const claims = new Map<string, { language: string; id: string }[]>();
	data.forEach((item, index) => {
		const result = entitySchema.safeParse(item);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const what = issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `${issue.path.join('.') || 'the entry'} ${issue.message}`;
				problems.push(`${nameOf(index, item)}: ${what}`);
			}
			return;
		}
		const entity = result.data;
		const first = ids.get(entity.id);
		if (first !== undefined) return void problems.push(`${nameOf(index, entity)}: the id is already the id of entry ${first + 1}`);
		ids.set(entity.id, index);
		entities.push(entity);
		for (const { language, alias } of aliasesOf(entity)) {
			const { text: name, context } = aliasParts(alias);
			for (const form of context.length > 0 ? context : [name]) {
				const key = `${entity.type}\u0000${form.toLocaleLowerCase('und')}`;
				const holders = claims.get(key) ?? [];
				const other = holders.find((h) => h.id !== entity.id && (h.language === language || h.language === '*' || language === '*'));
				if (other) problems.push(`${nameOf(index, entity)}: the alias "${form}" is already claimed by ${other.id}, another ${entity.type} (${other.language === '*' ? 'in every language' : `in ${other.language}`})`);
				else claims.set(key, [...holders, { language, id: entity.id }]);
			}
		}
	});
	return { entities, problems };
}
