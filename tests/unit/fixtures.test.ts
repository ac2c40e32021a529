/**
 * Fixtures read field by field (their whole outputs are compared in
 * expected.test.ts): an agency and a language the seeds lack, and text that
 * looks like Markdown or HTML kept literal.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { defaultSettings, ingestSource } from '../../scripts/ingest/entry.ts';
import { markdownBlocks } from '../../scripts/ingest/markdown.ts';

const SOURCES = new URL('../fixtures/sources/', import.meta.url);

test('an agency and a language the seeds do not have: AFP in French', async () => {
	const { entry } = ingestSource({ file: 'afp-fr-2014.txt', bytes: await readFile(new URL('afp-fr-2014.txt', SOURCES)) }, defaultSettings());
	assert.deepEqual([entry.agency, entry.language, entry.dateline, entry.date, entry.dateCertainty], ['AFP', 'fr', 'Paris', '2014-03-03', 'stated']);
});

test('Markdown- and HTML-looking source text reads back as the same literal text', async () => {
	const raw = await readFile(new URL('markdown-looking.txt', SOURCES), 'utf8');
	const { entry, body } = ingestSource({ file: 'markdown-looking.txt', bytes: Buffer.from(raw) }, defaultSettings());
	assert.equal(entry.title, raw.split('\n')[0]);
	const paragraphs = raw.split('\n').slice(4).filter((l) => l.trim() !== '');
	assert.deepEqual(markdownBlocks(body), paragraphs.map((text) => ({ type: 'paragraph', text })));
});
