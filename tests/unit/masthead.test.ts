/**
 * The site's own lines above the headline: its name (a line its copyright
 * notice repeats), the tagline beside the name, a rubric naming an interview,
 * and a headline that is a quotation (which reads as prose). None of them is
 * taken for the headline; each is told by the page's own evidence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSiteName, mastheadOf } from '../../scripts/ingest/masthead.ts';
import type { ContentBlock } from '../../scripts/ingest/model.ts';
import { parseStructure } from '../../scripts/ingest/structure.ts';
import { isQuotedHeadline } from '../../scripts/ingest/title.ts';

const block = (text: string, order: number): ContentBlock => ({ line: order + 1, text, inLinkBox: false, order, besideTimeStamp: false });
const STORY = [
	'The passenger ferry between Harbour Town and St Mawes will run through the winter for the first time after the county council agreed to cover part of its costs.',
	'Until now the service stopped at the end of October, leaving residents who work across the estuary with a long drive each way.',
	'The council will pay £120,000 a year for three years, and the operator will keep two crews on the route.',
];

test("a site's name is a line its notices repeat, maybe with its city or a word such as Online", () => {
	const notices = ['© 2023 Kurier Lubelski. Wszelkie prawa zastrzeżone.', 'สงวนลิขสิทธิ์ © 2567 ข่าวช่องเจ็ดสี'];
	assert.equal(isSiteName('Kurier Lubelski', notices), true);
	assert.equal(isSiteName('Kurier Lubelski Lublin', notices), true);
	assert.equal(isSiteName('ข่าวช่องเจ็ดสี ออนไลน์', notices), true);
	// A headline about the paper is no name: the word beside the name is no place.
	assert.equal(isSiteName('Kurier Lubelski nagrodzony', notices), false);
	assert.equal(isSiteName('Lublin: nowy most na Bystrzycy otwarty', notices), false);
	assert.equal(isSiteName('Kurier Lubelski', []), false);
});

test('a tagline is beside the name and opens with the word for news; the same words elsewhere are no tagline', () => {
	const notices = ['© 2024 The Harbour Town Echo. All rights reserved.'];
	const lead = ['The Harbour Town Echo', 'News, sport and events from Harbour Town and the Fal Estuary', 'Harbour Town ferry to run all year'].map(block);
	assert.deepEqual([...mastheadOf(lead, notices)].sort(), [0, 1]);
	// Not beside the name (a menu stands between them), or with no notice to name the site: no masthead but a rubric.
	const apart = [block('The Harbour Town Echo', 0), block('News, sport and events from Harbour Town', 2), block('Harbour Town ferry to run all year', 3)];
	assert.deepEqual([...mastheadOf(apart, notices)], [0]);
	assert.deepEqual([...mastheadOf(lead, [])], []);
	assert.deepEqual([...mastheadOf([block('Interview mit einer Gletscherforscherin', 0), block('„Die Alpen verlieren ihr Eis“', 1)], [])], [0]);
});

test('the headline under the name and tagline, in English, German and Thai', () => {
	const pages = [
		['The Harbour Town Echo', 'News, sport and events from Harbour Town and the Fal Estuary', 'Harbour Town ferry to run all year after council funding deal', ...STORY, '© 2024 The Harbour Town Echo. All rights reserved.'],
		[
			'Allgäuer Rundschau',
			'Nachrichten aus Kempten, Füssen und dem Allgäu',
			'Kempten: Neues Hallenbad öffnet im Mai',
			'Das neue Hallenbad in Kempten öffnet am 4. Mai, hat der Stadtrat in Kempten am Montag bekanntgegeben.',
			'Das Bad hat ein Sportbecken mit acht Bahnen, ein Lehrschwimmbecken und eine Sauna für Kempten und das Allgäu.',
			'© Allgäuer Rundschau 2024',
		],
		[
			'ภูเก็ตนิวส์ทูเดย์',
			'ข่าวภูเก็ต ข่าวท่องเที่ยว ข่าวอันดามัน',
			'ภูเก็ตเปิดท่าเรือใหม่',
			'จังหวัดภูเก็ตเปิดใช้ท่าเรือโดยสารแห่งใหม่ที่อ่าวฉลองอย่างเป็นทางการ รองรับเรือนำเที่ยวได้พร้อมกันกว่า 40 ลำ เพื่อแก้ปัญหาความแออัดในช่วงฤดูท่องเที่ยวของภูเก็ตและทะเลอันดามัน',
			'© 2566 ภูเก็ตนิวส์ทูเดย์ สงวนลิขสิทธิ์',
		],
	];
	for (const page of pages) assert.equal(parseStructure(page.join('\n')).title, page[2]);
	// Without the notice, nothing says the tagline is the site's: the rule needs its evidence.
	assert.equal(parseStructure(pages[0]!.slice(0, -1).join('\n')).title, pages[0]![1]);
});

test("a page whose only headline-like line is the site's name keeps it for a title", () => {
	const s = parseStructure(['Kurier Lubelski Lublin', ...STORY, '© 2023 Kurier Lubelski.'].join('\n'));
	assert.equal(s.title, 'Kurier Lubelski Lublin');
});

test('a quotation set as the headline, maybe after its speaker, is a headline, not the first paragraph', () => {
	const quoted = 'Marco Bellini: «Il porto di Ancona può tornare a crescere, ma servono treni»';
	assert.equal(isQuotedHeadline(quoted), true);
	assert.equal(isQuotedHeadline('„Die Alpen verlieren jedes Jahr drei Prozent ihres Eises, sagt die Forscherin aus Innsbruck“'), true);
	// A sentence before the colon, or a stop before the closing quote: a paragraph.
	assert.equal(isQuotedHeadline('Il presidente ha detto ai giornalisti: «Il porto di Ancona può tornare a crescere, ma servono treni»'), false);
	assert.equal(isQuotedHeadline('Marco Bellini: «Il porto di Ancona può tornare a crescere, ma servono i treni.»'), false);
	const s = parseStructure(
		[
			'Il Corriere Adriatico del Mattino',
			'Cronaca   Politica   Economia   Cultura   Sport',
			quoted,
			'Il presidente del porto di Ancona spiega perché i traghetti da soli non bastano e cosa cambierà con i treni.',
			'Intervista a cura di Giulia Romano',
			'Presidente, il traffico merci è calato per il terzo anno di fila nel porto di Ancona. Perché?',
			'Perché le merci arrivano qui ma poi devono proseguire su strada, e per molte aziende è troppo caro.',
		].join('\n'),
	);
	assert.equal(s.title, quoted);
	assert.equal(s.dek, 'Il presidente del porto di Ancona spiega perché i traghetti da soli non bastano e cosa cambierà con i treni.');
});
