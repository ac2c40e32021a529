/**
 * The ingest's plan, in-process: which id each source gets given the entries
 * on disk, and which files a run writes and deletes. Whole plans are compared.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignIds, planFiles, type Candidate, type EntryOnDisk } from '../../scripts/ingest/plan.ts';

const ID = '2011-09-06-officials-meet';
const sha = (n: number) => String(n).repeat(64).slice(0, 64);
const entry = (id: string, from: string | null, shaOf = 1): EntryOnDisk => ({ id, from, sha256: from === null ? null : sha(shaOf), digest: `${id}:${from}` });
const candidate = (file: string, id = ID, shaOf = 1, pinned = false): Candidate => ({ file, sha256: sha(shaOf), id, pinned });

function plan(present: string[], candidates: Candidate[], onDisk: EntryOnDisk[], retired: [string, string][] = []) {
	const result = assignIds({ present, candidates, onDisk, retired: new Map(retired) });
	return { ids: Object.fromEntries(result.ids), refused: Object.fromEntries(result.refused), retired: Object.fromEntries(result.retired) };
}

test('a fresh folder: twins get -2, -3 in file-name order', () => {
	assert.deepEqual(plan(['a.txt', 'b.txt', 'c.txt'], [candidate('a.txt'), candidate('b.txt'), candidate('c.txt')], []), {
		ids: { 'a.txt': ID, 'b.txt': `${ID}-2`, 'c.txt': `${ID}-3` },
		refused: {},
		retired: {},
	});
});

test('a rejected source keeps its id: its twin is not moved onto it (issue 8, case 1)', () => {
	const onDisk = [entry(ID, 'a.txt'), entry(`${ID}-2`, 'b.txt')];
	assert.deepEqual(plan(['a.txt', 'b.txt'], [candidate('b.txt')], onDisk), { ids: { 'b.txt': `${ID}-2` }, refused: {}, retired: {} });
	// And the files: b's entry is unchanged, a's last good entry stays.
	const files = planFiles(new Map([[`${ID}-2.md`, { content: 'b', digest: `${ID}-2:b.txt` }]]), onDisk, new Set(['a.txt']));
	assert.deepEqual(files, { write: [], delete: [], unchanged: 1, problems: [] });
});

test('a newcomer whose name sorts first never takes an existing id (issue 8, case 2)', () => {
	const onDisk = [entry(ID, 'b.txt')];
	assert.deepEqual(plan(['a.txt', 'b.txt'], [candidate('a.txt', ID, 2), candidate('b.txt')], onDisk), {
		ids: { 'a.txt': `${ID}-2`, 'b.txt': ID },
		refused: {},
		retired: {},
	});
});

test('removing one twin renumbers none of the others, and its id is never given to another source (issue 8, case 2)', () => {
	const twins = Array.from({ length: 5 }, (_, i) => `t${i}.txt`);
	const onDisk = twins.map((file, i) => entry(i === 0 ? ID : `${ID}-${i + 1}`, file, i + 1));
	const left = twins.slice(1);
	const first = plan(left, left.map((file, i) => candidate(file, ID, i + 2)), onDisk);
	assert.deepEqual(first, {
		ids: { 't1.txt': `${ID}-2`, 't2.txt': `${ID}-3`, 't3.txt': `${ID}-4`, 't4.txt': `${ID}-5` },
		refused: {},
		retired: { [ID]: 't0.txt' },
	});
	const ids: Record<string, string> = first.ids;
	const files = planFiles(
		new Map(left.map((file) => [`${ids[file]}.md`, { content: file, digest: `${ids[file]}:${file}` }])),
		onDisk,
		new Set(),
	);
	assert.deepEqual(files, { write: [], delete: [`${ID}.md`], unchanged: 4, problems: [] });
	// Later, a new twin: not the retired id, the next free suffix.
	const later = plan(['new.txt', ...left], [candidate('new.txt', ID, 9), ...left.map((file, i) => candidate(file, ID, i + 2))], onDisk.slice(1), Object.entries(first.retired));
	assert.equal(later.ids['new.txt'], `${ID}-6`);
	assert.deepEqual(later.retired, { [ID]: 't0.txt' });
	// The removed source itself, back again, gets its id back.
	const back = plan(['t0.txt', ...left], [candidate('t0.txt', ID, 1), ...left.map((file, i) => candidate(file, ID, i + 2))], onDisk.slice(1), Object.entries(first.retired));
	assert.equal(back.ids['t0.txt'], ID);
	assert.deepEqual(back.retired, {});
});

test('a source renamed with the same bytes keeps its id; renamed and edited, it is a newcomer', () => {
	const onDisk = [entry(ID, 'old.txt', 7)];
	assert.deepEqual(plan(['new.txt'], [candidate('new.txt', ID, 7)], onDisk), { ids: { 'new.txt': ID }, refused: {}, retired: {} });
	assert.deepEqual(plan(['new.txt'], [candidate('new.txt', ID, 8)], onDisk), { ids: { 'new.txt': `${ID}-2` }, refused: {}, retired: { [ID]: 'old.txt' } });
});

test('an edited source keeps its id even when its title now gives another', () => {
	assert.deepEqual(plan(['a.txt'], [candidate('a.txt', '2011-09-06-a-corrected-title', 3)], [entry(ID, 'a.txt')]), { ids: { 'a.txt': ID }, refused: {}, retired: {} });
});

test('an override may pin an id no other source holds; pinning a held id is refused with the holder named (issue 8, case 2)', () => {
	const onDisk = [entry(ID, 'a.txt')];
	assert.deepEqual(plan(['a.txt', 'b.txt'], [candidate('a.txt'), candidate('b.txt', ID, 2, true)], onDisk), {
		ids: { 'a.txt': ID },
		refused: { 'b.txt': `the pinned id "${ID}" is already the id of a.txt; pin another id` },
		retired: {},
	});
	// Two overrides pinning one free id: the first in file-name order has it.
	assert.deepEqual(plan(['x.txt', 'y.txt'], [candidate('x.txt', 'free-id', 1, true), candidate('y.txt', 'free-id', 2, true)], []).refused, {
		'y.txt': 'the pinned id "free-id" is pinned by x.txt too; pin another id',
	});
	// A source pinned to a new id moves there; its old id is retired, never reused.
	const moved = plan(['a.txt'], [candidate('a.txt', '2011-09-06-pinned', 1, true)], onDisk);
	assert.deepEqual(moved, { ids: { 'a.txt': '2011-09-06-pinned' }, refused: {}, retired: { [ID]: 'a.txt' } });
	const files = planFiles(new Map([['2011-09-06-pinned.md', { content: 'a', digest: 'new' }]]), onDisk, new Set());
	assert.deepEqual(files, { write: [['2011-09-06-pinned.md', 'a']], delete: [`${ID}.md`], unchanged: 0, problems: [] });
});

test('a file the ingest did not write keeps its name: newcomers step round it, and it is never overwritten or deleted', () => {
	const onDisk = [entry(ID, null)];
	assert.deepEqual(plan(['a.txt'], [candidate('a.txt')], onDisk).ids, { 'a.txt': `${ID}-2` });
	const files = planFiles(new Map([[`${ID}.md`, { content: 'x', digest: 'x' }]]), onDisk, new Set());
	assert.deepEqual(files, { write: [], delete: [], unchanged: 0, problems: [`${ID}.md: a file the ingest did not write is in the way; it is left alone`] });
});
