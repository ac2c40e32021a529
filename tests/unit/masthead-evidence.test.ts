/**
 * The site's name without a copyright line naming it: a paper-name shape (a
 * table of newspaper words per language) or the page's furniture repeating it
 * (a prompt, a host name); and a quoted headline whose attribution ends with a
 * stop. Pure logic, in-process.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNamedByFurniture, isPaperName } from '../../scripts/ingest/masthead.ts';
import { NEWSLETTER_PROMPT } from '../../scripts/ingest/tables/prompts.ts';
import { parseStructure } from '../../scripts/ingest/structure.ts';
import { isQuotedHeadline } from '../../scripts/ingest/title.ts';

test('a paper-name shape: the paper word last or first, capitalised words only', () => {
	for (const name of ['The Ashford Gazette', 'Der Weser-Anzeiger', 'Mainzer Zeitung', 'Gazeta Lubuska', 'Diario de Teruel', 'Le Courrier de la Somme', "L'Écho du Nord", 'La Gazzetta di Lecco']) assert.ok(isPaperName(name), name);
	for (const line of ['Times Square reopens after repairs', 'Echo of a storm', 'Post office to close', 'Gazeta', 'The Ashford Gazette.']) assert.equal(isPaperName(line), false, line);
});

test('the furniture names the site: a prompt repeats it, or it is the host name', () => {
	assert.ok(isNamedByFurniture('The Tamar Valley Voice', ['Follow the Tamar Valley Voice on Facebook']));
	assert.ok(isNamedByFurniture('Nordwest Blick', ['www.nordwest-blick.de']));
	assert.equal(isNamedByFurniture('Bridge Repairs Start Today', ['Most read', 'www.nordwest-blick.de']), false);
	// The line itself among the removed lines is no evidence.
	assert.equal(isNamedByFurniture('Nordwest Blick', ['Nordwest Blick']), false);
});

test('a name directly above a short headline, with no copyright line, is not the headline', () => {
	const page = ['The Ashford Gazette', 'Ashford flats approved', 'By Jo Bell', 'Monday 3 June 2024',
		'Plans for 40 flats on the old depot in Ashford were approved by the council on Monday after two revisions.',
		'Councillors said the town needed smaller homes for young people and older residents.', 'ashford-gazette.co.uk'].join('\n');
	assert.equal(parseStructure(page).title, 'Ashford flats approved');
});

test('a quoted headline with its speaker after it, even with a final stop', () => {
	assert.ok(isQuotedHeadline('«Les trains de nuit vont revenir», estime le cheminot Luc Martin.'));
	assert.ok(isQuotedHeadline('„Wir bauen zu langsam“, sagt Bürgermeisterin Eva Roth'));
	assert.ok(isQuotedHeadline('"Rents will keep rising," says economist Dan Reed.'));
	// A story's one-line quotation names no one after it; a quotation closed by its own stop is a sentence.
	assert.equal(isQuotedHeadline('"We will fight on," she said.'), false);
	assert.equal(isQuotedHeadline('«Nous avons gagné.», estime le maire Luc Martin.'), false);
});

test('a newsletter prompt with the inbox before the sign-up', () => {
	assert.ok(NEWSLETTER_PROMPT.test('Get the headlines from the Valley Voice straight to your inbox. Sign up today'));
});
