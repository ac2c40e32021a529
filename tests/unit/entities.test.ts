/**
 * Tagging with the gazetteer: the five seeds get the entities the entity issue
 * expects, names in other scripts and inflections are found, whole words only,
 * case rules and context forms hold, and a bad gazetteer is refused entry by entry.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { defaultSettings, ingestSource } from '../../scripts/ingest/entry.ts';
import { createTagger } from '../../scripts/ingest/entities.ts';
import { readGazetteer } from '../../src/lib/gazetteer.ts';
import { checkGazetteer } from '../../src/schema/gazetteer.ts';

const GAZETTEER = readGazetteer(new URL('../../content/gazetteer.yaml', import.meta.url).pathname);
const SOURCES = new URL('../../content/sources/', import.meta.url);
const SEEDS = ['000_77eab4664a4e4667.txt', '001_73f91dd4694867d8.txt', '002_f68c7ef97f5882f1.txt', '003_394bfe222696a65c.txt', '004_d73bbc3d34addd6b.txt'];

/** Entity id -> the seeds (by number) tagged with it. */
async function seedTags(): Promise<Map<string, string[]>> {
	const tags = new Map<string, string[]>();
	for (const file of SEEDS) {
		const overrideName = file.replace(/\.txt$/, '.meta.yaml');
		const overrideText = await readFile(new URL(overrideName, SOURCES), 'utf8').catch(() => null);
		const { entry } = ingestSource(
			{ file, bytes: await readFile(new URL(file, SOURCES)), ...(overrideText ? { override: { file: overrideName, text: overrideText } } : {}) },
			{ ...defaultSettings(), gazetteer: GAZETTEER },
		);
		for (const id of [...(entry.people ?? []), ...(entry.places ?? []), ...(entry.organizations ?? [])]) tags.set(id, [...(tags.get(id) ?? []), file.slice(0, 3)]);
	}
	return tags;
}

test('the seeds are tagged as the entity issue expects', async () => {
	const tags = await seedTags();
	const expected: Record<string, string[]> = {
		turkey: ['002', '003'],
		france: ['000', '001', '003', '004'],
		paris: ['001', '002', '003', '004'],
		'islamic-state': ['001', '002', '003'],
		'francois-hollande': ['000', '001', '003'],
		'sergei-lavrov': ['004'],
		'alexander-lukashevich': ['000', '004'],
		osce: ['000'],
		nato: ['004'],
	};
	for (const [id, seeds] of Object.entries(expected)) assert.deepEqual(tags.get(id), seeds, id);
});

const tagger = createTagger(GAZETTEER);
const all = (text: string, language: string) => {
	const { fields } = tagger.tag(text, '', language);
	return [...(fields.people ?? []), ...(fields.places ?? []), ...(fields.organizations ?? [])];
};

test('other scripts and inflected forms: Chinese without spaces (Intl.Segmenter), Russian cases, Arabic', () => {
	// ICU's dictionary splits 埃尔多安 (Erdoğan) into four characters and 安卡拉 (Ankara) as 安|卡拉: a name
	// is found where it starts and ends at word boundaries, whatever the words inside it.
	assert.deepEqual(new Set(all('土耳其总统埃尔多安星期三在安卡拉表示，俄罗斯应当道歉。', 'zh')), new Set(['turkey', 'russia', 'recep-tayyip-erdogan', 'ankara']));
	assert.deepEqual(new Set(all('Президент России Владимир Путин встретился с Олландом. Путину позвонил Эрдоган.', 'ru')), new Set(['russia', 'vladimir-putin', 'recep-tayyip-erdogan']));
	assert.deepEqual(all('قال بوتين إن روسيا وفرنسا', 'ar'), ['vladimir-putin', 'russia']);
	// A language's own aliases do not apply to another language: "Turki" is Indonesian and Malay.
	assert.deepEqual(all('Turki dan Rusia', 'id'), ['turkey', 'russia']);
	assert.deepEqual(all('Turki and Rusia', 'en'), []);
});

test('whole words, case rules, the longest alias, context forms', () => {
	// Whole words: a Parisian is not Paris, Turkeys is not Turkey; "U.N." ends with its own full stop.
	assert.deepEqual(all('A Parisian café served Turkeys and Frances.', 'en'), []);
	assert.deepEqual(all('The U.N. Security Council met.', 'en'), ['united-nations']);
	// As written or in capitals; the bird is not the country.
	assert.deepEqual(all('MOSCOW, Nov 17. Roast turkey was served.', 'en'), ['moscow']);
	// "IS" only in its context forms; "Islamic State (IS)" is one mention of one entity.
	assert.deepEqual(all('This IS the end. It is what it is.', 'en'), []);
	const { fields } = tagger.tag('The Islamic State (IS) and IS militants; the IS said. Daesh again.', '', 'en');
	assert.deepEqual(fields.organizations, ['islamic-state']);
	assert.deepEqual(all('Sergei Lavrov met Lavrov.', 'en'), ['sergei-lavrov']);
	// Most mentioned first, then first mentioned.
	assert.deepEqual(all('Paris. Moscow. Moscow. Ankara.', 'en'), ['moscow', 'paris', 'ankara']);
});

test('names the gazetteer lacks are reported for the editor, not sentence openings or stop words', () => {
	const { unknown } = tagger.tag('Talks in Geneva\nThe talks in Geneva went on. Foreign Minister Jean-Yves Le Drian spoke. However, Hollande left.', 'Talks in Geneva', 'en');
	const names = unknown.map((u) => u.name);
	assert.ok(names.includes('Geneva'), names.join(', '));
	assert.ok(unknown.find((u) => u.name === 'Geneva')!.inTitle);
	assert.ok(names.includes('Foreign Minister Jean-Yves Le Drian'), names.join(', '));
	assert.ok(!names.includes('However') && !names.includes('The') && !names.includes('Hollande'), names.join(', '));
});

test('a bad gazetteer is refused, each problem naming its entry', () => {
	const yaml = `
- { id: turkey, type: place, name: Turkey }
- { id: turkey, type: place, name: Türkiye }
- { id: turkey-bird, type: place, name: Turkish Republic, aliases: { en: [Turkey] } }
- { id: turkey-the-bird, type: animal, name: Meleagris }
- { id: Bad Id, type: person, name: X }
- { id: is, type: organization, name: Islamic State, aliases: { "*": [{ text: IS, context: ["(Daesh)"] }] } }
- { id: hollande, type: person, name: Hollande, colour: red }
- { id: paris-hilton, type: person, name: Paris }
`;
	const { problems } = checkGazetteer(parseYaml(yaml));
	const expect = [
		/^entry 2 \(turkey\): the id is already the id of entry 1$/,
		/^entry 3 \(turkey-bird\): the alias "Turkey" is already claimed by turkey, another place \(in every language\)$/,
		/^entry 4 \(turkey-the-bird\): type must be one of person, place, organization$/,
		/^entry 5 \(Bad Id\): id must be lowercase ASCII/,
		/^entry 6 \(is\): aliases\.\*\.0 /,
		/^entry 7 \(hollande\): unknown field "colour"$/,
	];
	for (const pattern of expect) assert.ok(problems.some((p) => pattern.test(p)), `${pattern} in:\n${problems.join('\n')}`);
	// A person and a place may share a name.
	assert.ok(!problems.some((p) => p.includes('paris-hilton')), problems.join('\n'));
	assert.equal(problems.length, expect.length, problems.join('\n'));
});

test('related coverage: shared names weighted by rarity and closeness in date; stories: a few days, enough shared names', async () => {
	const { relatedCoverage, storiesOf } = await import('../../src/lib/related.ts');
	const common = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, date: `2015-0${1 + (i % 9)}-10`, entities: ['russia', 'syria'] }));
	const articles = [
		{ id: 'a', date: '2015-11-26', entities: ['russia', 'syria', 'hollande', 'paris', 'islamic-state'] },
		{ id: 'b', date: '2015-11-27', entities: ['russia', 'syria', 'hollande', 'paris', 'islamic-state'] },
		{ id: 'c', date: '2015-12-20', entities: ['russia', 'syria', 'hollande', 'paris', 'islamic-state'] },
		{ id: 'd', date: '2015-11-26', entities: ['russia', 'syria'] },
		{ id: 'e', date: '2015-11-28', entities: ['lavrov'] },
	];
	const all = [...common, ...articles].sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
	const at = (id: string) => all.findIndex((x) => x.id === id);
	const related = relatedCoverage(all);
	// b shares the rare names and the day after; c shares them 24 days later; d shares only the common ones.
	assert.deepEqual(related[at('a')]!.slice(0, 2).map((i) => all[i]!.id), ['b', 'c']);
	assert.ok(related[at('a')]!.map((i) => all[i]!.id).indexOf('d') > 1);
	assert.deepEqual(related[at('e')], [], 'one shared name is not enough, and e shares none');
	const stories = storiesOf(all);
	assert.equal(stories[at('a')], stories[at('b')]);
	assert.notEqual(stories[at('a')], -1);
	assert.equal(stories[at('c')], -1, 'too many days later');
	assert.equal(stories[at('d')], -1, 'too few shared names');
	// A story holds at most 100 articles: 150 identical reports of one day make two stories.
	const burst = Array.from({ length: 150 }, (_, i) => ({ id: `x${String(i).padStart(3, '0')}`, date: '2016-01-01', entities: ['a1', 'a2', 'a3', 'a4'] }));
	const numbers = storiesOf(burst);
	assert.deepEqual([...new Set(numbers)].map((n) => numbers.filter((m) => m === n).length), [100, 50]);
});
