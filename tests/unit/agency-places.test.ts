import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isColumnLabel, toBlocks } from '../../scripts/ingest/blocks.ts';
import { parseDateline } from '../../scripts/ingest/dateline.ts';
import { findAgency, normalizePlace } from '../../scripts/ingest/names.ts';
import { AGENCIES } from '../../scripts/ingest/tables/agencies.ts';
import { PLACES } from '../../scripts/ingest/tables/places.ts';

test('agencies in their own script and house forms are known, the longest name first', () => {
	assert.equal(findAgency('ІНТЕРФАКС-УКРАЇНА')?.name, 'Interfax-Ukraine');
	assert.equal(findAgency('Интерфакс')?.name, 'Interfax');
	assert.equal(findAgency('(वार्ता)')?.name, 'UNI');
	assert.equal(findAgency('Estadão Conteúdo')?.name, 'Estadão Conteúdo');
	assert.equal(findAgency('(FOLHAPRESS)')?.name, 'Folhapress');
	assert.equal(findAgency('خبرگزاری فارس')?.name, 'Fars');
	// Fars is a province and Mehr a month: their bare names are not agencies.
	assert.equal(findAgency('استان فارس'), null);
	assert.equal(findAgency('Kabar Pasar'), null);
});

test('every alias names one agency only', () => {
	const seen = new Map<string, string>();
	for (const { name, aliases } of AGENCIES) {
		for (const alias of aliases) {
			const key = alias.toLowerCase().replace(/[\s-]+/g, ' ');
			assert.ok(!seen.has(key) || seen.get(key) === name, `${alias}: ${seen.get(key)} and ${name}`);
			seen.set(key, name);
		}
	}
});

test('every place spelling names one English place only', () => {
	const seen = new Map<string, string>();
	for (const [english, spellings] of Object.entries(PLACES)) {
		for (const spelling of spellings) {
			const key = spelling.toLowerCase();
			assert.ok(!seen.has(key) || seen.get(key) === english, `${spelling}: ${seen.get(key)} and ${english}`);
			seen.set(key, english);
		}
	}
});

test('datelines in native script give the place in English', () => {
	assert.equal(normalizePlace('부산'), 'Busan');
	assert.equal(normalizePlace('札幌'), 'Sapporo');
	assert.equal(normalizePlace('لکھنؤ'), 'Lucknow');
	const hindi = parseDateline('लखनऊ, 14 नवंबर (वार्ता) उत्तर प्रदेश की राजधानी में काम शुरू होगा।');
	assert.deepEqual([hindi?.place, hindi?.agency], ['Lucknow', 'UNI']);
	const ukrainian = parseDateline('КИЇВ. 12 березня. ІНТЕРФАКС-УКРАЇНА - Компанія повідомила про це.');
	assert.deepEqual([ukrainian?.place, ukrainian?.agency], ['Kyiv', 'Interfax-Ukraine']);
	const korean = parseDateline('[부산=뉴시스]김민수 기자 = 해수욕장이 문을 연다.');
	assert.deepEqual([korean?.place, korean?.agency], ['Busan', 'Newsis']);
	const turkish = parseDateline("İZMİR (İHA) - İzmir'de yağış etkili oldu.");
	assert.equal(turkish?.place, 'Izmir');
});

test('a header of years or of numbered labels heads a column of figures; a year over years does not', () => {
	assert.ok(isColumnLabel('2024', ['2.345.100', '1.876.900']));
	assert.ok(!isColumnLabel('2023', ['2024', '2025']));
	assert.ok(isColumnLabel('1º tri', ['8,4%', '7,5%']));
	assert.ok(!isColumnLabel('Round 2', ['Round 3', 'Round 4']));
});

test('a source note one blank line under a space-aligned table is the table\'s note, not the agency', () => {
	const lines = ['Komoditas          Satuan     Harga (Rp)', 'Cabai rawit        kg             42.350', 'Bawang merah       kg             49.100', '', 'Sumber: Panel Harga Badan Pangan Nasional', '', 'After.'];
	const table = toBlocks(lines.join('\n')).find((b) => b.table);
	assert.equal(table?.table?.note?.text, 'Sumber: Panel Harga Badan Pangan Nasional');
	// A note naming a news agency is the story's credit, not the table's note.
	const credited = toBlocks([...lines.slice(0, 4), 'Quelle: dpa', '', 'After.'].join('\n')).find((b) => b.table);
	assert.equal(credited?.table?.note, null);
});
