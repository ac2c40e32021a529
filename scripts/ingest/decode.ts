/**
 * Raw bytes to text. UTF-8 (with or without BOM), UTF-16 with BOM, and legacy
 * single-byte text (read as Windows-1252, which is a superset of Latin-1's
 * printable range) are decoded; binary and empty files are rejected.
 * Line ends become `\n`. The result never contains U+FFFD.
 */
import { decodeHTMLStrict } from 'entities';
import { SourceError } from './errors.ts';

export interface Decoded {
	text: string;
	encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let control = 0;
	for (const byte of sample) {
		if (byte === 0) return true;
		// C0 controls other than tab, LF, VT, FF, CR and ESC are not text.
		if (byte < 32 && ![9, 10, 11, 12, 13, 27].includes(byte)) control++;
	}
	return control > sample.length * 0.01;
}

export function decode(bytes: Uint8Array): Decoded {
	let text: string;
	let encoding: Decoded['encoding'];
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
		text = new TextDecoder('utf-16le', { fatal: false }).decode(bytes.subarray(2));
		encoding = 'utf-16le';
	} else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
		text = new TextDecoder('utf-16be', { fatal: false }).decode(bytes.subarray(2));
		encoding = 'utf-16be';
	} else if (looksBinary(bytes)) {
		throw new SourceError('binary file, not text');
	} else {
		const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
		const body = hasBom ? bytes.subarray(3) : bytes;
		try {
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
			encoding = hasBom ? 'utf-8-bom' : 'utf-8';
		} catch {
			text = new TextDecoder('windows-1252').decode(body);
			encoding = 'windows-1252';
		}
	}
	if (text.includes('\uFFFD')) {
		throw new SourceError(`text is not valid ${encoding}: it has undecodable bytes`);
	}
	if (/[\0-\x08\x0E-\x1A\x1C-\x1F]/.test(text)) {
		throw new SourceError('binary file, not text');
	}
	text = htmlLeftovers(text.replace(/\r\n?/g, '\n'));
	if (text.trim() === '') throw new SourceError('empty file');
	return { text, encoding };
}

/** `<br>`, `<br/>`, `<BR />`: a scraper's line breaks. */
const LINE_BREAK_TAG = /<br\s*\/?>/giu;
/** A no-break space written as a reference: a plain space in the text. */
const NBSP_REFERENCE = /&(?:nbsp|#160|#x0*a0);/giu;

/**
 * What scrapers leave of HTML: line-break tags become line breaks and
 * character references their characters (by the `entities` package, strict:
 * only references closed by ";", so "AT&T" and "R&D" stay as written). Every
 * other tag-looking text stays literal text.
 */
export function htmlLeftovers(text: string): string {
	if (!text.includes('&') && !/<br/iu.test(text)) return text;
	return decodeHTMLStrict(text.replace(LINE_BREAK_TAG, '\n').replace(NBSP_REFERENCE, ' '));
}
