/**
 * More furniture (tables/furniture.ts and the consent prompt of tables/prompts.ts): long consent
 * prompts of the site and its partners, ad markers in the story, newsletter boxes, captions with
 * credits, agencies' footers, comment prompts, "read more" labels, and browser checks refused.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toBlocks } from '../../scripts/ingest/blocks.ts';
import { DEFAULT_READING } from '../../scripts/ingest/dates.ts';
import { classifyBlocks } from '../../scripts/ingest/lines.ts';
import { notAnArticle } from '../../scripts/ingest/not-article.ts';
import { parseStructure } from '../../scripts/ingest/structure.ts';

const STORY = [
	'Officials in the port city said on Tuesday that the new ferry terminal would open in the spring, two years later than planned by the council.',
	'The delay was caused by a dispute over the contract for the steel frame, the council said in a statement issued after its meeting.',
	'Ferry operators have asked for a temporary pier to be built while the work goes on, which the council is now considering.',
];
const parse = (lines: string[]) => parseStructure(lines.join('\n'));
const reasons = (s: ReturnType<typeof parseStructure>) => new Map(s.removed.map((r) => [r.text, r.reason]));
const page = (lines: string[]) => notAnArticle(classifyBlocks(toBlocks(lines.join('\n\n')), DEFAULT_READING));

test('a consent prompt of "we and our N partners" over 60 words is chrome; a story paragraph quoting the phrase without cookies stays', () => {
	const prompt =
		'We and our 312 partners store and access information on your device, such as cookies and unique identifiers, and process personal data such as browsing data and IP addresses for the following purposes: personalised advertising and content, advertising and content measurement, audience research and services development. You may click to consent to our and our 312 partners’ processing as described above, or change your preferences before consenting.';
	const quoted =
		'The regulator said the phrase "we and our partners" had become a fixture of the web, and that its inquiry into the region\'s largest publishers would look at how many firms each of them shares readers\' browsing with, how long the records are kept, and whether the people who visit the sites are told plainly enough who those firms are and what they do with the information once it has left the site.';
	const s = parse(['New ferry terminal delayed until spring', prompt, ...STORY, quoted]);
	assert.equal(reasons(s).get(prompt), 'consent prompt');
	assert.ok(!s.removed.some((r) => r.text === quoted), 'the quoting paragraph is the story');
});

test('ad markers in the middle of the story go, in many languages; the paragraphs around them stay', () => {
	for (const marker of ['ADVERTISEMENT', '- Advertisement -', 'Story continues below advertisement', 'Continua após a publicidade', 'Werbung', 'Reklam', 'آگهی', 'โฆษณา', 'Advertisement · Scroll to continue']) {
		const s = parse(['New ferry terminal delayed until spring', STORY[0]!, marker, STORY[1]!, STORY[2]!]);
		assert.ok(['ad marker', 'site chrome'].includes(reasons(s).get(marker) ?? ''), marker);
		assert.equal(s.removed.filter((r) => STORY.includes(r.text)).length, 0, marker);
	}
});

test("a newsletter box's promise, field, button and privacy line go; a sentence about inboxes in the story stays", () => {
	const box = [
		"Get the latest news from the Valley straight to your inbox every morning. Enter your email address and we'll do the rest.",
		'Sign up here.',
		'Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu.',
		"Recevez chaque matin l'essentiel de l'actualité de votre ville.",
		'Al suscribirte aceptas nuestro aviso de privacidad y los términos y condiciones.',
	];
	const inbox = 'Residents said scam messages claiming to be from the ferry company had been arriving in their inboxes for weeks, asking for card details to refund cancelled sailings.';
	const s = parse(['New ferry terminal delayed until spring', STORY[0]!, ...box, STORY[1]!, inbox, STORY[2]!]);
	for (const line of box) assert.equal(reasons(s).get(line), 'newsletter sign-up', line);
	assert.ok(!s.removed.some((r) => r.text === inbox));
});

test('captions ending in (Image: ...) or AGENCY/Photographer/File Photo are chrome', () => {
	const captions = ['The old fish market will house studios and a small cinema (Image: Harbour Studio)', 'Containers are stacked at a terminal in Singapore, March 4, 2022. REUTERS/Edgar Su/File Photo'];
	const s = parse(['New ferry terminal delayed until spring', captions[0]!, ...STORY, captions[1]!]);
	for (const c of captions) assert.equal(reasons(s).get(c), 'photo caption', c);
});

test("agencies' footers, comment prompts and read-more labels in several languages are chrome", () => {
	const lines: [string, string][] = [
		['Our Standards: The Thomson Reuters Trust Principles.', 'agency footer'],
		['The Associated Press is an independent global news organization dedicated to factual reporting.', 'agency footer'],
		['Have your say: how are you coping with the heat? Let us know in the comments below.', 'comment prompt'],
		['Was meinen Sie? Diskutieren Sie mit.', 'comment prompt'],
		['Czytaj również: Miasto kupi dwadzieścia nowych autobusów elektrycznych', 'related link'],
		['Leia mais: Prefeitura anuncia novas linhas para os bairros da zona norte', 'related link'],
	];
	for (const [line, why] of lines) {
		const s = parse(['New ferry terminal delayed until spring', STORY[0]!, line, STORY[1]!, STORY[2]!]);
		assert.equal(reasons(s).get(line), why, line);
	}
});

test('a browser check in Czech, German, Spanish, Russian or Japanese is refused, a story that quotes one is not', () => {
	for (const check of ['Ověřujeme, že jste člověk. Může to trvat několik sekund.', 'Wir prüfen, ob Sie ein Mensch sind. Dies kann einige Sekunden dauern.', 'Verificando que eres un ser humano. Esto puede tardar unos segundos.', 'Проверяем, что вы человек. Это может занять несколько секунд.', '人間であることを確認しています。これには数秒かかる場合があります。']) {
		assert.match(page(['www.example.test', check]) ?? '', /browser check/u, check);
	}
	const story = [...STORY, 'Visitors to the council site saw a page saying "Wir prüfen, ob Sie ein Mensch sind" for most of the morning.', ...STORY];
	assert.equal(page(['Council site slowed by bot checks', ...story]), null);
});
