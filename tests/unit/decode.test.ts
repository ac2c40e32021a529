import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode, htmlLeftovers } from '../../scripts/ingest/decode.ts';
import { SourceError } from '../../scripts/ingest/errors.ts';

const TEXT = 'Café “naïve” – €5\nsecond line\n';

test('UTF-8 without BOM', () => {
	assert.deepEqual(decode(Buffer.from(TEXT, 'utf8')), { text: TEXT, encoding: 'utf-8' });
});

test('UTF-8 with BOM and CRLF line ends', () => {
	const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT.replace(/\n/g, '\r\n'), 'utf8')]);
	assert.deepEqual(decode(bytes), { text: TEXT, encoding: 'utf-8-bom' });
});

test('UTF-16 little- and big-endian with BOM', () => {
	const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
	assert.deepEqual(decode(le), { text: TEXT, encoding: 'utf-16le' });
	const be = Buffer.from(le.subarray(2));
	be.swap16();
	assert.deepEqual(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { text: TEXT, encoding: 'utf-16be' });
});

test('Windows-1252 (legacy single-byte) text', () => {
	// "Café “naïve” – €5" in Windows-1252: é=E9, “=93, ”=94, ï=EF, –=96, €=80
	const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x0d, 0x0a]);
	assert.deepEqual(decode(bytes), { text: 'Café “naïve” – €5\n', encoding: 'windows-1252' });
});

test('empty, blank and binary files are rejected with a reason', () => {
	assert.throws(() => decode(Buffer.alloc(0)), new SourceError('empty file'));
	assert.throws(() => decode(Buffer.from(' \n\t\r\n')), new SourceError('empty file'));
	const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
	assert.throws(() => decode(png), new SourceError('binary file, not text'));
});

test('HTML leftovers: references decoded, line-break tags made line breaks, other tags kept as text', () => {
	assert.equal(htmlLeftovers('China&#8217;s FM says &quot;no&quot;&nbsp;to R&amp;D<br />AT&T and <b>bold</b> &lt;br&gt;'), 'China’s FM says "no" to R&D\nAT&T and <b>bold</b> <br>');
	assert.equal(decode(Buffer.from('Title<BR>Body &amp; more\n')).text, 'Title\nBody & more\n');
});
