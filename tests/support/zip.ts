/**
 * A strict reader of the zips the export writes, for the tests: the end records
 * (ZIP64 when there), the central directory, each local header, each file
 * inflated and its CRC-32 checked.
 */
import assert from 'node:assert/strict';
import { crc32, inflateRawSync } from 'node:zlib';

export function readZip(zip: Buffer): Map<string, Buffer> {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	assert.ok(end >= 0 && end === zip.length - 22, 'the end record closes the file');
	let count = zip.readUInt16LE(end + 10);
	let size = zip.readUInt32LE(end + 12);
	let start = zip.readUInt32LE(end + 16);
	if (count === 0xffff || start === 0xffffffff) {
		const locator = end - 20;
		assert.equal(zip.readUInt32LE(locator), 0x07064b50, 'a ZIP64 locator before the end record');
		const record = Number(zip.readBigUInt64LE(locator + 8));
		assert.equal(zip.readUInt32LE(record), 0x06064b50, 'the ZIP64 end record where the locator says');
		count = Number(zip.readBigUInt64LE(record + 32));
		size = Number(zip.readBigUInt64LE(record + 40));
		start = Number(zip.readBigUInt64LE(record + 48));
	}
	const files = new Map<string, Buffer>();
	let at = start;
	for (let i = 0; i < count; i++) {
		assert.equal(zip.readUInt32LE(at), 0x02014b50, `central entry ${i}`);
		const crc = zip.readUInt32LE(at + 16);
		const compressed = zip.readUInt32LE(at + 20);
		const nameLength = zip.readUInt16LE(at + 28);
		const extraLength = zip.readUInt16LE(at + 30);
		const commentLength = zip.readUInt16LE(at + 32);
		let offset = zip.readUInt32LE(at + 42);
		const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
		if (offset === 0xffffffff) offset = Number(zip.readBigUInt64LE(at + 46 + nameLength + 4));
		assert.equal(zip.readUInt32LE(offset), 0x04034b50, `${name}: its local header`);
		assert.equal(zip.subarray(offset + 30, offset + 30 + zip.readUInt16LE(offset + 26)).toString('utf8'), name);
		const dataStart = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
		const data = inflateRawSync(zip.subarray(dataStart, dataStart + compressed));
		assert.equal(crc32(data), crc, `${name}: CRC-32`);
		assert.ok(!files.has(name), `${name}: once`);
		files.set(name, data);
		at += 46 + nameLength + extraLength + commentLength;
	}
	assert.equal(at - start, size, 'the central directory is as long as the end record says');
	return files;
}
