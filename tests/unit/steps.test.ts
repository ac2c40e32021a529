/**
 * The structure steps return what they found, the lines they took out, the
 * evidence they read and what they warn of (a `Step`, model.ts); none writes
 * into arrays passed in. The orchestrator gathers them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { takeEndCredit } from '../../scripts/ingest/agency.ts';
import { splitBody } from '../../scripts/ingest/body.ts';
import type { BodyNode, ContentBlock, Removed } from '../../scripts/ingest/model.ts';
import { findDek, findTitle } from '../../scripts/ingest/title.ts';

const block = (text: string, order: number): ContentBlock => ({ line: order + 1, text, inLinkBox: false, order, besideTimeStamp: false });
const STORY = [
	'Officials in the port city said on Tuesday that the new ferry terminal would open in the spring, two years later than planned.',
	'The delay was caused by a dispute over the contract for the steel frame, the council said in a statement on Tuesday.',
];

test('takeEndCredit returns the credit, the line it took and the agency, and leaves the rest of the story', () => {
	const body: BodyNode[] = [
		{ type: 'paragraph', text: STORY[0]!, line: 1 },
		{ type: 'paragraph', text: `${STORY[1]} (Belga)`, line: 2 },
	];
	const step = takeEndCredit(body);
	assert.equal(step.value, '(Belga)');
	assert.deepEqual(step.removed, [{ line: 2, text: '(Belga)', reason: 'agency credit' }]);
	assert.deepEqual(step.evidence.map((e) => [e.source, e.agency]), [['end credit', 'Belga']]);
	assert.equal(body[1]!.text, STORY[1]);
	const none = takeEndCredit([{ type: 'paragraph', text: STORY[0]!, line: 1 }]);
	assert.deepEqual(none, { value: null, removed: [], evidence: [] });
});

test('splitBody returns the lines of the zone it left out, each with its reason', () => {
	const content = [block('Example Daily', 0), block('New ferry terminal delayed until spring', 1), block(STORY[0]!, 2), block('Photo', 3), block(STORY[1]!, 4)];
	const step = splitBody(content, { titleIndex: 1, dekIndex: -1, bodyStart: 2, lastProse: 4 }, 'en', 'New ferry terminal delayed until spring');
	assert.deepEqual(step.value.map((n) => n.text), STORY);
	assert.deepEqual(step.removed.map((r) => [r.line, r.reason]), [[1, 'before the title (site header)'], [4, 'not prose inside the story (caption, label or link)']]);
});

test('findTitle warns through its step when the headline stands after the story; findDek only reads the lines taken before it', () => {
	const content = [block(STORY[0]!, 0), block(STORY[1]!, 1), block('Share', 2), block('Print', 3), block('Menu', 4), block('Ferry terminal delayed until spring, officials say', 5)];
	const step = findTitle(content, 0, 1, []);
	assert.equal(step.value.index, 5);
	assert.equal(step.warnings?.length, 1);
	assert.match(step.warnings![0]!, /no headline above the story/);
	assert.equal(findTitle([block('New ferry terminal delayed until spring', 0), ...STORY.map((s, i) => block(s, i + 1))], 1, 2, []).warnings, undefined);
	const dek = 'The council blames a dispute over the steel frame for a delay of two years.';
	const lines = [block('New ferry terminal delayed until spring', 0), block(dek, 1), block(STORY[0]!, 3), block(STORY[1]!, 4)];
	const before: Removed[] = [{ line: 3, text: 'By Jane Doe', reason: 'credit' }];
	const standfirst = findDek(lines, 0, 3, before);
	assert.deepEqual(standfirst, { value: dek, removed: [], evidence: [] });
	assert.equal(before.length, 1);
});
