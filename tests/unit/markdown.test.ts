import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyToMarkdown, markdownBlocks, roundTripError, sectionsOf } from '../../scripts/ingest/markdown.ts';
import type { BodyNode } from '../../scripts/ingest/model.ts';

const LITERAL = [
	'*word* and **bold** and _under_',
	'# not a heading',
	'1. not a list',
	'- not a bullet',
	'> not a quote',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'[a](javascript:alert(1)) and ![i](x.png)',
	'&amp; &lt; &#65; stay as typed',
	'a `code` span and a \\ backslash',
	'---',
	'| a | table |',
	'Typos stay: teh \u201Cquotes\u201D and \u2018single\u2019 and "straight"',
];

test('text that looks like Markdown or HTML stays literal text', () => {
	const body: BodyNode[] = LITERAL.map((text, line) => ({ type: 'paragraph', text, line }));
	const markdown = bodyToMarkdown(body);
	assert.equal(roundTripError(markdown, body), null);
	assert.deepEqual(markdownBlocks(markdown), LITERAL.map((text) => ({ type: 'paragraph', text })));
	assert.ok(!/^<script>/m.test(markdown));
});

test('sub-headings are level-2 headings with github-slugger anchors', () => {
	const body: BodyNode[] = [
		{ type: 'paragraph', text: 'Intro.', line: 1 },
		{ type: 'heading', text: 'Russia, France to draft a declaration', line: 2 },
		{ type: 'paragraph', text: 'More.', line: 3 },
		{ type: 'heading', text: 'Russia, France to draft a declaration', line: 4 },
	];
	assert.equal(bodyToMarkdown(body), 'Intro.\n\n## Russia, France to draft a declaration\n\nMore.\n\n## Russia, France to draft a declaration\n');
	assert.deepEqual(sectionsOf(body), [
		{ title: 'Russia, France to draft a declaration', id: 'russia-france-to-draft-a-declaration' },
		{ title: 'Russia, France to draft a declaration', id: 'russia-france-to-draft-a-declaration-1' },
	]);
});

test('a mismatch is reported', () => {
	const body: BodyNode[] = [{ type: 'paragraph', text: 'One.', line: 7 }];
	assert.match(roundTripError('## One.\n', body) ?? '', /source line 7/);
});

test('Markdown without a GFM trigger parses to the same tree under CommonMark as under GFM', async () => {
	const { readdir, readFile } = await import('node:fs/promises');
	const { remark } = await import('remark');
	const { default: remarkGfm } = await import('remark-gfm');
	const { GFM_TRIGGER } = await import('../../scripts/ingest/markdown.ts');
	const gfm = remark().use(remarkGfm);
	const plain = remark();
	const bodies: string[] = [];
	for (const dir of ['tests/corpus/expected', 'tests/corpus-html/expected', 'tests/fixtures/expected']) {
		for (const file of (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.md'))) bodies.push((await readFile(`${dir}/${file}`, 'utf8')).split(/^---$/m).slice(2).join('---'));
	}
	// Shapes that read otherwise under GFM: each holds a trigger, and the two parsers disagree on it.
	const gfmOnly = ['a ~~struck~~ word', 'see www.example.com now', 'mail ann@example.com', 'go to https://example.com', '| a | b |\n| - | - |\n| 1 | 2 |'];
	for (const text of gfmOnly) {
		assert.ok(GFM_TRIGGER.test(text), text);
		assert.notDeepEqual(JSON.stringify(plain.parse(text)), JSON.stringify(gfm.parse(text)), text);
	}
	const untriggered = bodies.filter((b) => !GFM_TRIGGER.test(b));
	assert.ok(untriggered.length > 100, `${untriggered.length} bodies without a trigger`);
	for (const body of untriggered) assert.deepEqual(plain.parse(body), gfm.parse(body));
});
