/**
 * The truth corpus (tests/corpus: 140 sources in 39 languages, 45 agencies and own reporting,
 * each with a hand-written truth file) scored as `npm run ingest:accuracy`
 * scores it: every field right, no paragraph lost, no chrome line
 * in a title, standfirst or body.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureAccuracy } from '../../scripts/lib/accuracy.ts';

const result = await measureAccuracy(new URL('../corpus/', import.meta.url).pathname);

test('every field of the corpus is right', () => {
	const wrong = result.sources.flatMap((s) => Object.entries(s.wrong).map(([field, [expected, actual]]) => `${s.file} ${field}: ${JSON.stringify(expected)} != ${JSON.stringify(actual)}`));
	assert.deepEqual(wrong, [], `${result.fieldsRight} of ${result.fieldsTotal}`);
});

test('every page that is not an article is refused as one', () => {
	assert.equal(result.perField.rejected.right, result.perField.rejected.total);
	assert.ok(result.perField.rejected.total >= 5);
});

test('no paragraph lost, no chrome line leaked', () => {
	assert.deepEqual(result.sources.flatMap((s) => s.lostParagraphs.map((p) => `${s.file}: ${p}`)), []);
	assert.deepEqual(result.sources.flatMap((s) => s.leakedChrome.map((c) => `${s.file}: ${c}`)), []);
});
