/**
 * Tagging an article with the gazetteer's people, places and organizations.
 * Matching is by whole words: a name must start and end at word boundaries,
 * which are found by a regular expression where words are spaced and by
 * `Intl.Segmenter` in scripts written without spaces (Han, kana, Thai, Lao,
 * Khmer, Myanmar). At each word the longest alias wins; each alias's case rule
 * applies; an alias with context forms matches only inside one of them.
 * Capitalised names the gazetteer lacks are collected for the editor.
 */
import { aliasesOf, aliasParts, ENTITY_FIELDS, type Entity, type EntityField } from '../../src/schema/gazetteer.ts';
import { isStopWord } from './language.ts';

/** Scripts written without spaces between words. */
const UNSPACED_CHAR = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const UNSPACED = new RegExp(`[${UNSPACED_CHAR}]+`, 'gu');
const IS_UNSPACED = new RegExp(`[${UNSPACED_CHAR}]`, 'u');
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** The word starting at `lastIndex`. */
const WORD_AT = /[\p{L}\p{M}\p{N}]+/uy;
const segmenters = new Map<string, Intl.Segmenter>();

interface Pattern {
	entity: Entity;
	text: string;
	upper: string;
	lower: string;
	rule: 'as-written' | 'exact' | 'any';
	context: string[];
}

export interface Tagger {
	/** For one language (the text includes the title): entities by their field, each list by mentions, then first mention; and the unknown names. */
	tag(text: string, title: string, language: string): { fields: Partial<Record<EntityField, string[]>>; unknown: UnknownName[] };
}

/** A capitalised name the gazetteer does not know, and whether the title has it. */
export interface UnknownName {
	name: string;
	inTitle: boolean;
}

/** Word starts and ends of a text (as sets of offsets). */
function boundaries(text: string, language: string): { starts: number[]; ends: Set<number> } {
	const starts: number[] = [];
	const ends = new Set<number>();
	for (const m of text.matchAll(WORD)) {
		starts.push(m.index);
		ends.add(m.index + m[0].length);
	}
	if (!IS_UNSPACED.test(text)) return { starts, ends };
	let segmenter = segmenters.get(language);
	if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
	const all = new Set(starts);
	for (const run of text.matchAll(UNSPACED)) {
		for (const segment of segmenter.segment(run[0])) {
			all.add(run.index + segment.index);
			ends.add(run.index + segment.index + segment.segment.length);
		}
	}
	return { starts: [...all].sort((a, b) => a - b), ends };
}

/** The key a pattern is found by at a word start: its first word, lowercased (in unspaced scripts, its first character). */
function keyOf(text: string, at: number): string {
	const char = String.fromCodePoint(text.codePointAt(at)!);
	if (IS_UNSPACED.test(char)) return char;
	WORD_AT.lastIndex = at;
	return (WORD_AT.exec(text)?.[0] ?? char).toLowerCase();
}

function matches(text: string, at: number, pattern: Pattern): number {
	const slice = text.slice(at, at + pattern.text.length);
	if (slice === pattern.text) return pattern.text.length;
	if (pattern.rule === 'as-written' && text.startsWith(pattern.upper, at)) return pattern.upper.length;
	if (pattern.rule === 'any' && slice.toLowerCase() === pattern.lower) return pattern.text.length;
	return 0;
}

const inContext = (text: string, at: number, pattern: Pattern) =>
	pattern.context.length === 0 || pattern.context.some((form) => text.startsWith(form, at - form.indexOf(pattern.text)) && at - form.indexOf(pattern.text) >= 0);

/** A sequence of capitalised words (with the particles names carry inside them). */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s(?:(?:al|bin|de|del|der|di|du|la|le|van|von|y)\s)?\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
const SENTENCE_START = /(?:^|[.!?:;"“”«»]\s*|\n\s*)$/u;

/** Capitalised names outside the tagged spans: what an editor might add to the gazetteer. */
function unknownNames(text: string, taken: [number, number][], language: string): string[] {
	const found = new Set<string>();
	for (const m of text.matchAll(CAPITALISED)) {
		let name = m[0].replace(/[-'’]+$/u, '');
		let start = m.index;
		if (taken.some(([s, e]) => start < e && start + name.length > s)) continue;
		// A leading stop word ("The", "Pada") is the sentence's, not the name's.
		const words = name.split(/\s+/);
		while (words.length > 0 && isStopWord(words[0]!, language)) start += words.shift()!.length + 1;
		name = words.join(' ');
		if ([...name].length < 3 || (name === name.toUpperCase() && words.length > 3)) continue;
		if (words.length === 1 && SENTENCE_START.test(text.slice(Math.max(0, start - 3), start))) continue;
		found.add(name);
	}
	return [...found];
}

export function createTagger(entities: Entity[]): Tagger {
	/** Patterns by language key ('*' for every language), then by first-word key, longest first. */
	const byLanguage = new Map<string, Map<string, Pattern[]>>();
	for (const entity of entities) {
		for (const { language, alias } of aliasesOf(entity)) {
			const parts = aliasParts(alias);
			const text = parts.text.replace(/\s+/g, ' ');
			const pattern: Pattern = { entity, text, upper: text.toUpperCase(), lower: text.toLowerCase(), rule: parts.case, context: parts.context };
			const table = byLanguage.get(language) ?? byLanguage.set(language, new Map()).get(language)!;
			const key = keyOf(text, 0);
			table.set(key, [...(table.get(key) ?? []), pattern]);
		}
	}
	const merged = new Map<string, Map<string, Pattern[]>>();
	const tableFor = (language: string) => {
		let table = merged.get(language);
		if (table) return table;
		table = new Map();
		for (const source of [byLanguage.get('*'), byLanguage.get(language)]) {
			for (const [key, list] of source ?? []) table.set(key, [...(table.get(key) ?? []), ...list]);
		}
		for (const list of table.values()) list.sort((a, b) => b.text.length - a.text.length);
		merged.set(language, table);
		return table;
	};
	return {
		tag(rawText, title, language) {
			const text = rawText.replace(/\s+/g, ' ');
			const table = tableFor(language);
			const { starts, ends } = boundaries(text, language);
			const mentions = new Map<Entity, { count: number; first: number }>();
			const taken: [number, number][] = [];
			let after = 0;
			for (const at of starts) {
				if (at < after) continue;
				for (const pattern of table.get(keyOf(text, at)) ?? []) {
					const length = matches(text, at, pattern);
					// The name ends at a word's end (or with its own punctuation, as "U.N.").
					const end = at + length;
					if (length === 0 || !(ends.has(end) || !/[\p{L}\p{M}\p{N}]/u.test(text[end - 1]!)) || !inContext(text, at, pattern)) continue;
					const seen = mentions.get(pattern.entity);
					if (seen) seen.count++;
					else mentions.set(pattern.entity, { count: 1, first: at });
					taken.push([at, at + length]);
					after = at + length;
					break;
				}
			}
			const fields: Partial<Record<EntityField, string[]>> = {};
			const ranked = [...mentions].sort(([, a], [, b]) => b.count - a.count || a.first - b.first);
			for (const [entity] of ranked) (fields[ENTITY_FIELDS[entity.type]] ??= []).push(entity.id);
			const titled = title.replace(/\s+/g, ' ');
			return { fields, unknown: unknownNames(text, taken, language).map((name) => ({ name, inTitle: titled.includes(name) })) };
		},
	};
}
