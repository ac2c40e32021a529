import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toBlocks } from '../../scripts/ingest/blocks.ts';
import { bodyToMarkdown, markdownBlocks, roundTripError } from '../../scripts/ingest/markdown.ts';
import type { BodyNode } from '../../scripts/ingest/model.ts';
import { parseStructure } from '../../scripts/ingest/structure.ts';

const TAB_TABLE = ['Party\tVotes\tShare', 'Blue Party\t7,640,854\t35.4%', 'Green Party\t6,629,402\t30.7%'];

test('tab-separated rows under a header are one table block, with the source note under it', () => {
	const blocks = toBlocks(['A paragraph before the table, which ends here.', ...TAB_TABLE, 'Source: Ministry of the Interior', 'After.'].join('\n'));
	assert.equal(blocks.length, 3);
	const [, table] = blocks;
	assert.equal(table!.line, 2);
	assert.deepEqual(table!.table!.rows, [['Party', 'Votes', 'Share'], ['Blue Party', '7,640,854', '35.4%'], ['Green Party', '6,629,402', '30.7%']]);
	assert.deepEqual(table!.table!.note, { line: 5, text: 'Source: Ministry of the Interior' });
	assert.equal(blocks[2]!.text, 'After.');
});

test('a source line naming a news agency under a table stays the article credit', () => {
	const blocks = toBlocks([...TAB_TABLE, 'Source: Reuters'].join('\n'));
	assert.equal(blocks[0]!.table!.note, null);
	assert.equal(blocks[1]!.text, 'Source: Reuters');
});

test('columns aligned with runs of spaces are a table; cell text is kept as the source has it', () => {
	const rows = ['Pos.   Team              Pts', '1.     Sparta Praha       58', '2.     Slavia Praha       56'];
	const [block] = toBlocks(rows.join('\n'));
	assert.deepEqual(block!.table!.rows, [['Pos.', 'Team', 'Pts'], ['1.', 'Sparta Praha', '58'], ['2.', 'Slavia Praha', '56']]);
	assert.equal(block!.text, 'Pos. | Team | Pts\n1. | Sparta Praha | 58\n2. | Slavia Praha | 56');
});

test('menus, share bars and a header with one row are not tables', () => {
	// Wide-spaced menus: no column of figures under a header of words.
	for (const lines of [
		['Menu   Search', 'News   Sport'],
		['Facebook 214   Twitter   Email', 'Comments 12   Share   Print'],
		// A header and one data row: no column structure yet.
		['Party\tVotes', 'Blue Party\t7,640,854'],
		// A cell that is a sentence is no table cell.
		['Name  Note', 'Alice  She said the committee would meet again next week to decide on the budget', 'Bob  2'],
	]) {
		for (const block of toBlocks(lines.join('\n'))) assert.equal(block.table, undefined, lines.join(' / '));
	}
});

test('a table and its heading are the story; the note under it is not the agency', () => {
	const page = [
		'Example Daily',
		'Home | World | Business | Sport',
		'Ruling party wins most seats in city council',
		'',
		'RIVERTON (AP) - The ruling party won the most seats in the city council, official results showed on Monday.',
		'',
		'Turnout was 57 percent, three points lower than five years ago, the election commission said.',
		'',
		'Results by party',
		...TAB_TABLE,
		'Source: Ministry of the Interior',
		'',
		'A run-off for mayor will be held in two weeks.',
		'',
		'© 2024 Example Daily',
	].join('\n');
	const s = parseStructure(page);
	assert.equal(s.agency, 'AP');
	assert.deepEqual(
		s.body.map((n) => [n.type, n.type === 'table' ? n.rows!.length : n.text]),
		[
			['paragraph', 'The ruling party won the most seats in the city council, official results showed on Monday.'],
			['paragraph', 'Turnout was 57 percent, three points lower than five years ago, the election commission said.'],
			['heading', 'Results by party'],
			['table', 3],
			['paragraph', 'Source: Ministry of the Interior'],
			['paragraph', 'A run-off for mayor will be held in two weeks.'],
		],
	);
});

test('a table right after the last paragraph, with its heading, is still the story', () => {
	const page = [
		'Ruling party wins most seats in city council',
		'The ruling party won the most seats in the city council, official results showed on Monday.',
		'Turnout was 57 percent, three points lower than five years ago, the election commission said.',
		'Results by party',
		...TAB_TABLE,
		'© 2024 Example Daily',
	].join('\n');
	const types = parseStructure(page).body.map((n) => n.type);
	assert.deepEqual(types, ['paragraph', 'paragraph', 'heading', 'table']);
});

test('a table is a GFM pipe table: pipes in cells escaped, figures right-aligned, read back cell by cell', () => {
	const rows = [['Team', 'Pts'], ['Red | Blue', '3'], ['*Stars*', '1']];
	const body: BodyNode[] = [
		{ type: 'paragraph', text: 'Before.', line: 1 },
		{ type: 'table', text: rows.map((r) => r.join(' | ')).join('\n'), line: 2, rows },
	];
	const markdown = bodyToMarkdown(body);
	assert.equal(markdown, 'Before.\n\n| Team        | Pts |\n| ----------- | --: |\n| Red \\| Blue |   3 |\n| \\*Stars\\*   |   1 |\n');
	assert.equal(roundTripError(markdown, body), null);
	assert.deepEqual(markdownBlocks(markdown)[1]!.cells, rows);
	// A cell that reads back otherwise is caught.
	assert.match(roundTripError(markdown, [body[0]!, { ...body[1]!, rows: [['Team', 'Pts'], ['Red', 'Blue', '3'], ['*Stars*', '1']] }])!, /block 2/);
});

test('a table of Korean cells lines its pipes up in a monospaced view (wide characters take two columns)', () => {
	const rows = [['품목', '가격'], ['사과(부사)', '31,250원'], ['배추', '3,420원']];
	const markdown = bodyToMarkdown([{ type: 'paragraph', text: '앞.', line: 1 }, { type: 'table', text: '', line: 2, rows }]);
	const width = (line: string) => [...line].length + (line.match(/[\uAC00-\uD7A3]/gu)?.length ?? 0);
	const lines = markdown.split('\n').filter((l) => l.startsWith('|'));
	assert.equal(lines.length, 4);
	assert.equal(new Set(lines.map(width)).size, 1, lines.join('\n'));
});

test('rows a blank line apart (a scraper that writes one after every block) are one table, the note as far under it', () => {
	const blocks = toBlocks([TAB_TABLE.join('\n\n'), '', 'Source: Ministry of the Interior', '', 'After.'].join('\n'));
	assert.deepEqual(blocks.map((b) => b.text), [TAB_TABLE.map((r) => r.replaceAll('\t', ' | ')).join('\n'), 'After.']);
	assert.equal(blocks[0]!.table!.note!.text, 'Source: Ministry of the Interior');
	// Spacing must hold through the table: an adjacent table keeps no row set apart below it.
	const mixed = toBlocks([...TAB_TABLE, '', 'Red Party\t1,002\t4.1%'].join('\n'));
	assert.equal(mixed[0]!.table!.rows.length, 3);
	assert.equal(mixed[1]!.text, 'Red Party\t1,002\t4.1%');
});
