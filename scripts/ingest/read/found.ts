/**
 * What every reader gives: the "found" record. A reader turns one source's
 * bytes (plain text, an HTML page, a WARC record's payload) into the page's
 * structure and what the page states about itself; everything after it
 * (dates, language, names, entities, the entry) is shared and does not know
 * which kind of input it came from.
 */
import type { Structure } from '../structure.ts';

export interface Provenance {
	/** The page's address: a WARC record's target URI, else the page's canonical link. */
	url?: string;
	/** When a crawler captured it (a WARC record's `WARC-Date`), ISO 8601 in UTC. */
	captured?: string;
	/** The web archive that holds it: its file, the record's id and byte offset. */
	warc?: { file: string; record: string; offset: number };
}

/** A fact the page states about itself, with the words a reader can check. */
export interface Stated<T> {
	value: T;
	/** Where the page says so: "inLanguage in the page's JSON-LD", "<html lang>". */
	basis: string;
}

export interface Found extends Structure {
	/** The source's text as decoded (for an HTML page, its visible text): language guesses and date checks read it. */
	text: string;
	encoding: string;
	/** What chose the encoding: a BOM, a declaration, the bytes and the evidence they give. */
	encodingBasis: string;
	/** The language, when known before the entry is made: the editor's, the page's own statement, or the first guess. */
	language: string | null;
	/** The date a crawler captured the page: the weakest clue, used only when the page gives none. */
	captured: string | null;
	provenance: Provenance;
}
