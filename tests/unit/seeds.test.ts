/**
 * Golden test: the five seed sources give exactly the entries the archive
 * expects (the table in the ingest issue), with chrome gone and every
 * paragraph of the articles kept word for word.
 */
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { test } from 'node:test';
import { defaultSettings, ingestSource, type Ingested } from '../../scripts/ingest/entry.ts';
import { serializeEntry } from '../../scripts/ingest/serialize.ts';
import { readGazetteer } from '../../src/lib/gazetteer.ts';
import { fileURLToPath } from 'node:url';

const SOURCES = new URL('../../content/sources/', import.meta.url);
/** The committed entries are tagged with the committed gazetteer. */
const GAZETTEER = readGazetteer(fileURLToPath(new URL('../../content/gazetteer.yaml', import.meta.url)));

async function ingestSeed(file: string): Promise<Ingested> {
	const bytes = await readFile(new URL(file, SOURCES));
	const overrideName = file.replace(/\.txt$/, '.meta.yaml');
	const overrideText = await readFile(new URL(overrideName, SOURCES), 'utf8').catch(() => null);
	return ingestSource({ file, bytes, ...(overrideText ? { override: { file: overrideName, text: overrideText } } : {}) }, { ...defaultSettings(), gazetteer: GAZETTEER });
}

const EXPECTED = [
	['000_77eab4664a4e4667.txt', 'Kremlin: Putin orders setting up contact with French Navy after conversation with Hollande', '2015-11-17', 'stated', 'ITAR-TASS', 'Equipo Nizkor', 'Moscow', 'en'],
	['001_73f91dd4694867d8.txt', 'Russia ready to work with France in fight against terrorism: Putin', '2015-11-27', 'stated', 'Xinhua', null, null, 'en'],
	['002_f68c7ef97f5882f1.txt', 'Russia calls for coordination of anti-terrorist missions', '2015-12-02', 'stated', 'Xinhua', null, null, 'en'],
	['003_394bfe222696a65c.txt', 'Putin dan Hollande: kita akan bertindak bersama', '2015-11-26', 'editor', 'RIA Novosti', null, null, 'id'],
	['004_d73bbc3d34addd6b.txt', 'Russian, French ministers to discuss Libya, Syria, missile defence, EU, NATO', '2011-09-05', 'inferred', 'ITAR-TASS', null, 'Moscow', 'en'],
] as const;

const FORBIDDEN = [
	'Bookshop', 'Donate', 'Equipo Nizkor', 'Radio Nizkor', 'Syria War', 'small logo', 'Title 17 U.S.C.', '[Source:',
	'Adjust font size', 'Endit', 'Off the wire', 'ICRC staff abducted', 'You are here', 'Foto yang digunakan', 'Leave a comment',
];

for (const [file, title, date, dateCertainty, agency, publisher, dateline, language] of EXPECTED) {
	test(`seed ${file} gives the expected entry`, async () => {
		const { entry } = await ingestSeed(file);
		assert.deepEqual(
			{ title: entry.title, date: entry.date, dateCertainty: entry.dateCertainty, agency: entry.agency, publisher: entry.publisher, dateline: entry.dateline, language: entry.language },
			{ title, date, dateCertainty, agency, publisher, dateline, language },
		);
		assert.equal(entry.source.file, file);
		assert.match(entry.id, new RegExp(`^${date}-[a-z0-9-]+$`));
		assert.ok(entry.id.length <= 80);
		assert.ok(entry.dateBasis.length > 20);
	});

	test(`seed ${file}: no chrome in title or body, every article paragraph kept`, async () => {
		const { entry, body } = await ingestSeed(file);
		for (const phrase of FORBIDDEN) {
			assert.ok(!entry.title.includes(phrase), `title has ${phrase}`);
			assert.ok(!body.includes(phrase), `body has ${phrase}`);
		}
		assert.ok(!body.includes('\uFFFD'));
		// Paragraphs of the article: long prose lines of the source, less any dateline prefix or end marker.
		const raw = await readFile(new URL(file, SOURCES), 'utf8');
		const bodyText = body.replace(/\\([\\`*_{}[\]()#+\-.!<>&])/g, '$1');
		for (const line of raw.split('\n').map((l) => l.trim())) {
			if (line.split(/\s+/).length < 30 || /Title 17|\u2022/.test(line)) continue;
			const paragraph = line.replace(/^MOSCOW, September 5 \(Itar-Tass\) —— /, '').replace(/ Endit$/, '');
			if (paragraph === entry.dek) continue;
			assert.ok(bodyText.includes(paragraph), `missing paragraph: ${paragraph.slice(0, 60)}`);
		}
	});
}

test('seed 000 has its standfirst and three sub-headings with anchors', async () => {
	const { entry, body } = await ingestSeed('000_77eab4664a4e4667.txt');
	assert.equal(
		entry.dek,
		'Russia and France may draft a joint declaration on anti-terrorist efforts by a ministerial meeting of the Organization for Security and Cooperation in Europe (OSCE) in Belgrade on December 4',
	);
	assert.deepEqual(entry.sections, [
		{ title: 'Russian and French military to define areas of cooperation in Syria', id: 'russian-and-french-military-to-define-areas-of-cooperation-in-syria' },
		{ title: 'Russia, France to draft anti-terror declaration by December 4', id: 'russia-france-to-draft-anti-terror-declaration-by-december-4' },
		{ title: 'French Senate backs rapprochement with Russia to counteract terrorism', id: 'french-senate-backs-rapprochement-with-russia-to-counteract-terrorism' },
	]);
	assert.equal(body.match(/^## /gm)?.length, 3);
	assert.ok(!body.split('\n\n').includes(entry.dek!), 'the standfirst is not repeated as a paragraph');
});

test('seed 004: the year is inferred from weekdays and the years the text mentions', async () => {
	const { entry } = await ingestSeed('004_d73bbc3d34addd6b.txt');
	assert.match(entry.dateBasis, /"MOSCOW, September 5 \(Itar-Tass\) ——"/);
	assert.match(entry.dateBasis, /"Wednesday, September 7"/);
	assert.match(entry.dateBasis, /"Monday, September 5"/);
	assert.match(entry.dateBasis, /2010/);
});

test('seed 003: the title stands after the story; the photo credit is kept as a credit', async () => {
	const { entry, body, warnings } = await ingestSeed('003_394bfe222696a65c.txt');
	assert.deepEqual(warnings, [
		'no headline above the story; the title is the headline-like line 24, after it',
		'no credit line or dateline names the agency; the lede "lapor РИА Новости." gives RIA Novosti',
	]);
	assert.deepEqual(entry.credits, ['Foto yang digunakan: Berita RIA. Mikhail Klimentiev']);
	assert.ok(!body.includes(entry.title));
	assert.ok(body.startsWith('Pada pembicaraan di Moskow'));
});

for (const [file] of EXPECTED) {
	test(`seed ${file} gives exactly its committed entry file`, async () => {
		const { entry, body } = await ingestSeed(file);
		const committed = await readFile(new URL(`../../content/articles/${entry.id}.md`, import.meta.url), 'utf8');
		assert.equal(serializeEntry(entry, body), committed);
	});
}

test('the committed entries are the five seeds', async () => {
	const names = (await readdir(new URL('../../content/articles/', import.meta.url))).filter((n) => n.endsWith('.md')).sort();
	assert.equal(names.length, 5);
	assert.deepEqual(names.map((n) => n.slice(0, 10)), ['2011-09-05', '2015-11-17', '2015-11-26', '2015-11-27', '2015-12-02']);
});
