import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode, firstInvalidUtf8, htmlLeftovers } from '../../scripts/ingest/decode.ts';
import { SourceError } from '../../scripts/ingest/errors.ts';

const TEXT = 'Café “naïve” – €5\nsecond line\n';

test('UTF-8 without BOM', () => {
	assert.deepEqual(decode(Buffer.from(TEXT, 'utf8')), { text: TEXT, encoding: 'utf-8', warnings: [] });
});

test('UTF-8 with BOM and CRLF line ends', () => {
	const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT.replace(/\n/g, '\r\n'), 'utf8')]);
	assert.deepEqual(decode(bytes), { text: TEXT, encoding: 'utf-8-bom', warnings: [] });
});

test('UTF-16 little- and big-endian with BOM', () => {
	const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
	assert.deepEqual(decode(le), { text: TEXT, encoding: 'utf-16le', warnings: [] });
	const be = Buffer.from(le.subarray(2));
	be.swap16();
	assert.deepEqual(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { text: TEXT, encoding: 'utf-16be', warnings: [] });
});

test('Windows-1252 (legacy single-byte) text', () => {
	// "Café “naïve” – €5" in Windows-1252: é=E9, “=93, ”=94, ï=EF, –=96, €=80
	const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x0d, 0x0a]);
	assert.deepEqual(decode(bytes), { text: 'Café “naïve” – €5\n', encoding: 'windows-1252', warnings: [] });
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

test('mostly valid UTF-8 with one bad byte stays UTF-8: U+FFFD in its place and a warning with the byte offset (issue 8, case 7)', () => {
	const good = Buffer.from('Москва — переговоры. Café\n', 'utf8');
	const bytes = Buffer.concat([good.subarray(0, 10), Buffer.from([0xff]), good.subarray(10)]);
	const decoded = decode(bytes);
	assert.equal(decoded.encoding, 'utf-8');
	assert.equal(decoded.text, `${good.subarray(0, 10).toString('utf8')}\uFFFD${good.subarray(10).toString('utf8')}`);
	assert.deepEqual(decoded.warnings, ['not valid UTF-8 at byte 10: decoded as UTF-8 with U+FFFD in their place']);
	assert.equal(firstInvalidUtf8(bytes), 10);
	assert.equal(firstInvalidUtf8(good), -1);
	// Truncated, overlong and surrogate sequences are not well formed either.
	assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xe2, 0x82])), 1);
	assert.equal(firstInvalidUtf8(Buffer.from([0xc0, 0xaf])), 0);
	assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80])), 1);
});

test('control characters, noncharacters and bidi overrides leave the text, with a warning; marks and tabs stay (issue 8, case 6)', () => {
	const raw = 'Head\x1Bline \u202Eevil\u202C\uFFFF\u200F end\vnext \f page\tcell\x85after\u2028new line\n';
	const decoded = decode(Buffer.from(raw, 'utf8'));
	assert.equal(decoded.text, 'Headline evil\u200F end next page\tcell after\nnew line\n');
	assert.deepEqual(decoded.warnings, ['4 control, noncharacter or bidi override characters removed (the raw source keeps them)']);
});
