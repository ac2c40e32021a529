import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeId, slugify, withSuffix } from '../../src/lib/slug.ts';

test('slugs are lowercase ASCII, accents dropped, other scripts transliterated', () => {
	assert.equal(slugify('Kremlin: Putin orders setting up contact'), 'kremlin-putin-orders-setting-up-contact');
	assert.equal(slugify('Le ministre russe des Affaires étrangères à Berlin'), 'le-ministre-russe-des-affaires-etrangeres-a-berlin');
	assert.equal(slugify('Путин и Олланд в Москве'), 'putin-i-olland-v-moskve');
	assert.equal(slugify('Straße, Łódź & Øresund'), 'strasse-lodz-oresund');
	assert.equal(slugify("Russia's year’s"), 'russias-years');
	assert.equal(slugify('俄罗斯'), 'e-luo-si');
	assert.equal(slugify('ロシア'), 'ro-shi-a');
	assert.equal(slugify('러시아 대통령'), 'leo-si-a-dae-tong-lyeong');
	assert.equal(slugify('قال الرئيس'), 'ql-lriys');
});

test('ids are at most 80 characters, cut at a word', () => {
	const id = makeId('2015-11-17', 'Kremlin: Putin orders setting up contact with French Navy after conversation with Hollande', 'x');
	assert.equal(id, '2015-11-17-kremlin-putin-orders-setting-up-contact-with-french-navy-after');
	assert.ok(id.length <= 80);
	assert.equal(makeId('2015-11-17', 'A'.repeat(100), 'x'), `2015-11-17-${'a'.repeat(69)}`);
});

test('a title with nothing to spell falls back to the given hash', () => {
	assert.equal(makeId('2015-11-17', '!!! ???', 'abc123'), '2015-11-17-abc123');
});

test('collision suffixes keep the limit', () => {
	assert.equal(withSuffix('2015-11-17-talks', 2), '2015-11-17-talks-2');
	const long = `2015-11-17-${'a'.repeat(69)}`;
	assert.equal(withSuffix(long, 2).length, 80);
	assert.ok(withSuffix(long, 2).endsWith('-2'));
});
