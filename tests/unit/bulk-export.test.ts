import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { csvField, ZipWriter } from '../../src/lib/bulk-export.ts';
import { readZip } from '../support/zip.ts';

async function zipOf(files: [string, string][], zip64Files?: number): Promise<Buffer> {
	const dir = await mkdtemp(path.join(tmpdir(), 'zip-'));
	try {
		const zip = await ZipWriter.create(path.join(dir, 'x.zip'), zip64Files);
		for (const [name, text] of files) await zip.add(name, Buffer.from(text));
		await zip.close();
		return await readFile(path.join(dir, 'x.zip'));
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

test('the zip holds each file whole, under its UTF-8 name, and the same files give the same bytes', async () => {
	const files: [string, string][] = [['sources/a.txt', 'Putin dan Hollande\n'.repeat(50)], ['sources/ü—名.txt', ''], ['sources/b.txt', 'x']];
	const zip = await zipOf(files);
	assert.deepEqual([...readZip(zip)].map(([n, b]) => [n, b.toString()]), files);
	assert.ok(zip.length < 1200, 'compressed');
	assert.deepEqual(await zipOf(files), zip);
});

test('over the classic count (65,535; here set to 100) the zip is ZIP64', async () => {
	const files = Array.from({ length: 101 }, (_, i): [string, string] => [`s/${i}.txt`, String(i)]);
	const zip = await zipOf(files, 100);
	assert.equal(zip.readUInt16LE(zip.length - 22 + 10), 0xffff, 'the classic record says "see ZIP64"');
	assert.equal(zip.readUInt32LE(zip.length - 22 - 20), 0x07064b50, 'a ZIP64 locator');
	const read = readZip(zip);
	assert.equal(read.size, 101);
	assert.equal(read.get('s/100.txt')?.toString(), '100');
	assert.equal(readZip(await zipOf(files)).size, 101, 'and classic under the limit');
});

test('CSV fields are quoted when they hold a comma, a quote or a line break', () => {
	assert.equal(csvField('Putin, Hollande'), '"Putin, Hollande"');
	assert.equal(csvField('say "no"'), '"say ""no"""');
	assert.equal(csvField('a\nb'), '"a\nb"');
	assert.equal(csvField('plain'), 'plain');
	assert.equal(csvField(null), '');
	assert.equal(csvField(951), '951');
});
