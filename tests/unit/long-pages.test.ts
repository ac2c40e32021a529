import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyBlock } from '../../scripts/ingest/block-kind.ts';
import { toBlocks } from '../../scripts/ingest/blocks.ts';
import { commentsFrom } from '../../scripts/ingest/comments.ts';
import { DEFAULT_READING } from '../../scripts/ingest/dates.ts';
import { parseStructure } from '../../scripts/ingest/structure.ts';

const STORY = [
	'Council approves flood wall for Millbrook',
	'By Sarah Pike',
	'14 November 2023',
	'A scheme to protect almost 900 homes and businesses in Millbrook from the river has finally been approved after a decade of delays.',
	'The Environment Agency confirmed on Monday that funding had been signed off, with construction due to begin next spring and to last two years.',
	'Residents said they would believe it when the diggers arrived, but the town council welcomed the news and promised a drop-in session in December.',
];
const paragraphs = (lines: string[]) => parseStructure(lines.join('\n')).body.filter((n) => n.type === 'paragraph').map((n) => n.text);
const kinds = (lines: string[]) => {
	const blocks = toBlocks(lines.join('\n'));
	return { blocks, kinds: blocks.map((b) => classifyBlock(b, DEFAULT_READING)) };
};
const threadStart = (lines: string[]) => {
	const { blocks, kinds: k } = kinds(lines);
	return commentsFrom(blocks, k);
};

test("readers' comments begin at their first head (a handle over a posting time), or at the count above it", () => {
	const comments = [
		'47 comments',
		'Comments are moderated. Please keep the debate civil and read our community guidelines.',
		'RiverRat72',
		'2 hours ago',
		'About time. My mum has been flooded three times and nobody from the agency ever came to see it.',
		'Reply · 14 likes',
		'Margaret Holt',
		'April 2, 2023 at 8:14 pm',
		'Seven million from the council while they are closing the leisure centre on Sundays, somebody should ask.',
	];
	assert.equal(threadStart([...STORY, ...comments]), STORY.length);
	assert.deepEqual(paragraphs([...STORY, ...comments]), STORY.slice(3));
	// Without the count above them, the thread starts at the first head.
	assert.equal(threadStart([...STORY, ...comments.slice(2)]), STORY.length);
	// Handle and time on one line: "Marco R. • 2 anni fa".
	assert.equal(threadStart([...STORY, 'Marco R. • 2 anni fa', 'Ottimo articolo, ho fatto la stessa cosa con un vecchio netbook.', 'Rispondi', 'Giulia_T • 2 anni fa', 'Con un hub alimentato il problema è sparito anche a me.']), STORY.length);
});

test('one head is no thread, and sub-headings over dates without a time of day are a timeline, not comments', () => {
	assert.equal(threadStart([...STORY, 'RiverRat72', '2 hours ago', 'About time, said a reader who has been flooded three times since 2012.']), -1);
	const timeline = [...STORY, 'First Plans', 'March 2013', 'The first design was drawn up and shelved two years later when its cost doubled.', 'Second Attempt', 'June 2021', 'The council commissioned its own study of what the floods had cost the town.'];
	assert.equal(threadStart(timeline), -1);
	assert.equal(paragraphs(timeline).length, 5);
});

test("an author box's label takes the bio under it; a blog's comment title in French opens the thread", () => {
	const page = [...STORY, 'À propos de l’autrice', 'Claire Le Goff marche depuis quinze ans et raconte ici ses randonnées lentes en France.', '7 réflexions sur « Randonnée sur le GR34 »', 'Sophie R.', '19 septembre 2023 à 8 h 12 min', 'Merci pour ce récit très complet, je pars en octobre.'];
	assert.deepEqual(paragraphs(page), STORY.slice(3));
	const removed = parseStructure(page.join('\n')).removed.map((r) => r.reason);
	assert.ok(removed.includes('author box (its bio)'));
	assert.ok(removed.includes('comment thread'));
});

test('teasers over their dates, two or more in a row, are a sidebar: neither story nor date clue', () => {
	const page = [...STORY, 'Plans to turn the old fire station into flats have been approved by councillors.', '13 Nov 2023', 'A new walk-in health centre is to open at the shopping centre in January.', '12 Nov 2023'];
	const s = parseStructure(page.join('\n'));
	assert.deepEqual(paragraphs(page), STORY.slice(3));
	assert.ok(!s.dateClues.some((c) => c.line === '13 Nov 2023'));
	// A live feed's entry has a time of day: not a sidebar teaser.
	const feed = parseStructure([...STORY, 'Ministers meet again in the evening to settle the remaining points.', '14 Nov 2023, 18:05', 'The talks ended without a deal, a spokesman said afterwards.', '14 Nov 2023, 21:40'].join('\n'));
	assert.ok(!feed.removed.some((r) => r.reason.startsWith('sidebar teaser')));
});

test("headline-and-teaser pairs beyond a gap under the story are a section's index, not more story", () => {
	const index = ['Passageiros terão bagageiro nos novos trens', 'Tarifa de ônibus sobe em outubro', 'Ciclovia será ampliada até o parque', 'Aeroporto terá voo direto para Lisboa', 'A companhia aérea vai operar três frequências semanais com aviões de grande porte.', 'Hospital regional inaugura ala infantil', 'O novo setor terá 30 leitos e atenderá crianças de 48 municípios da região.'];
	assert.deepEqual(paragraphs([...STORY, ...index]), STORY.slice(3));
	// Right under the story (no gap), a sub-heading and its short paragraph are the story's.
	const section = [...STORY, 'What happens next', 'Work begins in March and the road stays open throughout.', 'Who pays', 'The council puts in seven million pounds of the total cost.'];
	assert.equal(paragraphs(section).length, 5);
});

test('an affiliate notice, neighbouring-post links, an app banner and a follow prompt are chrome', () => {
	const reason = (line: string) => {
		const kind = classifyBlock({ line: 1, text: line }, DEFAULT_READING);
		return kind.kind === 'chrome' ? kind.reason : null;
	};
	assert.equal(reason('Cet article contient des liens affiliés. Si vous réservez par leur intermédiaire, je touche une petite commission.'), 'affiliate notice');
	assert.equal(reason('This post contains affiliate links.'), 'affiliate notice');
	assert.equal(reason('← Previous post: Leaf mould without a cage'), 'post navigation');
	assert.equal(reason('Articolo successivo: Rete mesh in una casa su tre piani ›'), 'post navigation');
	assert.equal(reason('Baixe o app da Gazeta e receba as principais notícias no celular.'), 'app banner');
	assert.equal(reason('Disponível na App Store e no Google Play'), 'app banner');
	assert.equal(reason('The app is free on the App Store and Google Play, the company said.'), null);
	assert.equal(reason('Siga a Gazeta nas redes sociais e participe das nossas enquetes.'), 'social links');
	assert.equal(reason('Über den Autor: Markus Ehrlich schreibt seit 2011 für den Rheintal-Kurier.'), 'author box');
	assert.equal(reason('Kommentare (18)'), 'counter');
});
