/**
 * The archive's people, places and organizations for the pages: each entity
 * with its articles (timeline order), the languages it is covered in and the
 * entities most often named with it; each article's related coverage and
 * story. Built once per build from the entries and the gazetteer; pure apart
 * from that input, so it is tested without a build.
 */
import type { Entry } from './archive.ts';
import { relatedCoverage, storiesOf } from './related.ts';
import { ENTITY_FIELDS, type Entity, type EntityField, type EntityType } from '../schema/gazetteer.ts';

export interface EntityInfo {
	entity: Entity;
	field: EntityField;
	/** Its articles, in timeline order. */
	articles: Entry[];
	/** Languages it is covered in, with counts, most first. */
	languages: { value: string; count: number }[];
	/** The entities most often named in the same articles, with those counts. */
	companions: { entity: Entity; count: number }[];
}

export interface Story {
	/** The id of its first article: the story's address. */
	id: string;
	articles: Entry[];
	/** Its entities shared by most of its articles, most shared first. */
	entities: Entity[];
	/** What it is called (`storyTitle`). */
	title: { text: string; lang: string };
}

export interface EntityIndex {
	/** Entities with at least one article, by type, most covered first. */
	byType: Record<EntityType, EntityInfo[]>;
	get(field: EntityField, id: string): EntityInfo | undefined;
	/** An article's entities, as the gazetteer names them, by field. */
	entitiesOf(entry: Entry): { field: EntityField; entity: Entity }[];
	related(entry: Entry): Entry[];
	storyOf(entry: Entry): Story | undefined;
	stories: Story[];
}

const FIELDS = Object.values(ENTITY_FIELDS);
const idsOf = (entry: Entry) => FIELDS.flatMap((field) => entry.data[field] ?? []);
const COMPANIONS = 10;

/**
 * A story's title: a headline, as a reader names a story, not the list of its names: its first article's
 * in the interface's language, else its first article's; with that headline's language.
 */
export function storyTitle(articles: readonly Entry[], language: string): { text: string; lang: string } {
	const article = articles.find((a) => a.data.language === language) ?? articles[0]!;
	return { text: article.data.title, lang: article.data.language };
}

/**
 * `timeline` in timeline order; `language` the interface's (story titles). An entry naming an id the
 * gazetteer lacks stops the build, naming both.
 */
export function buildEntityIndex(timeline: readonly Entry[], gazetteer: readonly Entity[], language = 'en'): EntityIndex {
	const byId = new Map(gazetteer.map((entity) => [entity.id, entity]));
	const infos = new Map<string, EntityInfo>();
	for (const entry of timeline) {
		for (const field of FIELDS) {
			for (const id of entry.data[field] ?? []) {
				const entity = byId.get(id);
				if (!entity || ENTITY_FIELDS[entity.type] !== field) throw new Error(`${entry.id}: ${field} names "${id}", which is not one of the gazetteer's ${field}; run the ingest again after changing the gazetteer`);
				const info = infos.get(id) ?? infos.set(id, { entity, field, articles: [], languages: [], companions: [] }).get(id)!;
				info.articles.push(entry);
			}
		}
	}
	for (const info of infos.values()) {
		const languages = new Map<string, number>();
		const companions = new Map<string, number>();
		for (const entry of info.articles) {
			languages.set(entry.data.language, (languages.get(entry.data.language) ?? 0) + 1);
			for (const id of idsOf(entry)) if (id !== info.entity.id) companions.set(id, (companions.get(id) ?? 0) + 1);
		}
		info.languages = [...languages].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
		info.companions = [...companions]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.slice(0, COMPANIONS)
			.map(([id, count]) => ({ entity: byId.get(id)!, count }));
	}
	const byType = { person: [], place: [], organization: [] } as Record<EntityType, EntityInfo[]>;
	for (const info of [...infos.values()].sort((a, b) => b.articles.length - a.articles.length || a.entity.name.localeCompare(b.entity.name))) byType[info.entity.type].push(info);

	const tagged = timeline.map((entry) => ({ id: entry.id, date: entry.data.date, entities: idsOf(entry) }));
	const position = new Map(timeline.map((entry, index) => [entry.id, index]));
	const related = relatedCoverage(tagged);
	const storyNumbers = storiesOf(tagged);
	const storyMembers = new Map<number, Entry[]>();
	storyNumbers.forEach((n, index) => n >= 0 && (storyMembers.get(n) ?? storyMembers.set(n, []).get(n)!).push(timeline[index]!));
	const stories: Story[] = [];
	const storyOfIndex = new Map<number, Story>();
	for (const articles of storyMembers.values()) {
		const counts = new Map<string, number>();
		for (const entry of articles) for (const id of idsOf(entry)) counts.set(id, (counts.get(id) ?? 0) + 1);
		// Most shared first; among equals the rarest in the archive (the most telling), then by id.
		const rarity = (id: string) => infos.get(id)!.articles.length;
		const entities = [...counts].filter(([, c]) => c * 2 >= articles.length && c >= 2).sort((a, b) => b[1] - a[1] || rarity(a[0]) - rarity(b[0]) || a[0].localeCompare(b[0])).map(([id]) => byId.get(id)!);
		const story: Story = { id: articles[0]!.id, articles, entities, title: storyTitle(articles, language) };
		stories.push(story);
		for (const entry of articles) storyOfIndex.set(position.get(entry.id)!, story);
	}
	return {
		byType,
		get: (field, id) => {
			const info = infos.get(id);
			return info && info.field === field ? info : undefined;
		},
		entitiesOf: (entry) => FIELDS.flatMap((field) => (entry.data[field] ?? []).map((id) => ({ field, entity: byId.get(id)! }))),
		related: (entry) => related[position.get(entry.id)!]!.map((index) => timeline[index]!),
		storyOf: (entry) => storyOfIndex.get(position.get(entry.id)!),
		stories,
	};
}

/** A story's name: its title's text (`storyTitle`). */
export const storyName = (story: Story) => story.title.text;
