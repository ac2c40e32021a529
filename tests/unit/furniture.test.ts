/**
 * Furniture that speaks to the reader, first in the file or around the story:
 * accessibility links, consent prompts, newsletter boxes, audio players, the
 * reporter's role under the byline, a photo library's credit over a caption and
 * the author's bio under the story. Each kept out, and the story kept whole.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStructure } from '../../scripts/ingest/structure.ts';

const STORY = [
	'Officials in the port city said on Tuesday that the new ferry terminal would open in the spring, two years later than planned.',
	'The delay was caused by a dispute over the contract for the steel frame, the council said in a statement.',
	'Harbour traffic',
	'Ferry operators have asked for a temporary pier to be built while the work goes on, which the council is considering.',
];
const parse = (lines: string[]) => parseStructure(lines.join('\n'));
const reasons = (s: ReturnType<typeof parseStructure>) => new Map(s.removed.map((r) => [r.text, r.reason]));

test('"Skip to content" first in the file, consent buttons and a player are furniture, in any language', () => {
	for (const [skip, buttons, player] of [
		['Skip to main content', 'Accept all   Reject all   Manage preferences', 'Listen to this article · 4 min'],
		['Zum Inhalt springen', 'Zustimmen   Einstellungen verwalten', 'Artikel anhören · 4 Min.'],
		['Przejdź do treści', 'Akceptuję i przechodzę do serwisu   Ustawienia prywatności', 'Posłuchaj artykułu · 6 min'],
	]) {
		const s = parse([skip!, 'New ferry terminal delayed until spring', buttons!, player!, ...STORY]);
		assert.equal(s.title, 'New ferry terminal delayed until spring');
		const why = reasons(s);
		assert.equal(why.get(skip!), 'accessibility link', skip);
		assert.equal(why.get(buttons!), 'consent prompt', buttons);
		assert.equal(why.get(player!), 'audio player', player);
		assert.deepEqual(s.body.map((n) => n.text), STORY);
	}
});

test('a consent prompt in the lead is not the story', () => {
	const prompt = 'Szanowny Użytkowniku, zanim przejdziesz dalej: my i nasi zaufani partnerzy przetwarzamy Twoje dane osobowe w celach marketingowych.';
	const s = parse(['New ferry terminal delayed until spring', prompt, ...STORY]);
	assert.equal(reasons(s).get(prompt), 'consent prompt');
});

test('a newsletter box in the story, its blurb with it; a story about newsletters stays', () => {
	const prompt = 'Sign up to Green Ledger, our free weekly environment newsletter';
	const blurb = "The planet's most important stories. Get all the week's environment news";
	const s = parse(['New ferry terminal delayed until spring', STORY[0]!, prompt, blurb, ...STORY.slice(1)]);
	assert.equal(reasons(s).get(prompt), 'newsletter sign-up');
	assert.equal(reasons(s).get(blurb), 'newsletter sign-up (its blurb)');
	assert.deepEqual(s.body.map((n) => n.text), STORY);
	// Above the story, the line under a sign-up prompt is the headline, not a blurb.
	assert.equal(parse(['Subscribe to our newsletter', 'New ferry terminal delayed until spring', ...STORY]).title, 'New ferry terminal delayed until spring');
	const news = 'Newsletter writers on the platform earned more than 20 million dollars last year, the company said, as readers paid for local reporting that their papers had stopped providing.';
	assert.ok(parse(['Newsletter writers earn more', news, ...STORY]).body.some((n) => n.text === news));
});

test("the reporter's role under the byline is no sub-heading; a real sub-heading stays", () => {
	for (const [byline, role] of [
		['By Tom Harlow', 'Technology of business reporter'],
		['Fiona Marsh', 'Climate correspondent'],
		['Lucía Ferrer', 'Corresponsal en Bruselas'],
	]) {
		const s = parse(['New ferry terminal delayed until spring', byline!, role!, ...STORY]);
		assert.equal(reasons(s).get(role!), "reporter's role (under the byline)", role);
		assert.ok(s.body.some((n) => n.type === 'heading' && n.text === 'Harbour traffic'));
	}
});

test("a photo library's credit and the caption under it; a caption ending in the photographer and agency", () => {
	const caption = 'A ferry waits at the old terminal in the port city';
	const s = parse(['New ferry terminal delayed until spring', 'Getty Images', caption, ...STORY]);
	assert.equal(s.title, 'New ferry terminal delayed until spring');
	assert.equal(reasons(s).get('Getty Images'), 'photo credit');
	assert.equal(reasons(s).get(caption), 'photo caption (under a photo credit)');
	const credited = 'Deputados durante a votação no plenário. MANUEL DE ALMEIDA/LUSA';
	assert.equal(reasons(parse(['New ferry terminal delayed until spring', credited, ...STORY])).get(credited), 'photo caption');
});

test("the author's bio under the story goes, in any language; a last paragraph about someone else stays", () => {
	for (const [byline, bio] of [
		['By Fiona Marsh', "Fiona Marsh is the paper's climate correspondent. She previously covered energy for a business weekly."],
		['Von Katrin Vogel, Brüssel', 'Katrin Vogel ist Korrespondentin für die Europäische Union in Brüssel.'],
		['Marta Zielińska', 'Marta Zielińska jest redaktorką działu zagranicznego.'],
	]) {
		const s = parse(['New ferry terminal delayed until spring', byline!, ...STORY, bio!]);
		assert.equal(reasons(s).get(bio!), "the author's bio (the byline's name, then what the author is)");
		assert.deepEqual(s.body.map((n) => n.text), STORY);
	}
	const quote = 'Dan Whitcombe is the union officer who wants the pier built first, and he said he would keep pressing the council.';
	assert.ok(parse(['New ferry terminal delayed until spring', 'By Fiona Marsh', ...STORY, quote]).body.some((n) => n.text === quote));
});
