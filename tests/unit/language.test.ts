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

test('the twenty languages of the issue, each from one sentence', () => {
	const samples: Record<string, string> = {
		en: 'Russian President Vladimir Putin said on Thursday that Russia is ready to join France in the fight against terrorism.',
		fr: 'Le président russe a déclaré jeudi que la Russie était prête à travailler avec la France dans la lutte contre le terrorisme.',
		es: 'El presidente ruso dijo el jueves que Rusia está dispuesta a trabajar con Francia en la lucha contra el terrorismo.',
		pt: 'O presidente russo disse na quinta-feira que a Rússia está pronta para trabalhar com a França na luta contra o terrorismo.',
		de: 'Der russische Präsident sagte am Donnerstag, Russland sei bereit, mit Frankreich im Kampf gegen den Terrorismus zusammenzuarbeiten.',
		it: 'Il presidente russo ha detto giovedì che la Russia è pronta a lavorare con la Francia nella lotta al terrorismo.',
		nl: 'De Russische president zei donderdag dat Rusland bereid is om met Frankrijk samen te werken in de strijd tegen terrorisme.',
		ru: 'Президент России заявил, что Россия готова сотрудничать с Францией в борьбе с терроризмом.',
		uk: 'Президент Росії заявив, що Росія готова співпрацювати з Францією у боротьбі з тероризмом.',
		tr: 'Rusya Devlet Başkanı Putin, Fransa ile terörle mücadelede işbirliği yapmaya hazır olduklarını söyledi.',
		ar: 'قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة للعمل مع فرنسا في مكافحة الإرهاب.',
		fa: 'رئیس جمهور روسیه گفت که روسیه آماده همکاری با فرانسه در مبارزه با تروریسم است.',
		he: 'נשיא רוסיה אמר כי רוסיה מוכנה לעבוד עם צרפת במאבק בטרור.',
		zh: '俄罗斯总统普京表示，俄罗斯准备与法国合作打击恐怖主义。',
		ja: 'ロシアの大統領は、テロとの戦いでフランスと協力する用意があると述べた。',
		ko: '러시아 대통령은 테러와의 전쟁에서 프랑스와 협력할 준비가 되어 있다고 말했다.',
		id: 'Presiden Rusia Vladimir Putin mengatakan bahwa Rusia siap bekerja sama dengan Prancis dalam memerangi terorisme.',
		vi: 'Tổng thống Nga Vladimir Putin cho biết Nga sẵn sàng hợp tác với Pháp trong cuộc chiến chống khủng bố.',
		hi: 'रूस के राष्ट्रपति ने कहा कि रूस आतंकवाद के खिलाफ लड़ाई में फ्रांस के साथ काम करने के लिए तैयार है।',
		pl: 'Prezydent Rosji Władimir Putin powiedział w czwartek, że Rosja jest gotowa współpracować z Francją w walce z terroryzmem.',
	};
	for (const [language, text] of Object.entries(samples)) assert.equal(tag(text), language, text);
});

test('Malay and Indonesian are told apart by words of their own', () => {
	assert.equal(tag('Perdana Menteri berkata kerajaan akan terus membantu rakyat yang terjejas akibat banjir, kerana beliau bimbang.'), 'ms');
	assert.equal(tag('Presiden mengatakan pemerintah akan terus membantu warga yang terdampak banjir karena tidak bisa menunggu.'), 'id');
});

test('Russian quoting one Ukrainian word is Russian', () => {
	assert.equal(tag('Президент России провёл переговоры в Москве и сказал, что слово «Україна» звучит иначе, чем раньше, по его мнению.'), 'ru');
});

test('no letters, no language', () => {
	assert.equal(tag('12345 -- 678'), null);
});
