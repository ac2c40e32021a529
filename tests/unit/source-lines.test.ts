/**
 * A source's lines marked kept or left out (src/lib/source-lines.ts) and the
 * credits an article page shows (src/lib/credits.ts): whole inputs, whole outputs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleText, markSourceLines } from '../../src/lib/source-lines.ts';
import { isPhotoCredit, shownCredits } from '../../src/lib/credits.ts';

test('a source\'s lines: kept when their words are the article\'s (a wrapped paragraph as a whole), left out otherwise, no mark without words', () => {
	const article = articleText('Putin orders contact', undefined, '---\nid: x\n---\n\nRussian President Vladimir Putin has ordered sailors\nto sea.\n\n## Moscow talks\n\nIt is \\*true\\* &amp; said.\n');
	const source = 'Equipo Nizkor\n  Bookshop | Donate\n\nPutin orders contact\n\nRussian President Vladimir\nPutin has ordered sailors to sea.\nMoscow\n\nMoscow talks\nIt is *true* & said.\n- Foto yang digunakan:\n';
	assert.deepEqual(markSourceLines(source, article, false).map((l) => l.kept), [false, false, null, true, null, true, true, false, null, true, true, false]);
	const html = '<html><body>\n<nav><a href="/">Home</a></nav>\n<h1>Putin orders contact</h1>\n<p>Russian President Vladimir Putin has ordered sailors\nto sea.</p>\n<script>var a = 1;</script>\n';
	assert.deepEqual(markSourceLines(html, article, true).map((l) => l.kept), [null, false, true, true, true, false]);
});

test('credits: a photo\'s are left out (the page shows no photo), bylines stay', () => {
	for (const credit of ['Foto yang digunakan: Berita RIA. Mikhail Klimentiev', 'Photos: Celebs celebrate Holi in Mumbai', 'Фото: Укрінформ', 'Φωτογραφία αρχείου: Συγκέντρωση στο προαύλιο', 'File picture by AP', 'Image: Reuters']) assert.ok(isPhotoCredit(credit), credit);
	for (const credit of ['By DAVID RISING and GEIR MOULSON', 'Autor: AGERPRES', 'Reporting by Philip Ostrow; Editing by Gareth Moore', 'Redazione ANSA', 'Συντάκτης: Newsroom']) assert.ok(!isPhotoCredit(credit), credit);
	assert.deepEqual(shownCredits(['By Hannah Cole', 'Foto: Antara']), ['By Hannah Cole']);
	assert.deepEqual(shownCredits(undefined), []);
});
