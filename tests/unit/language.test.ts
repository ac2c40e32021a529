import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from '../../scripts/ingest/language.ts';

const tag = (text: string) => detectLanguage(text)?.tag ?? null;

test('short texts in Latin-script languages', () => {
	assert.equal(tag('Russia calls for coordination of anti-terrorist missions. The Kremlin said on Tuesday.'), 'en');
	assert.equal(tag('Putin dan Hollande: kita akan bertindak bersama. Ini adalah tragedi kita bersama.'), 'id');
	assert.equal(tag('Le ministre est arrivé lundi à Berlin pour des entretiens avec son homologue.'), 'fr');
	assert.equal(tag('Der Minister ist am Montag in Berlin eingetroffen, um mit seinem Kollegen zu sprechen.'), 'de');
	assert.equal(tag('El ministro llegó el lunes a Berlín para conversar con su homólogo, según la agencia.'), 'es');
});

test('mixed text: Indonesian with a Cyrillic agency name is Indonesian', () => {
	assert.equal(tag('Para pemimpin Prancis dan Rusia sepakat untuk melawan terorisme, lapor РИА Новости.'), 'id');
});

test('other scripts decide by script', () => {
	assert.equal(tag('Президент России провёл переговоры с президентом Франции в Москве.'), 'ru');
	assert.equal(tag('Президент України провів переговори з президентом Франції в Києві.'), 'uk');
	assert.equal(tag('俄罗斯总统普京与法国总统奥朗德在莫斯科举行会谈。'), 'zh');
});

test('a language the tables lack, or two languages nearly tied, is not recognised', () => {
	assert.equal(tag('Prezydent Rosji spotkał się w czwartek z prezydentem Francji w Moskwie, aby omówić sytuację w Syrii.'), null);
	assert.equal(tag('Rusya Devlet Başkanı Putin ile Hollande, Suriye konusunda anlaştı ve iki ülke bilgi paylaşımını artıracak.'), 'tr');
});

test('Russian quoting one Ukrainian word is Russian', () => {
	assert.equal(tag('Президент России провёл переговоры в Москве и сказал, что слово «Україна» звучит иначе, чем раньше, по его мнению.'), 'ru');
});

test('no letters, no language', () => {
	assert.equal(tag('12345 -- 678'), null);
});
