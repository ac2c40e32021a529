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
