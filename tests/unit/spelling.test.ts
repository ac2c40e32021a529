/**
 * "Did you mean" (src/lib/spelling.ts) and search snippets (src/lib/excerpt.ts):
 * whole inputs, whole outputs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildExcerpt } from '../../src/lib/excerpt.ts';
import { closestWord, correctableWords, correctedQuery, editDistance, WordCounts, wordKey } from '../../src/lib/spelling.ts';

test('word lists: by first letter, each word as most articles spell it, counted once per article, names weighted by their articles', () => {
	const counts = new WordCounts();
	counts.add('Putin met Hollande. Putin said: put it aside.');
	counts.add('putin and Hollande');
	counts.add('Vladimir Putin', 4);
	counts.add('Фото: Путин');
	const lists = counts.lists();
	assert.deepEqual([...lists.keys()], ['a', 'h', 'm', 'p', 's', 'u0444', 'v', 'u043f'].sort());
	assert.deepEqual(lists.get('p'), [['Putin', 6], ['put', 1]]);
	assert.deepEqual(lists.get('h'), [['Hollande', 2]]);
	assert.equal(wordKey('Élysée'), 'e');
	assert.equal(wordKey('фото'), 'u0444');
	assert.deepEqual(new WordCounts().lists(), new Map());
	const capped = new WordCounts();
	for (const word of ['pear', 'plum', 'peach']) capped.add(word);
	capped.add('plum');
	assert.deepEqual(capped.lists(2).get('p'), [['plum', 2], ['peach', 1]]);
});

test('the closest word: one edit in four letters, fewest edits, then the most common; nothing for a word the list has', () => {
	const list: [string, number][] = [['Putin', 4], ['put', 1], ['Hollande', 3], ['Holland', 1], ['koalisi', 1]];
	assert.equal(editDistance('koalsi', 'koalisi'), 1);
	assert.equal(editDistance('teh', 'the'), 1);
	assert.equal(closestWord('Putn', list), 'Putin');
	assert.equal(closestWord('putin', list), null);
	assert.equal(closestWord('Holande', list), 'Hollande');
	assert.equal(closestWord('koalsi', list), 'koalisi');
	assert.equal(closestWord('zzzzqq', list), null);
	assert.equal(closestWord('pu', list), null, 'too short to correct');
	assert.deepEqual(correctableWords('Putn "French Navy" le Holande, Putn'), ['Putn', 'Holande']);
	assert.equal(correctedQuery('Holande Putin', new Map([['Holande', 'Hollande']])), 'Hollande Putin');
	assert.equal(correctedQuery('Putin', new Map()), null);
});

const CONTENT = 'Kremlin: Putin orders contact with Hollande. Russia and France may draft a declaration. ' +
	'Russian President Vladimir Putin has ordered sailors to establish a direct contact with the French carrier after a call with French President Francois Hollande, Kremlin press secretary Dmitry Peskov told journalists. ' +
	'"It is true that Putin and Hollande raised the theme," the spokesman explained. The service reported earlier on Tuesday that the presidents focused on the need to build up cooperation in counteracting terrorism in the wake of an attack.';
const TITLE = 'Kremlin: Putin orders contact with Hollande';
const at = (word: string) => CONTENT.split(' ').flatMap((w, i) => (w.replace(/\W/g, '') === word ? [{ location: i, score: 1 }] : []));
const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

test('snippets: not the headline, the densest passage from a sentence start, to a sentence end or an ellipsis, marks without punctuation', () => {
	assert.equal(
		text(buildExcerpt(CONTENT, at('Hollande'), TITLE)),
		'… call with French President Francois [Hollande], Kremlin press secretary Dmitry Peskov told journalists. "It is true that Putin and [Hollande] raised the theme," the spokesman explained.',
	);
	assert.equal(
		text(buildExcerpt(CONTENT, at('Russia'), TITLE)),
		'[Russia] and France may draft a declaration. Russian President Vladimir Putin has ordered sailors to establish a direct contact with the French carrier after a call with French President Francois Hollande, Kremlin press secretary Dmitry Peskov told journalists.',
	);
	// No sentence end near the length: an ellipsis.
	assert.equal(
		text(buildExcerpt(CONTENT, at('Russia'), TITLE, 12)),
		'[Russia] and France may draft a declaration. Russian President Vladimir Putin has …',
	);
	// A match in the headline only: the story's opening, nothing marked.
	assert.equal(text(buildExcerpt(CONTENT, at('orders'), TITLE, 8)), 'Russia and France may draft a declaration.');
	// The last words of a page: no ellipsis after them.
	assert.match(text(buildExcerpt(CONTENT, at('attack'), TITLE)), /in the wake of an \[attack\]\.$/);
});
