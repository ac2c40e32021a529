/**
 * Words that attribute a story: reporting verbs that name an agency in the
 * lede, and notices that name the site a copy was republished from. A new
 * language is new rows here.
 */
import { anyScriptBoundaries } from '../regex.ts';

/** "... reports RIA Novosti." in the lede names the agency when nothing else does; each row is one language's verbs. */
export const REPORTING_VERBS: string[] = [
	'report', 'reports', 'reported', 'according to', 'quoted by', 'told', // en
	'lapor', 'melaporkan', 'menurut', 'dilansir', // id
	'selon', 'rapporte', // fr
	'según', 'informa', 'informó', // es
	'segundo', 'informou', // pt
	'berichtet', 'meldet', 'laut', // de
	'secondo', 'riferisce', // it
	'volgens', 'meldt', // nl
	'według', 'podaje', // pl
	'сообщает', 'передает', 'передаёт', 'по данным', 'повідомляє', // ru, uk
	'göre', 'bildirdi', // tr
];

/** Articles and "the agency" words that may stand between the verb and the name. */
export const AGENCY_NOUNS: string[] = ['the', 'kantor berita', "l'agence", 'la agencia', 'a agência', 'die agentur', "l'agenzia", 'het persbureau', 'agencja', 'агентство', 'агентства'];

/** A site's name in a notice: capitalised words, maybe with a domain ("Equipo Nizkor", "Example.com"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'-]*(?:\.[\p{L}\p{N}]+)*(?: \p{Lu}[\p{L}\p{N}&'-]*(?:\.[\p{L}\p{N}]+)*)*`;

/** Republication and copyright notices that name the publisher of a copy. */
export const PUBLISHER_PATTERNS: RegExp[] = [
	new RegExp(String.raw`\bpublished (?:on \S+ )?by (?:the )?(?<name>${NAME})`, 'u'),
	new RegExp(String.raw`(?:©|\bcopyright\b)\s*(?:\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(?<name>${NAME})`, 'u'),
].map(anyScriptBoundaries);
/** Words a notice's name capture may catch that name no one. */
export const NOT_A_PUBLISHER = /^(all|the|copyright)$/i;
