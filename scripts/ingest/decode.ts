/**
 * Raw bytes to text. UTF-8 (with or without BOM), UTF-16 with BOM, and text
 * in a legacy encoding (single-byte code pages, Shift_JIS, EUC-KR, GB18030,
 * Big5...) are decoded; binary and empty files are rejected. A legacy file
 * says nothing of its encoding: the one whose reading the evidence favours is
 * chosen (legacy-encoding.ts), the evidence goes to the report, and a warning
 * when it was weak. A file
 * that is mostly valid UTF-8 stays UTF-8 when some bytes are not: those become
 * U+FFFD and a warning gives the first one's offset (re-reading the whole file
 * as Windows-1252 would garble every other non-ASCII character).
 *
 * Line ends become `\n`; characters that are invisible or break the pages and
 * feeds (C0 and C1 controls other than tab and newline, noncharacters, bidi
 * embeddings, overrides and isolates) are removed from the text, with a
 * warning. The raw source, published as is, keeps them.
 */
import { decodeHTMLStrict } from 'entities';
import { SourceError } from './errors.ts';
import { detectLegacyEncoding } from './legacy-encoding.ts';
import { UNSAFE_TEXT } from '../../src/lib/unsafe-text.ts';

export interface Decoded {
	text: string;
	/** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', or the WHATWG name of a legacy encoding ('windows-1250', 'shift_jis'). */
	encoding: string;
	/** What chose the encoding, for the report: the byte-order mark, well-formed UTF-8, the evidence for a legacy encoding. */
	basis: string;
	warnings: string[];
}

/** Vertical tab, form feed and NEL (a page or line feed of printers and mainframes): a space, so a line they break in two stays one. */
const FEEDS = /[ \t]*[\v\f\x85][ \t]*/gu;
/** Unicode's line and paragraph separators: line breaks. */
const SEPARATORS = /[\u2028\u2029]/gu;
/** Controls (tab and newline aside), noncharacters, bidi embeddings, overrides and isolates (the marks LRM, RLM, ALM stay). */
export const UNSAFE_CHARACTERS = new RegExp(UNSAFE_TEXT.source, 'gu');

/** A run of unsafe characters with the spaces around it: "Millers \x1b warn" is "Millers warn", not "Millers  warn". */
const UNSAFE_RUN = new RegExp(`([ \\t]*)(?:${UNSAFE_TEXT.source})+([ \\t]*)`, 'gu');
/** The unsafe characters out, and of the spaces on either side of them one side's (the left's, so a tab between cells stays). */
const withoutUnsafe = (text: string) => text.replace(UNSAFE_RUN, (_, before: string, after: string) => before || after);

/** Text without the characters that must not reach a title, a field or a page. */
export const safeText = (text: string) => withoutUnsafe(text.replace(FEEDS, ' ').replace(SEPARATORS, '\n'));

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0 || i + length > bytes.length) return i;
		const second = bytes[i + 1]!;
		const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
		const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
		if (second < low || second > high) return i;
		for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
		i += length;
	}
	return -1;
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
	let basis = 'the byte-order mark';
	const warnings: string[] = [];
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
			if (!hasBom) basis = 'the bytes (well-formed UTF-8)';
		} catch {
			// Mostly UTF-8 (more well-formed multi-byte characters than bad bytes): UTF-8 with replacements.
			const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
			let replaced = 0;
			let wellFormed = 0;
			for (const ch of lenient) {
				if (ch === '\uFFFD') replaced++;
				else if (ch.codePointAt(0)! >= 0x80) wellFormed++;
			}
			if (wellFormed >= replaced) {
				text = lenient;
				encoding = hasBom ? 'utf-8-bom' : 'utf-8';
				if (!hasBom) basis = 'the bytes (mostly well-formed UTF-8)';
				const offset = firstInvalidUtf8(body) + (hasBom ? 3 : 0);
				warnings.push(`not valid UTF-8 at byte ${offset}${replaced > 1 ? ` (and ${replaced - 1} more places)` : ''}: decoded as UTF-8 with U+FFFD in their place`);
			} else {
				const legacy = detectLegacyEncoding(body);
				encoding = legacy?.encoding ?? 'windows-1252';
				basis = legacy?.basis ?? 'the bytes (not UTF-8, and no legacy encoding reads them cleanly)';
				text = new TextDecoder(encoding).decode(body);
				if (!legacy) warnings.push('not UTF-8, and no legacy encoding reads the bytes without errors: read as Windows-1252');
				else if (legacy.weak) warnings.push(`the encoding is uncertain (weak evidence): read as ${legacy.encoding}; ${legacy.basis}`);
			}
		}
	}
	if (encoding.startsWith('utf-16') && text.includes('\uFFFD')) {
		throw new SourceError(`text is not valid ${encoding}: it has undecodable bytes`);
	}
	// NUL, or controls in more than one character of a hundred (UTF-16 text is checked here, after decoding): not text.
	const controls = text.match(/[\0-\x08\x0E-\x1A\x1C-\x1F]/g)?.length ?? 0;
	if (text.includes('\0') || controls > text.length * 0.01) {
		throw new SourceError('binary file, not text');
	}
	text = htmlLeftovers(text.replace(/\r\n?/g, '\n')).replace(FEEDS, ' ').replace(SEPARATORS, '\n');
	const unsafe = text.match(UNSAFE_CHARACTERS)?.length ?? 0;
	if (unsafe > 0) warnings.push(`${unsafe} control, noncharacter or bidi override character${unsafe === 1 ? '' : 's'} removed (the raw source keeps them)`);
	if (unsafe > 0) text = withoutUnsafe(text);
	if (text.trim() === '') throw new SourceError('empty file');
	return { text, encoding, basis, warnings };
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
