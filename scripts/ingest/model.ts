/**
 * What the structure steps pass between them: the page's blocks, the lines
 * they remove (each with its reason) and the story they keep.
 */

export interface Block {
	/** 1-based line number of the block's first line in the source. */
	line: number;
	text: string;
	/** Set when the block is a table (rows of aligned columns): body content, whatever its words look like. */
	table?: Table;
}

/** A table of the source: a header row and its data rows, each its cells' text as the source has it. */
export interface Table {
	rows: string[][];
	/** The line right under it that says where its figures come from ("Source: Ministry of ..."): the table's, not the article's. */
	note: { line: number; text: string } | null;
}

/** A block that survived classification, with what it is next to. */
export interface ContentBlock extends Block {
	/** It follows a "Related" or "Read more" label with no prose in between: a link in a box. */
	inLinkBox: boolean;
	/** Its place among all the page's blocks, chrome included: how far apart two paragraphs stand. */
	order: number;
	/** A time stamp ("10:32 GMT", "2 hours ago") stands right above or below it: an item of a live feed, never a sub-heading. */
	besideTimeStamp: boolean;
}

export interface Removed {
	line: number;
	text: string;
	reason: string;
}

export interface BodyNode {
	type: 'paragraph' | 'heading' | 'table';
	/** A table's text is its rows, each its cells joined by " | ", one a line. */
	text: string;
	line: number;
	/** A table's rows of cells, the header first. */
	rows?: string[][];
}

/** Kinds of evidence for the agency, strongest first: the order in which they are believed. */
export const AGENCY_EVIDENCE = ['source credit', 'dateline', 'agency line', 'end credit', 'date line', 'byline', 'lede', 'site name'] as const;
export type AgencySource = (typeof AGENCY_EVIDENCE)[number];

export interface AgencyEvidence {
	source: AgencySource;
	agency: string;
	/** The words that gave it. */
	text: string;
}

/**
 * What one structure step returns: what it found, the lines it took out, the
 * agency evidence it read and what it warns of. The orchestrator gathers the
 * lines, the evidence and the warnings of every step, in the order it runs them,
 * as unified gathers a file's messages from its plugins.
 */
export interface Step<T> {
	value: T;
	removed: Removed[];
	evidence: AgencyEvidence[];
	/** A guess the report should name ("no headline above the story; ..."); absent when there is none. */
	warnings?: string[];
}
