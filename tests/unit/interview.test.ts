/**
 * Interviews: the interviewer's credit is a credit, the questions are the
 * dialogue's paragraphs however short, a rubric over the headline is not the
 * headline, and the box about the interviewee under the story is a bio box.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { takeBioBox } from '../../scripts/ingest/bio.ts';
import { isInterview } from '../../scripts/ingest/interview.ts';
import type { BodyNode, ContentBlock } from '../../scripts/ingest/model.ts';
import { parseStructure } from '../../scripts/ingest/structure.ts';

const block = (text: string, order: number): ContentBlock => ({ line: order + 1, text, inLinkBox: false, order, besideTimeStamp: false });
const reasons = (s: ReturnType<typeof parseStructure>) => new Map(s.removed.map((r) => [r.text, r.reason]));
const ANSWER_1 = 'Erschreckend. Wir haben an unseren Messpunkten in diesem Sommer bis zu vier Meter Eisdicke verloren, so viel wie noch nie.';
const ANSWER_2 = 'Dann geht es sehr schnell. Dunkles Eis nimmt mehr Sonnenwärme auf als heller Schnee, und dazu kommt Staub aus der Sahara.';
const ANSWER_3 = 'Schutt, Seen und neue Gefahren. Wo das Eis verschwindet, werden Hänge instabil, und die Gemeinden müssen sich darauf einstellen.';

test("the interviewer's credit is a credit, in six languages; a lower-case phrase after the label is none", () => {
	for (const credit of [
		'Das Gespräch führte Anna Meier.',
		'Propos recueillis par Claire Dubois',
		'Entrevista realizada por Javier Ortega',
		'Rozmawiał Tomasz Nowak',
		'Intervista a cura di Giulia Romano',
		'Interview by Sarah Collins',
	]) {
		const s = parseStructure(['„Die Alpen verlieren jedes Jahr drei Prozent ihres Eises“', credit, 'Wie sieht es dort oben aus?', ANSWER_1, 'Und dann?', ANSWER_2].join('\n'));
		assert.equal(reasons(s).get(credit), 'credit', credit);
		assert.ok(s.credits.includes(credit), credit);
	}
	const s = parseStructure(['Gletscher schmelzen schneller als erwartet', 'Interview: die Lage am Gletscher', ANSWER_1, ANSWER_2].join('\n'));
	assert.ok(!s.credits.includes('Interview: die Lage am Gletscher'));
});

test('a page is an interview by its credit, its rubric or its prefixed questions; one "Q:" is not enough', () => {
	const story = [block('Headline of the story', 0), block(ANSWER_1, 1)];
	assert.equal(isInterview(story, 1, ['Das Gespräch führte Anna Meier.']), true);
	assert.equal(isInterview([block('Rozmowa', 0), ...story.map((b, i) => block(b.text, i + 1))], 2, []), true);
	assert.equal(isInterview([...story, block('Q: Why stone?', 2), block('A: It is cheaper.', 3), block('Q: And the lift?', 4)], 1, []), true);
	assert.equal(isInterview([...story, block('Q: Why stone?', 2), block(ANSWER_2, 3)], 1, ['By Jane Doe']), false);
	// A rubric in a box of links under the story does not make it one.
	assert.equal(isInterview([...story, block('Interview mit Olaf Scholz', 2)], 1, []), false);
});

test("an interview's short questions are paragraphs; in a story, a short question over prose stays a sub-heading", () => {
	const questions = ['Frau Huber, wie sieht es auf dem Gletscher aus?', ANSWER_1, 'Und dann?', ANSWER_2, 'Was kommt nach dem Eis?', ANSWER_3];
	const interview = parseStructure(['Interview mit einer Gletscherforscherin', '„Die Alpen verlieren jedes Jahr drei Prozent ihres Eises“', ...questions].join('\n'));
	assert.equal(interview.title, '„Die Alpen verlieren jedes Jahr drei Prozent ihres Eises“');
	assert.deepEqual(interview.body.map((n) => [n.type, n.text]), questions.map((q) => ['paragraph', q]));
	const story = parseStructure(['Gletscher schmelzen schneller als erwartet', ANSWER_1, 'Und dann?', ANSWER_2].join('\n'));
	assert.deepEqual(story.body.map((n) => n.type), ['paragraph', 'heading', 'paragraph']);
});

test('the box about the interviewee under its label is taken off the story, however it was signed', () => {
	const para = (text: string, line: number): BodyNode => ({ type: 'paragraph', text, line });
	const bio = 'Martina Huber, 52, ist Glaziologin an der Universität Innsbruck.';
	const body = [para(ANSWER_1, 1), para(ANSWER_2, 2), { type: 'heading', text: 'Zur Person', line: 3 } as BodyNode, para(bio, 4)];
	const taken = takeBioBox(body, [block(ANSWER_1, 0), block(ANSWER_2, 1), block('Zur Person', 2), block(bio, 3)]);
	assert.deepEqual(body.map((n) => n.text), [ANSWER_1, ANSWER_2]);
	assert.deepEqual(taken.removed.map((r) => r.reason), ["a bio box's label", 'bio box (about the interviewee or the author, under its label)']);
	// The label left out of the body ("Profile" alone is no sub-heading) still heads the box.
	const english = [para(ANSWER_1, 1), para('Amira Haddad, 44, is a partner at a Newcastle architecture practice.', 3)];
	takeBioBox(english, [block(ANSWER_1, 0), block('Profile', 1), block(english[1]!.text, 2)]);
	assert.deepEqual(english.map((n) => n.text), [ANSWER_1]);
	// Three paragraphs under the label are the story's own section; a label with no story above it heads nothing.
	const long = [para(ANSWER_1, 1), para(bio, 3), para(ANSWER_2, 4), para(ANSWER_3, 5)];
	takeBioBox(long, [block(ANSWER_1, 0), block('Zur Person', 1), block(bio, 2), block(ANSWER_2, 3), block(ANSWER_3, 4)]);
	assert.equal(long.length, 4);
	const alone = [para(bio, 2)];
	takeBioBox(alone, [block('Zur Person', 0), block(bio, 1)]);
	assert.equal(alone.length, 1);
});
