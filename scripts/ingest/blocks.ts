/**
 * Lines to blocks: one block a paragraph. Most scraped text has one paragraph a
 * line; hard-wrapped copy has its lines joined back into paragraphs.
 */
import type { Block, Table } from './model.ts';
import { findAgency } from './names.ts';
import { LIST_ITEM, endsLikeSentence } from './prose.ts';
import { SOURCE_LABELS } from './tables/chrome.ts';
import { words } from './text.ts';

/** A hard-wrapped line runs to nearly the wrap width (60-80 characters); a shorter one ends its paragraph. */
const WRAP_MIN_WIDTH = 50;

/** Columns of a results table are set apart by tabs or by runs of two or more spaces. */
const CELL_SEPARATOR = /[ \u00A0]*\t[\t \u00A0]*|[ \u00A0]{2,}/u;
/** A table cell is a name, a figure or a short label, never a sentence. */
const MAX_CELL_WORDS = 8;
const MAX_CELL_CHARS = 60;
/** A table has a header row and at least this many data rows: one row is no column structure. */
const MIN_DATA_ROWS = 2;

/** A line's cells when it could be a table row: two or more short cells. */
function cellsOf(line: string): string[] | null {
	if (!CELL_SEPARATOR.test(line)) return null;
	const cells = line.split(CELL_SEPARATOR);
	if (cells.length < 2 || cells.some((c) => c === '' || c.length > MAX_CELL_CHARS || words(c).length > MAX_CELL_WORDS)) return null;
	return cells;
}

const hasDigit = (cell: string) => /\p{Nd}/u.test(cell);

/**
 * Whether rows of one column count are a table with a header: some column has a figure in
 * every data row under a header cell of words ("Votes" over "7,640,854", "Departs" over
 * "06:10"). A menu or a share bar set out with wide spaces has no such column.
 */
function isTable(rows: string[][]): boolean {
	const [header, ...data] = rows;
	if (!header || data.length < MIN_DATA_ROWS || !header.some((cell) => !hasDigit(cell) && /\p{L}/u.test(cell))) return false;
	return header.some((cell, c) => data.every((row) => hasDigit(row[c]!)) && isColumnLabel(cell, data.map((row) => row[c]!)));
}

const YEAR = /^(?:1[89]|20)\d{2}$/u;
/**
 * A header cell over a column of figures: words ("Votes"), words with a number over figures without letters
 * ("1º tri" over "8,4%", "Săptămâna 27" over "1.020"), or a year over figures that are not years ("2024" over "2.345.100").
 */
export function isColumnLabel(cell: string, column: string[]): boolean {
	if (!/\p{L}/u.test(cell)) return YEAR.test(cell) && column.every((figure) => !YEAR.test(figure));
	return !hasDigit(cell) || column.every((figure) => !/\p{L}/u.test(figure));
}

/** A source note under a table ("Source: Ministry of ...", "Źródło: PKW"); one naming a news agency is the article's credit. */
export function noteOf(line: string | undefined): string | null {
	if (line === undefined) return null;
	const rest = SOURCE_LABELS.exec(line)?.groups?.rest;
	return rest && !findAgency(rest) ? line : null;
}

/**
 * The tables among the lines, by the index of their first line: runs of lines with the
 * same number of cells (a header and data rows), with the source note right under them.
 * A scraper that writes a blank line after every block puts one between the rows too:
 * rows are adjacent or each one blank line apart, the same all through a table, and the
 * note stands right under it or one blank line under it (as far under it as the rows are apart). Found before the lines are classified, so that no rule
 * for menus or credits reads a row or the note.
 */
function findTables(lines: string[]): Map<number, { table: Table; end: number }> {
	const tables = new Map<number, { table: Table; end: number }>();
	const cells = lines.map(cellsOf);
	for (let start = 0; start < lines.length; start++) {
		const first = cells[start];
		if (!first) continue;
		const sameCount = (i: number) => cells[i]?.length === first.length;
		// Rows one blank line apart when the second row is; then every row is.
		const step = !sameCount(start + 1) && lines[start + 1] === '' && sameCount(start + 2) ? 2 : 1;
		const rowLines = [start];
		for (let next = start + step; sameCount(next) && (step === 1 || lines[next - 1] === ''); next += step) rowLines.push(next);
		const last = rowLines.at(-1)!;
		const rows = rowLines.map((i) => cells[i]!);
		if (!isTable(rows)) {
			start = last;
			continue;
		}
		// The note right under the table or one blank line under it; under rows a blank line apart, as far under it.
		const noteAt = lines[last + 1] === '' ? last + 2 : last + 1;
		const note = step === 1 || noteAt === last + 2 ? noteOf(lines[noteAt]) : null;
		const end = note === null ? last + 1 : noteAt + 1;
		tables.set(start, { table: { rows, note: note === null ? null : { line: noteAt + 1, text: note } }, end });
		start = end - 1;
	}
	return tables;
}

/** A table block's text: its rows, each its cells joined by " | ", one a line. */
export const tableText = (rows: string[][]): string => rows.map((row) => row.join(' | ')).join('\n');

/**
 * Lines to blocks. Most scraped text has one paragraph per line; hard-wrapped
 * text (lines cut near a fixed width, paragraphs separated by blank lines) has
 * its lines joined back into paragraphs.
 */
export function toBlocks(text: string): Block[] {
	const lines = text.split('\n').map((raw) => raw.replace(/^[\s\uFEFF\u200B]+|[\s\u200B]+$/gu, ''));
	// Hard-wrapped: most long lines end near one width; a few longer ones (a menu, a header) do not change that.
	// and most of them stop mid-sentence (a line a paragraph ends in a full stop).
	let long = 0;
	let overlong = 0;
	let wrappedWidth = 0;
	let sentenceEnds = 0;
	for (const l of lines) {
		if (l.length >= 50) long++;
		if (l.length >= 50 && endsLikeSentence(l)) sentenceEnds++;
		if (l.length > 100) overlong++;
		if (l.length >= 55 && l.length <= 80) wrappedWidth++;
	}
	const wrapped = lines.some((l) => l === '') && long >= 4 && overlong <= long * 0.1 && wrappedWidth >= long * 0.75 && sentenceEnds < long / 2;
	const tables = findTables(lines);
	const blocks: Block[] = [];
	let current: Block | null = null;
	let previous = '';
	let skipTo = 0;
	lines.forEach((line, index) => {
		if (index < skipTo) return;
		const above = previous;
		previous = line;
		const found = tables.get(index);
		if (found) {
			// A table is one block, never joined to the lines around it.
			blocks.push({ line: index + 1, text: tableText(found.table.rows), table: found.table });
			current = null;
			previous = '';
			skipTo = found.end;
			return;
		}
		if (line === '') {
			current = null;
			return;
		}
		// A line continues the one above when that one ran to the wrap width (a short one ended its block).
		if (wrapped && current && !LIST_ITEM.test(line) && above.length >= WRAP_MIN_WIDTH) {
			current.text += ` ${line}`;
			return;
		}
		current = { line: index + 1, text: line };
		blocks.push(current);
	});
	return blocks;
}
