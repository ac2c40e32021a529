/**
 * The HTML and WARC corpus (tests/corpus-html: saved pages of many shapes,
 * languages, scripts and charsets, and two WARC files holding some of them
 * among redirects and non-HTML records; each with hand-written truth) scored as
 * `npm run ingest:accuracy` scores it: every field right, no
 * paragraph lost, no chrome line in a title, standfirst or body.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureAccuracy } from '../../scripts/lib/accuracy.ts';

const result = await measureAccuracy(new URL('../corpus-html/', import.meta.url).pathname);

test('the HTML corpus has 40 pages or more, WARC pages among them, and pages that are not articles', () => {
	assert.ok(result.sources.length >= 40, `${result.sources.length} sources`);
	assert.ok(result.sources.filter((s) => s.file.includes('.warc')).length >= 4);
	assert.ok(result.perField.rejected.total >= 4);
});

test('every field of the HTML corpus is right', () => {
	const wrong = result.sources.flatMap((s) => Object.entries(s.wrong).map(([field, [expected, actual]]) => `${s.file} ${field}: ${JSON.stringify(expected)} != ${JSON.stringify(actual)}`));
	assert.deepEqual(wrong, [], `${result.fieldsRight} of ${result.fieldsTotal}`);
});

test('every HTML page that is not an article is refused as one', () => {
	assert.equal(result.perField.rejected.right, result.perField.rejected.total);
});

test('no paragraph lost, no chrome line leaked, on any HTML page or WARC record', () => {
	assert.deepEqual(result.sources.flatMap((s) => s.lostParagraphs.map((p) => `${s.file}: ${p}`)), []);
	assert.deepEqual(result.sources.flatMap((s) => s.leakedChrome.map((c) => `${s.file}: ${c}`)), []);
});
