/**
 * An HTML page's character encoding, from the strongest statement down: a
 * byte-order mark, then the page's own `<meta charset>` or `http-equiv`
 * declaration, then the HTTP header a WARC record kept, then the bytes
 * themselves (well-formed UTF-8, else the legacy encoding the evidence of
 * the decoded text favours, legacy-encoding.ts, with a warning when that
 * evidence is weak). Labels
 * are the WHATWG Encoding Standard's (`TextDecoder`): `shift_jis`,
 * `windows-1250`, `gb2312`, `euc-kr`, `koi8-r`, `iso-8859-7`, ...
 */
import { firstInvalidUtf8 } from '../decode.ts';
import { detectLegacyEncoding } from '../legacy-encoding.ts';

export interface Charset {
	/** The WHATWG name of the encoding, as `TextDecoder` reports it. */
	encoding: string;
	/** Where it comes from, for the report: "<meta charset>", "the HTTP header". */
	basis: string;
}

/** The HTML standard's prescan reads the first 1024 bytes; saved pages put long comments and scripts first, so read more. */
const PRESCAN_BYTES = 8192;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/iu;
const CONTENT_TYPE_CHARSET = /charset\s*=\s*["']?\s*([\w:.-]+)/iu;

/** A label `TextDecoder` knows, as its canonical name; null for an unknown one. */
export function encodingOf(label: string): string | null {
	try {
		const name = new TextDecoder(label.trim().toLowerCase()).encoding;
		// A page can only declare an ASCII-compatible encoding in ASCII: "utf-16" in a meta tag means UTF-8 (HTML standard).
		return name.startsWith('utf-16') ? 'utf-8' : name;
	} catch {
		return null;
	}
}

/** The page's encoding and the statement that gives it; `warnings` gets any declaration that was not usable. */
export function detectCharset(bytes: Uint8Array, httpContentType: string | null, warnings: string[]): Charset {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', basis: 'the byte-order mark' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', basis: 'the byte-order mark' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', basis: 'the byte-order mark' };
	const prescan = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/gu, '');
	const declared = META_CHARSET.exec(prescan)?.[1];
	if (declared) {
		const encoding = encodingOf(declared);
		if (encoding) return { encoding, basis: `the page's meta declaration (charset=${declared})` };
		warnings.push(`the page declares charset "${declared}", which no decoder knows; the encoding was detected instead`);
	}
	const header = httpContentType ? CONTENT_TYPE_CHARSET.exec(httpContentType)?.[1] : undefined;
	if (header) {
		const encoding = encodingOf(header);
		if (encoding) return { encoding, basis: `the HTTP header (Content-Type: ${httpContentType})` };
	}
	if (firstInvalidUtf8(bytes) === -1) return { encoding: 'utf-8', basis: 'the bytes (well-formed UTF-8; the page declares no charset)' };
	const legacy = detectLegacyEncoding(bytes);
	if (!legacy) {
		warnings.push('the page declares no charset and is not UTF-8: read as Windows-1252');
		return { encoding: 'windows-1252', basis: 'the bytes (not UTF-8, no charset declared)' };
	}
	if (legacy.weak) warnings.push(`the page declares no charset and is not UTF-8: the encoding is uncertain (weak evidence), read as ${legacy.encoding}; ${legacy.basis}`);
	return { encoding: legacy.encoding, basis: legacy.basis };
}

/** The page as text in its encoding (a BOM dropped). */
export function decodeHtml(bytes: Uint8Array, charset: Charset): string {
	return new TextDecoder(charset.encoding).decode(bytes);
}
