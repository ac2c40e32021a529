/**
 * No code reaches an entry: every entry made from an HTML page or a WARC record
 * (the HTML corpus, the fixtures) is searched for the text of its page's
 * scripts, styles, noscript and template blocks and comments, and for the
 * marks of code and markup. The entries searched are the committed expected
 * ones, which expected.test.ts holds equal to what the ingest writes.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { decodeHtml, detectCharset } from '../../scripts/ingest/read/charset.ts';
import { inputsOf } from '../../scripts/lib/source-inputs.ts';
import { generatedFrom } from '../../scripts/ingest/serialize.ts';
import { ROOT } from '../support/build.ts';

const SETS = [
	{ sources: 'tests/corpus-html/sources', entries: 'tests/corpus-html/expected' },
	{ sources: 'tests/fixtures/sources', entries: 'tests/fixtures/expected' },
];
/** Code and markup in any language: never in a title, a field or a paragraph of the news. */
const CODE_MARKS = [/<\/?[a-z][\w-]*[\s>/]/iu, /\bfunction\s*\(/u, /=>\s*\{/u, /\bvar\s+\w+\s*=/u, /\bwindow\.\w/u, /\bdocument\.\w/u, /\{"[\w@]+":/u, /@media\b/u, /!important\b/u, /\b\d+px;/u, /__NEXT_DATA__/u];
const HIDDEN = /<(script|style|noscript|template)\b[^>]*>([\s\S]*?)<\/\1\s*>|<!--([\s\S]*?)-->/giu;

/** The longest lines of a page's hidden blocks: text that must not reach its entry. */
function hiddenLines(html: string): string[] {
	const lines = new Set<string>();
	for (const match of html.matchAll(HIDDEN)) {
		for (const line of (match[2] ?? match[3] ?? '').split(/[\n;{}]/u)) {
			const text = line.replace(/\s+/gu, ' ').trim();
			if (text.length >= 24) lines.add(text.slice(0, 60));
		}
	}
	return [...lines];
}

for (const set of SETS) {
	test(`${set.sources}: no entry holds script, style, comment or markup text`, async () => {
		const entries = new Map<string, string>();
		for (const name of await readdir(path.join(ROOT, set.entries))) {
			const text = await readFile(path.join(ROOT, set.entries, name), 'utf8');
			const file = generatedFrom(text);
			if (file) entries.set(file, text.replace(/^---\n# Generated[^\n]*\n/u, ''));
		}
		let checked = 0;
		for (const file of await readdir(path.join(ROOT, set.sources))) {
			for (const { file: source, input } of await inputsOf(path.join(ROOT, set.sources), file)) {
				const entry = entries.get(source);
				const { bytes } = await input();
				const html = decodeHtml(bytes, detectCharset(bytes, null, []));
				if (!entry || !/<(?:html|body|p|div)\b/iu.test(html)) continue;
				// The source's own name and address may hold anything; the fields and the story may not.
				const shown = entry.replace(/^\s*(?:file|url|record): .*$/gmu, '');
				for (const mark of CODE_MARKS) assert.doesNotMatch(shown, mark, `${source}: ${mark}`);
				for (const line of hiddenLines(html)) assert.ok(!shown.includes(line), `${source}: "${line}" reached the entry`);
				checked++;
			}
		}
		// Every entry made from HTML is searched: the corpus's articles (its pages that are not articles have none).
		assert.ok(checked >= (set.sources.includes('html') ? 30 : 3), `${checked} HTML entries checked`);
	});
}
