/**
 * A page's `<table>` read as what it is: a data table (rows of names, figures
 * and labels a reader reads across and down, kept as the story's table) or the
 * page's layout (a grid that holds the story, its menu and its boxes, read
 * through as blocks). What tells them apart is the table's content, not its
 * markup: old sites lay whole pages out in tables, and pasted data tables
 * often lack `<th>`.
 */
import { words } from '../text.ts';

type El = Element;
type N = Node;

const ELEMENT = 1;
const TEXT = 3;

/** A data table: its rows of cells (the first is the header), and the lines the table gives about itself. */
export interface DataTable {
	rows: string[][];
	/** Its `<caption>`, or the `<figcaption>` of the figure that holds it. */
	caption: string | null;
	/** A row of one cell across the whole table at its foot ("Source: ...", a footnote): the table's note, not a row. */
	note: string | null;
}

/** Roles by which a page says a table is its layout. */
const LAYOUT_ROLES = new Set(['presentation', 'none']);
/** What no cell of data holds: a story's or a box's structure (headings, lists, quotes, figures, forms). */
const STRUCTURE_IN_CELL = 'h1, h2, h3, h4, h5, h6, ul, ol, dl, blockquote, figure, form, article, section, aside, nav';
/** A cell of data is a name, a figure or a label, at most a short phrase: a longer one holds the story. */
const MAX_CELL_WORDS = 30;
/** A table whose words are mostly links is a menu or a box of headlines, laid out in a grid. */
const MAX_LINKED_SHARE = 0.5;
/** Spans beyond this are not a page's table but a trap: a cell spans at most this many columns or rows, */
const MAX_SPAN = 100;
/** ... and a table's grid has at most this many places (a results table of 500 rows by 10 columns has 5,000). */
const MAX_GRID_CELLS = 20_000;
/** Block elements inside a cell: their text is parted from the next by a space, as a reader sees it. */
const CELL_BREAKS = new Set(['BR', 'P', 'DIV', 'LI', 'TR', 'TD', 'TH']);

/** A cell's text as a reader sees it: links and emphasis are text, a line break or a paragraph is a space. */
function cellText(node: N): string {
	let out = '';
	const visit = (n: N) => {
		if (n.nodeType === TEXT) out += n.textContent ?? '';
		else if (n.nodeType === ELEMENT) {
			if (CELL_BREAKS.has((n as El).tagName)) out += ' ';
			for (const child of n.childNodes) visit(child);
			if (CELL_BREAKS.has((n as El).tagName)) out += ' ';
		}
	};
	visit(node);
	return out.replace(/\s+/gu, ' ').trim();
}

const span = (cell: El, attribute: string) => Math.min(Math.max(Number.parseInt(cell.getAttribute(attribute) ?? '1', 10) || 1, 1), MAX_SPAN);

/** The table's cells as a grid: a cell spanning columns or rows fills the places it covers with empty cells. */
function gridOf(cells: El[][]): string[][] {
	const grid: string[][] = cells.map(() => []);
	cells.forEach((own, r) => {
		let column = 0;
		for (const cell of own) {
			while (grid[r]![column] !== undefined) column++;
			const wide = span(cell, 'colspan');
			// Rows below the table's last that a rowspan reaches are not rows of it.
			const tall = Math.min(span(cell, 'rowspan'), cells.length - r);
			for (let down = 0; down < tall; down++) for (let c = 0; c < wide; c++) grid[r + down]![column + c] = down === 0 && c === 0 ? cellText(cell) : '';
			column += wide;
		}
	});
	return grid.map((row) => Array.from(row, (cell) => cell ?? ''));
}

/** The cells of this table itself, row by row (a nested table's are its own). */
const cellsOf = (table: El): El[][] =>
	[...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table).map((tr) => [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));

/** Whether the table is the page's layout rather than data: its own statement, or cells that hold what data does not. */
function isLayout(table: El, cells: El[][]): boolean {
	if (LAYOUT_ROLES.has((table.getAttribute('role') ?? '').toLowerCase())) return true;
	if (table.querySelector('table')) return true;
	if (cells.length < 2 || !cells.some((row) => row.length >= 2)) return true;
	let all = 0;
	let linked = 0;
	for (const cell of cells.flat()) {
		const text = cellText(cell);
		const size = words(text).length;
		if (size > MAX_CELL_WORDS || cell.querySelector(STRUCTURE_IN_CELL)) return true;
		if ([...cell.querySelectorAll('p, div')].filter((p) => cellText(p)).length > 1) return true;
		all += size;
		linked += [...cell.querySelectorAll('a')].reduce((n, a) => n + words(cellText(a)).length, 0);
	}
	return all === 0 || linked > all * MAX_LINKED_SHARE;
}

/** The figure that holds nothing but the table and its caption. */
const figureOf = (table: El): El | null => {
	const parent = table.parentElement;
	return parent?.tagName === 'FIGURE' && [...parent.children].every((c) => c === table || c.tagName === 'FIGCAPTION') ? parent : null;
};

/** The `<figcaption>` of a figure that holds a data table: the table's caption, not a picture's. */
export const isTableCaption = (element: El): boolean =>
	element.tagName === 'FIGCAPTION' && [...(element.parentElement?.children ?? [])].some((c) => c.tagName === 'TABLE' && figureOf(c) && readDataTable(c) !== null);

/** The table as data, or null when it is the page's layout. */
export function readDataTable(table: El): DataTable | null {
	const cells = cellsOf(table);
	if (isLayout(table, cells)) return null;
	// Spans that would make a grid larger than any story's table are no table a reader reads.
	if (cells.flat().reduce((n, cell) => n + span(cell, 'colspan') * span(cell, 'rowspan'), 0) > MAX_GRID_CELLS) return null;
	const grid = gridOf(cells);
	const width = Math.max(...grid.map((row) => row.length));
	// A row of one cell across the table at its foot is its note; at its head, its title when it has no caption.
	const across = (r: number) => cells[r]!.length === 1 && grid[r]!.filter(Boolean).length === 1 && grid[r]![0] !== '' && width > 1;
	let note: string | null = null;
	let title: string | null = null;
	const kept = grid.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
	if (kept.length > 2 && across(kept.length - 1)) note = kept.pop()![0]!;
	if (kept.length > 2 && across(0)) title = kept.shift()![0]!;
	const data = kept.filter((row) => row.some(Boolean));
	if (data.length < 2) return null;
	const captionElement = [...table.children].find((c) => c.tagName === 'CAPTION');
	const figcaption = [...(figureOf(table)?.children ?? [])].find((c) => c.tagName === 'FIGCAPTION');
	const caption = (captionElement ? cellText(captionElement) : '') || (figcaption ? cellText(figcaption) : '') || title;
	return { rows: data, caption: caption || null, note };
}
