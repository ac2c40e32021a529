/**
 * Which reader a source needs, by its bytes first and its name second: a WARC
 * web archive (`.warc`, `.warc.gz`, or bytes that start a WARC record), an
 * HTML document (`.html`, `.htm`, `.xhtml`, `.shtml`, or bytes that open an
 * HTML document whatever the name), else plain text. An HTML document is
 * never read as plain text.
 */
export type SourceKind = 'text' | 'html' | 'warc';

export const WARC_NAME = /\.warc(?:\.gz)?$/iu;
const HTML_NAME = /\.(?:html?|xhtml|shtml)$/iu;
/** What opens an HTML document once a BOM, white space, comments and an XML declaration are passed. */
const HTML_OPENING = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title)[\s/>]/iu;
/** Further in: an `<html>` or `<body>` tag and a closing tag. Scraped text keeps a stray `<br>`, never these. */
const HTML_INSIDE = /<(?:html|body)[\s>][\s\S]*<\/(?:p|div|body|html|head|title|script)>/iu;
/** How much of a file is looked at to tell. */
const SNIFF_BYTES = 4096;

/** The first bytes as text: UTF-16 by its BOM, else one byte a character (every ASCII tag reads the same in all ASCII-based charsets). */
function head(bytes: Uint8Array): string {
	const sample = bytes.subarray(0, SNIFF_BYTES);
	if (sample[0] === 0xff && sample[1] === 0xfe) return new TextDecoder('utf-16le').decode(sample.subarray(2));
	if (sample[0] === 0xfe && sample[1] === 0xff) return new TextDecoder('utf-16be').decode(sample.subarray(2));
	return new TextDecoder('latin1').decode(sample).replace(/^\u00ef\u00bb\u00bf/u, '');
}

/** A WARC file: its name, or its first bytes (a record's version line, or a gzip member in a file named as one). */
export function isWarc(file: string, firstBytes: Uint8Array): boolean {
	if (WARC_NAME.test(file)) return true;
	return new TextDecoder('latin1').decode(firstBytes.subarray(0, 8)).startsWith('WARC/');
}

export function isHtml(file: string, bytes: Uint8Array): boolean {
	const text = head(bytes);
	if (HTML_OPENING.test(text)) return true;
	if (HTML_NAME.test(file) && /<[a-z!]/iu.test(text)) return true;
	return HTML_INSIDE.test(text);
}
