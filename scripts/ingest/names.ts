/** Agencies and places, looked up in the tables and written one way. */
import anyAscii from 'any-ascii';
import { escapeRegExp } from './regex.ts';
import { AGENCIES } from './tables/agencies.ts';
import { PLACES } from './tables/places.ts';

/** An alias as a pattern: spaces and hyphens match either ("Itar Tass", "ITAR-TASS"). */
const escape = (text: string) => escapeRegExp(text).replace(/[\s-]+/g, '[\\s-]+');

/** Longest aliases first, so "Xinhua News Agency" wins over "Xinhua". */
const AGENCY_ALIASES = AGENCIES.flatMap(({ name, aliases }) => aliases.map((alias) => ({ name, alias }))).sort(
	(a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias),
);
/** Scripts without spaces: an alias in them is matched inside a run of text ("新华社北京"). */
const UNSPACED_ALIAS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Short aliases in capitals ("AP", "AA", "PAP") match only in capitals, so that "spa" and "map" are never agencies; the rest in any case. */
const isCapitalsAlias = (alias: string) => alias.length <= 5 && alias === alias.toUpperCase() && /\p{Lu}/u.test(alias);
const aliasPattern = (alias: string) => (isCapitalsAlias(alias) ? escape(alias) : `(?i:${escape(alias)})`);
const WHOLE_WORDS = AGENCY_ALIASES.filter(({ alias }) => !UNSPACED_ALIAS.test(alias)).map(({ alias }) => aliasPattern(alias));
const INSIDE_TEXT = AGENCY_ALIASES.filter(({ alias }) => UNSPACED_ALIAS.test(alias)).map(({ alias }) => aliasPattern(alias));
/**
 * One pattern for every alias, longest first: the leftmost mention wins, and
 * at one place the longest alias. Aliases in spaced scripts are whole words.
 */
const AGENCY_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${WHOLE_WORDS.join('|')})(?![\\p{L}\\p{N}])|${INSIDE_TEXT.join('|')}`, 'u');
const AGENCY_BY_ALIAS = new Map(AGENCY_ALIASES.map(({ name, alias }) => [alias.toLowerCase().replace(/[\s-]+/g, ' '), name]));

/** The first agency the text names, with the words that name it. */
export function findAgency(text: string): { name: string; matched: string } | null {
	const match = AGENCY_PATTERN.exec(text);
	if (!match) return null;
	const name = AGENCY_BY_ALIAS.get(match[0].toLowerCase().replace(/[\s-]+/g, ' '));
	return name ? { name, matched: match[0] } : null;
}

const PLACE_BY_SPELLING = new Map(
	Object.entries(PLACES).flatMap(([english, spellings]) => spellings.map((s) => [s.toLowerCase(), english] as const)),
);

const titleCase = (text: string) =>
	text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/**
 * Scripts whose letters any-ascii transliterates as English writes place names
 * ("Новосибирск" Novosibirsk, "Θεσσαλονίκη" Thessaloniki); the soft and hard
 * signs it writes as apostrophes English leaves out ("Львів" Lviv).
 */
const TRANSLITERATED_PLACE = /^[\p{Script=Cyrillic}\p{Script=Greek}\s.'’-]+$/u;

/**
 * A place in English: the table's name; else, in Cyrillic or Greek, its
 * transliteration; else the source's spelling (capitals made title case).
 */
export function normalizePlace(place: string): string {
	const clean = place.trim().replace(/\s+/g, ' ');
	const known = PLACE_BY_SPELLING.get(clean.toLowerCase());
	if (known) return known;
	if (TRANSLITERATED_PLACE.test(clean) && /\p{L}/u.test(clean)) return titleCase(anyAscii(clean).replace(/['’"]/gu, ''));
	return clean === clean.toUpperCase() ? titleCase(clean) : clean;
}

export const isKnownPlace = (place: string) => PLACE_BY_SPELLING.has(place.trim().replace(/\s+/g, ' ').toLowerCase());

/** The known place that ends a run of text without spaces ("記者許靜文台北" -> Taipei), or null. */
export function knownPlaceAtEnd(text: string): string | null {
	for (let start = 0; start < text.length - 1; start++) {
		const known = PLACE_BY_SPELLING.get(text.slice(start).toLowerCase());
		if (known) return known;
	}
	return null;
}

/** Small words a name may have in lower case ("Rio de Janeiro", "Ministry of Defence", "Diário de Notícias"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'de', 'da', 'do', 'du', 'des', 'la', 'le', 'el', 'di', 'del', 'y', 'e', 'et', 'und', 'van', 'der', 'am', '&']);

/** A name, not words of a sentence: no word starts in lower case but its connectors ("The Northern Courier", "ANSA.it", "Hà Nội", "أبوظبي"). */
export const looksLikeName = (text: string) =>
	text
		.split(/\s+/u)
		.filter(Boolean)
		.every((w) => !/^\p{Ll}/u.test(w) || NAME_CONNECTORS.has(w) || /\.\p{L}{2,}$/u.test(w));
