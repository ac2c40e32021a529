/**
 * Tables of an HTML page: a data table is the story's, as a GFM table with its
 * caption and its source note; a table that lays the page out is read through,
 * its cells as the page's blocks. Line breaks part a block's lines.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { defaultSettings, ingestSource } from '../../scripts/ingest/entry.ts';
import { markdownBlocks } from '../../scripts/ingest/markdown.ts';
import { blocksOf, linesOf } from '../../scripts/ingest/read/html-dom.ts';
import { readDataTable } from '../../scripts/ingest/read/html-table.ts';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element;
const table = (html: string) => readDataTable(body(html).querySelector('table')!);

const RESULTS = '<table><caption>Result</caption><thead><tr><th>Party</th><th>Votes</th></tr></thead><tbody><tr><td><a href="/blue">Blue</a> <em>Party</em></td><td><strong>7,640</strong></td></tr><tr><td>Green<br>Party</td><td>6,629</td></tr></tbody></table>';

test('a data table: its header and rows, links and emphasis as their text, a line break in a cell a space, its caption', () => {
	assert.deepEqual(table(RESULTS), { rows: [['Party', 'Votes'], ['Blue Party', '7,640'], ['Green Party', '6,629']], caption: 'Result', note: null });
});

test('a pasted table without <th> is data; a row across it at its foot is its note; spans leave empty cells', () => {
	const pasted = [
		'<table><tr><td><p><strong>Name</strong></p></td><td><p><strong>Group</strong></p></td><td><p><strong>Votes</strong></p></td></tr>',
		'<tr><td>Ann</td><td rowspan="2">North</td><td>10</td></tr><tr><td>Bob</td><td>8</td></tr>',
		'<tr><td colspan="2">Cid</td><td>5</td></tr>',
		'<tr><td colspan="3">Source: county clerk</td></tr></table>',
	].join('');
	assert.deepEqual(table(pasted), { rows: [['Name', 'Group', 'Votes'], ['Ann', 'North', '10'], ['Bob', '', '8'], ['Cid', '', '5']], caption: null, note: 'Source: county clerk' });
});

test('layout tables are not data: nested, one column, one row, a story in a cell, a grid of links, said so, or too large', () => {
	const layouts = [
		'<table><tr><td><table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>',
		'<table><tr><td><a href="/">Home</a></td></tr><tr><td><a href="/news">News</a></td></tr><tr><td><a href="/sport">Sport</a></td></tr></table>',
		'<table><tr><td><img src="logo.gif"></td><td>Serving the valley since 1912</td></tr></table>',
		`<table><tr><td>Menu</td><td><h2>Story</h2><p>${'Word '.repeat(40)}</p></td></tr><tr><td>a</td><td>b</td></tr></table>`,
		'<table><tr><td><a href="/a">Council sells plant bonds</a></td><td><a href="/b">Plant costs climb again</a></td></tr><tr><td><a href="/c">School board meets</a></td><td>3 March</td></tr></table>',
		'<table role="presentation"><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>',
		// Spans that would fill a grid larger than any story's table: a trap, not a table.
		'<table><tr><td colspan="100" rowspan="100">a</td><td colspan="100" rowspan="100">1</td></tr><tr><td>b</td><td>2</td></tr></table>',
	];
	for (const html of layouts) assert.equal(table(html), null, html);
});

test('blocks: a data table is one block under its caption; under a heading of the story, the caption is the line under it, with the source note', () => {
	const captioned = blocksOf(body(`<p>Before the table, a sentence.</p>${RESULTS}<p>After it.</p>`));
	assert.deepEqual(captioned.map((b) => [b.kind, b.text]), [['paragraph', 'Before the table, a sentence.'], ['heading', 'Result'], ['table', 'Party | Votes\nBlue Party | 7,640\nGreen Party | 6,629'], ['paragraph', 'After it.']]);
	const headed = blocksOf(body(`<h2>How the votes fell</h2>${RESULTS}<p>Quelle: Wahlamt der Stadt</p><p>After it.</p>`));
	assert.deepEqual(headed.map((b) => b.kind), ['heading', 'table', 'paragraph']);
	assert.deepEqual(headed[1]!.under, ['Result', 'Quelle: Wahlamt der Stadt']);
	// A source naming a news agency is the article's credit, not the table's note (as in the text path).
	assert.deepEqual(blocksOf(body(`${RESULTS}<p>Source: Reuters</p>`)).map((b) => b.text).at(-1), 'Source: Reuters');
});

test('a layout table is read through: its cells are the page\'s blocks, a line break in a cell parts its lines', () => {
	const page = '<table><tr><td><table><tr><td><a href="/">Home</a></td></tr><tr><td><a href="/news">News</a></td></tr></table></td><td><p>The story, in a cell.</p><p>Its second paragraph.</p></td></tr><tr><td colspan="2">Serving the valley since 1912<br>Tuesday, March 4, 2003</td></tr></table>';
	assert.deepEqual(blocksOf(body(page)).map((b) => b.text), ['Home', 'News', 'The story, in a cell.', 'Its second paragraph.', 'Serving the valley since 1912', 'Tuesday, March 4, 2003']);
});

test('lines part at a line break, unless the break falls inside a sentence', () => {
	const LINE = '\u2028';
	assert.deepEqual(linesOf(['By Linda Marsh', 'Gazette Staff Writer', 'Posted Tuesday, March 4, 2003'].join(LINE)), ['By Linda Marsh', 'Gazette Staff Writer', 'Posted Tuesday, March 4, 2003']);
	assert.deepEqual(linesOf(`The council voted${LINE}on Monday to raise rates.${LINE}Residents objected.`), ['The council voted on Monday to raise rates.', 'Residents objected.']);
});

const STORY = [
	'Skipton Town moved to the top of the league for the first time this season after a stoppage-time winner on Saturday afternoon.',
	'The home side had looked set for a point after an equaliser just after the hour, and their goalkeeper made two fine saves late on.',
	'Only the champions are promoted automatically, with the clubs finishing second to fifth going into the play-offs in May.',
];
const ingest = (html: string) => ingestSource({ file: 'page.html', bytes: Buffer.from(html) }, defaultSettings(new Date('2026-01-01')));

test('a CMS table block (a <figure> with a <figcaption>) is the story\'s table, not a figure of the site\'s furniture', () => {
	const figure = '<figure class="wp-block-table"><table><thead><tr><th>Team</th><th>Pts</th></tr></thead><tbody><tr><td>Skipton</td><td>62</td></tr><tr><td>Silsden</td><td>62</td></tr></tbody></table><figcaption>Top two after Saturday</figcaption></figure>';
	const html = `<!doctype html><html lang="en"><head><meta property="article:published_time" content="2024-04-14"></head><body><article><h1>Skipton Town go top after late winner</h1><p>${STORY[0]}</p><p>${STORY[1]}</p>${figure}<p>${STORY[2]}</p></article></body></html>`;
	const blocks = markdownBlocks(ingest(html).body);
	assert.deepEqual(blocks.map((b) => b.type), ['paragraph', 'paragraph', 'heading', 'table', 'paragraph']);
	assert.equal(blocks[2]!.text, 'Top two after Saturday');
	assert.deepEqual(blocks[3]!.cells, [['Team', 'Pts'], ['Skipton', '62'], ['Silsden', '62']]);
});

test('a page without <h1> or metadata: the text rules give the headline and the standfirst under it; an author\'s class in French names the byline', () => {
	const html = [
		'<!doctype html><html lang="en"><body><table><tr><td><a href="/">Home</a></td><td><a href="/news">News</a></td></tr></table>',
		'<div><b>Skipton Town go top after late winner</b></div><div><i>A header four minutes into stoppage time settles it</i></div>',
		'<div><span class="papier__auteur">Par Tom Ackroyd</span></div><div>Posted Sunday, April 14, 2024</div>',
		...STORY.map((p) => `<p>${p}</p>`),
		'</body></html>',
	].join('');
	const { entry } = ingest(html);
	assert.equal(entry.title, 'Skipton Town go top after late winner');
	assert.equal(entry.dek, 'A header four minutes into stoppage time settles it');
	assert.equal(entry.date, '2024-04-14');
	assert.deepEqual(entry.credits, ['Par Tom Ackroyd']);
});
