/**
 * The text reader: a page's text as a scraper extracted it (`.txt` and any
 * file that is not HTML or a WARC). Decoded (decode.ts), a first guess at the
 * language from its longest lines, then the structure stage's rules
 * (structure.ts).
 */
import { readingOf } from '../dates.ts';
import { decode } from '../decode.ts';
import { detectLanguage, languageSample } from '../language.ts';
import { parseStructure } from '../structure.ts';
import type { Found } from './found.ts';

export function readText(bytes: Uint8Array, languageHint: string | null): Found {
	const { text, encoding, basis, warnings } = decode(bytes);
	// A first guess at the language, from the page's longest lines, tells the structure stage
	// whose stop words make prose and how the page writes numeric dates.
	const language = languageHint ?? detectLanguage(languageSample(text))?.tag ?? null;
	const structure = parseStructure(text, { language, reading: readingOf(text, language) });
	return { ...structure, warnings: [...warnings, ...structure.warnings], text, encoding, encodingBasis: basis, language, captured: null, provenance: {} };
}
