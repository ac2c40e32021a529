/**
 * Whole expected outputs: every fixture source (other encodings, an agency and a
 * language the seeds lack, hard-wrapped copy, Markdown- and HTML-looking text)
 * gives exactly the entry file in tests/fixtures/expected/.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { ingestSource } from '../../scripts/ingest/entry.ts';
import { markdownBlocks } from '../../scripts/ingest/markdown.ts';
import { serializeEntry } from '../../scripts/ingest/serialize.ts';

const SOURCES = new URL('../fixtures/sources/', import.meta.url);
const EXPECTED = new URL('../fixtures/expected/', import.meta.url);

const expected = new Map<string, string>();
for (const name of await readdir(EXPECTED)) {
	const text = await readFile(new URL(name, EXPECTED), 'utf8');
	const file = /from "([^"]+)"/.exec(text)?.[1];
	if (file) expected.set(file, text);
}

for (const file of (await readdir(SOURCES)).sort()) {
	test(`fixture ${file} gives its expected entry`, async () => {
		const { entry, body } = ingestSource({ file, bytes: await readFile(new URL(file, SOURCES)) });
		const written = serializeEntry(entry, body);
		assert.equal(written, expected.get(file));
		assert.ok(!written.includes('\uFFFD'));
	});
}

test('an agency and a language the seeds do not have: AFP in French', async () => {
	const { entry } = ingestSource({ file: 'afp-fr-2014.txt', bytes: await readFile(new URL('afp-fr-2014.txt', SOURCES)) });
	assert.deepEqual([entry.agency, entry.language, entry.dateline, entry.date, entry.dateCertainty], ['AFP', 'fr', 'Paris', '2014-03-03', 'stated']);
});

test('Markdown- and HTML-looking source text reads back as the same literal text', async () => {
	const raw = await readFile(new URL('markdown-looking.txt', SOURCES), 'utf8');
	const { entry, body } = ingestSource({ file: 'markdown-looking.txt', bytes: Buffer.from(raw) });
	assert.equal(entry.title, raw.split('\n')[0]);
	const paragraphs = raw.split('\n').slice(4).filter((l) => l.trim() !== '');
	assert.deepEqual(markdownBlocks(body), paragraphs.map((text) => ({ type: 'paragraph', text })));
});
