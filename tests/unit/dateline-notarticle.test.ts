import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_READING } from '../../scripts/ingest/dates.ts';
import { foldDigits, parseDateline } from '../../scripts/ingest/dateline.ts';
import { toBlocks } from '../../scripts/ingest/blocks.ts';
import { classifyBlocks } from '../../scripts/ingest/lines.ts';
import { notAnArticle } from '../../scripts/ingest/not-article.ts';

const page = (lines: string[]) => notAnArticle(classifyBlocks(toBlocks(lines.join('\n')), DEFAULT_READING));

test('a dateline in a script without capitals: place, comma, a date, the danda', () => {
	const parsed = parseDateline('नई दिल्ली, 19 मई। राजधानी में भीषण गर्मी से राहत मिल सकती है।');
	assert.equal(parsed?.place, 'New Delhi');
	assert.equal(parsed?.prefix, 'नई दिल्ली, 19 मई। ');
	assert.deepEqual([parsed?.date?.day, parsed?.date?.month], [19, 5]);
	// A sentence's first clause is no dateline: what follows the comma must read as a date.
	assert.equal(parseDateline('राजधानी में, गर्मी बढ़ी। सरकार ने कहा'), null);
});

test('native digits read as numbers in a dateline, and the prefix keeps the source text', () => {
	assert.equal(foldDigits('๑๙ ก.ย. २३ ১৯ ۲۹'), '19 ก.ย. 23 19 29');
	const thai = parseDateline('กรุงเทพฯ ๑๙ ก.ย. (สำนักข่าวไทย) - คณะรัฐมนตรีมีมติอนุมัติงบกลาง');
	assert.equal(thai?.place, 'Bangkok');
	assert.equal(thai?.agency, 'Thai News Agency');
	assert.equal(thai?.date?.day, 19);
	assert.equal(thai?.prefix, 'กรุงเทพฯ ๑๙ ก.ย. (สำนักข่าวไทย) - ');
	assert.equal(parseDateline('लखनऊ, २३ अगस्त। स्मार्ट सिटी योजना के तहत बसें चलीं।')?.date?.day, 23);
});

test('a known place in capitals without its accents, agencies in Marathi and Urdu spelling', () => {
	assert.equal(parseDateline('ΑΘΗΝΑ, 19 Μαΐου (ΑΠΕ-ΜΠΕ) – Σε δημόσια διαβούλευση τέθηκε')?.place, 'Athens');
	const marathi = parseDateline('मुंबई, ८ जून (पीटीआय) : नैऋत्य मोसमी पाऊस गुरुवारी केरळमध्ये दाखल झाला.');
	assert.deepEqual([marathi?.place, marathi?.agency], ['Mumbai', 'PTI']);
	const urdu = parseDateline('اسلام آباد (اے پی پی) وفاقی کابینہ نے منگل کو منظوری دے دی۔');
	assert.deepEqual([urdu?.place, urdu?.agency], ['Islamabad', 'APP']);
});

const STORY = [
	'Regulator fines news sites over cookie banners',
	'',
	'The regulator fined three publishers on Tuesday for cookie banners that hid the option to refuse tracking from readers.',
	'',
	'The publishers have 30 days to change their prompts, and one of them said it would appeal against the decision in court.',
	'',
	'Separately, an outage at Cloudflare left readers of several sites facing an error page for about forty minutes on Monday.',
	'',
	'Campaigners welcomed the fines but said the regulator had taken almost two years to act on the complaints they filed.',
];

test('a consent wall is not an article; a story with a banner under it is', () => {
	const wall = ['We value your privacy', '', 'We and our partners store and access information on a device, such as cookies, and process personal data for personalised advertising and content measurement.', '', 'You may consent to our and our partners\u2019 processing, or refuse consent and change your preferences at any time.', '', 'Accept all', '', 'Reject all'];
	assert.match(page(wall) ?? '', /consent wall/);
	assert.match(page(['Bevor Sie zu Google weitergehen', '', 'Wenn Sie „Alle akzeptieren“ auswählen, verwenden wir Cookies und Daten auch, um personalisierte Werbung anzuzeigen.', '', 'Alle ablehnen', '', 'Alle akzeptieren']) ?? '', /consent wall/);
	assert.equal(page([...STORY, '', 'Accept all', '', 'Reject all']), null);
});

test("a CDN's block page or browser check is not an article; a story that names Cloudflare is", () => {
	assert.match(page(['Attention Required! | Cloudflare', '', 'Sorry, you have been blocked', '', 'This website is using a security service to protect itself from online attacks. The action you just performed triggered the security solution.']) ?? '', /CDN/);
	assert.match(page(['Access Denied', '', 'You don\u2019t have permission to access "http://www.example.com/news" on this server.', '', 'Reference #18.4c2e3b17.1684491022.1f9a7c3d']) ?? '', /CDN/);
	assert.match(page(['Just a moment...', '', 'Checking your browser before accessing www.example.com.', '', 'This process is automatic. Your browser will redirect to your requested content shortly.']) ?? '', /CDN/);
	assert.equal(page(STORY), null);
});
