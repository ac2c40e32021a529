/**
 * Issue 18's wire and calendar kinds: a yearless wire dateline whose year is
 * only in a copyright line (in the shapes agencies write it, the agency's own
 * notice before the page's footer); Marathi and Nepali month names, Nepal's
 * Bikram Sambat calendar (converted only where its month lengths are known);
 * Persian datelines with the date after the agency; a WARC capture named once
 * in a basis; the chrome rule's relative dates built from the calendar tables.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BIKRAM_SAMBAT_YEARS, bikramSambatToGregorian, iso } from '../../scripts/ingest/calendar.ts';
import { parseDateline } from '../../scripts/ingest/dateline.ts';
import { findDates, unreadDates, type DateReading } from '../../scripts/ingest/dates.ts';
import { defaultSettings, ingestSource } from '../../scripts/ingest/entry.ts';
import { copyrightYearOf, NO_PAGE_CLUES, readCopyrightYear, readRelativeDate } from '../../scripts/ingest/page-dates.ts';
import { settleDate, type DateClue } from '../../scripts/ingest/settle-date.ts';
import { AGO_AFTER, AGO_BEFORE, COARSE_RELATIVE_UNITS, RELATIVE_UNITS } from '../../scripts/ingest/tables/calendar.ts';
import { BIKRAM_SAMBAT_MONTH_LENGTHS } from '../../scripts/ingest/tables/bikram-sambat.ts';
import { CHROME_PATTERNS } from '../../scripts/ingest/tables/chrome.ts';

const reading = (language: string): DateReading => ({ order: 'dmy', orderReason: 'day first', language });
const clue = (line: string, where: DateClue['where'] = 'dateline'): DateClue => ({ mention: findDates(line)[0]!, where, role: null, line });

test('a copyright line gives its year in the shapes agencies write it; prose about copyright does not', () => {
	const year = (line: string) => copyrightYearOf(line)?.year ?? null;
	assert.equal(year('(c) Copyright Thomson Reuters 2023. Click For Restrictions'), 2023);
	assert.equal(year('Copyright 2023 The Associated Press. All rights reserved.'), 2023);
	assert.equal(year('Todos los derechos reservados © EFE 2022'), 2022);
	assert.equal(year('RIPRODUZIONE RISERVATA © Copyright ANSA 2023'), 2023);
	assert.equal(year('© Agence France-Presse 2024'), 2024);
	assert.equal(year('©2023 Bloomberg L.P.'), 2023);
	assert.equal(year('© २०२३ लोकवार्ता. सर्व हक्क राखीव.'), 2023);
	// dpa's story number begins with its filing day, year first.
	assert.deepEqual(copyrightYearOf('© dpa-infocom, dpa:230707-99-321845/4'), { year: 2023, numbered: true });
	assert.equal(year('dpa:230707-99-321845/4'), null, 'a story number is read only on a copyright line');
	assert.equal(year('Copyright reform passed in 2019'), null);
	assert.equal(year('Copyright Office Director Jane Smith said in 2019 that'), null);
	assert.equal(year('© The Lakeshore Sentinel. All rights reserved.'), null);
});

test("the agency's own notice under its copy outranks a later year in the page's footer", () => {
	const text = 'Story text.\n©2023 Bloomberg L.P.\nTrending\n© 2024 FinPortal Inc. All rights reserved.';
	assert.deepEqual(readCopyrightYear(text, 'Bloomberg'), { year: 2023, numbered: false, line: '©2023 Bloomberg L.P.', agency: true });
	// Without the story's agency (or on a page of another agency's copy), the latest year is the page's.
	assert.equal(readCopyrightYear(text)?.year, 2024);
	assert.equal(readCopyrightYear(text, 'Reuters')?.year, 2024);
	const copyright = readCopyrightYear(text, 'Bloomberg')!;
	const settled = settleDate([clue('Sept. 7, 4:12 AM · 3 min read', 'date line')], '', [], { ...NO_PAGE_CLUES, copyright });
	assert.deepEqual([settled?.date, settled?.certainty], ['2023-09-07', 'inferred']);
	assert.match(settled!.basis, /agency's notice under the story "©2023 Bloomberg L\.P\." names 2023/);
});

test('a weekday and the copyright year together: the basis names both clues', () => {
	const copyright = readCopyrightYear('Tous droits réservés. © Agence France-Presse 2024', 'AFP')!;
	const settled = settleDate([clue('Publié le mercredi 24 janvier à 14h05', 'date line')], '', [], { ...NO_PAGE_CLUES, copyright });
	assert.deepEqual([settled?.date, settled?.certainty], ['2024-01-24', 'inferred']);
	assert.match(settled!.basis, /"mercredi 24 janvier", weekdays that fit 2024.*Agence France-Presse 2024" names 2024/);
	// A weekday that fits no year up to the copyright's is evidence against it, not ignored.
	const warnings: string[] = [];
	const wrong = settleDate([clue('Publié le jeudi 24 janvier à 14h05', 'date line')], 'Il a dit en 2024.', warnings, { ...NO_PAGE_CLUES, copyright });
	assert.notEqual(wrong?.date, '2024-01-24');
	assert.match(warnings.join(' '), /fit no year from 2024 to 2024/);
});

test('Marathi and Nepali write the Gregorian months in their own spellings', () => {
	const read = (text: string, language: string) => findDates(text, reading(language)).map((m) => [m.year, m.month, m.day, m.weekday]);
	assert.deepEqual(read('प्रकाशित: शनिवार, १२ ऑगस्ट २०२३', 'mr'), [[2023, 8, 12, 6]]);
	assert.deepEqual(read('मंगळवार, ५ डिसेंबर २०२३', 'mr'), [[2023, 12, 5, 2]]);
	assert.deepEqual(read('बिहीबार, २१ सेप्टेम्बर २०२३', 'ne'), [[2023, 9, 21, 4]]);
	assert.deepEqual(read('जुन ८, २०२३', 'ne'), [[2023, 6, 8, null]]);
});

test('Bikram Sambat dates are converted from the table of month lengths, and only there', () => {
	// Nepal's new year 2080 fell on 14 April 2023; 28 Baisakh 2080 was Thursday 11 May 2023.
	assert.deepEqual(bikramSambatToGregorian(2080, 1, 1), [2023, 4, 14]);
	assert.deepEqual(bikramSambatToGregorian(2080, 1, 28), [2023, 5, 11]);
	assert.deepEqual(bikramSambatToGregorian(2073, 10, 29), [2017, 2, 11]);
	assert.deepEqual(bikramSambatToGregorian(2000, 1, 1), [1943, 4, 14]);
	assert.equal(bikramSambatToGregorian(2080, 1, 32), 'is not a real date', 'Baisakh 2080 has 31 days');
	assert.match(String(bikramSambatToGregorian(2081, 1, 1)), /not known here \(2000-2080 BS are\)/);
	// The table's years run on without a gap: each year's last day is the day before the next one's first.
	const dayMs = 86_400_000;
	for (let year = BIKRAM_SAMBAT_YEARS.from; year < BIKRAM_SAMBAT_YEARS.to; year++) {
		const last = bikramSambatToGregorian(year, 12, 29 + Number(BIKRAM_SAMBAT_MONTH_LENGTHS[year - BIKRAM_SAMBAT_YEARS.from]![11])) as number[];
		const next = bikramSambatToGregorian(year + 1, 1, 1) as number[];
		assert.equal(Date.UTC(next[0]!, next[1]! - 1, next[2]!) - Date.UTC(last[0]!, last[1]! - 1, last[2]!), dayMs, `${year}-${year + 1}`);
		// Every Bikram Sambat year begins in mid-April.
		assert.equal(iso(next[0]!, next[1]!, 1), `${next[0]}-04-01`);
	}
});

test('Bikram Sambat forms are read on Nepali pages only; a year past the table is said, never guessed', () => {
	const read = (text: string, language: string) => findDates(text, reading(language)).map((m) => iso(m.year!, m.month, m.day));
	assert.deepEqual(read('२०८० वैशाख २८ गते बिहीबार १३:४५', 'ne'), ['2023-05-11']);
	assert.deepEqual(read('प्रकाशित : असार १५, २०८० शुक्रबार', 'ne'), ['2023-06-30']);
	assert.deepEqual(read('२८ वैशाख २०८०', 'ne'), ['2023-05-11']);
	// Hindi pages name the same months for India's lunar and Saka calendars.
	assert.deepEqual(read('२८ वैशाख २०८०', 'hi'), []);
	// A month's name inside a word is none ("माघे", of Magh).
	assert.deepEqual(read('२०८० माघे १ गते', 'ne'), []);
	assert.deepEqual(read('२०८१ वैशाख २८ गते', 'ne'), []);
	assert.match(unreadDates('२०८१ वैशाख २८ गते', 'ne')[0]!, /^"२०८१ वैशाख २८ गते" is a Bikram Sambat date of a year whose month lengths are not known here/);
	assert.deepEqual(unreadDates('February 30, 2015', 'en'), ['"February 30, 2015" is not a real date']);
});

test('a Persian dateline with the date after the agency, closed by a dash or a colon', () => {
	const irna = parseDateline('تهران- ایرنا- ۲۱ اردیبهشت ۱۴۰۲ - مدیرعامل شرکت آب و فاضلاب استان تهران گفت', reading('fa'));
	assert.deepEqual([irna?.place, irna?.agency, irna?.prefix], ['Tehran', 'IRNA', 'تهران- ایرنا- ۲۱ اردیبهشت ۱۴۰۲ - ']);
	assert.deepEqual([irna?.date?.year, irna?.date?.month, irna?.date?.day, irna?.date?.raw], [2023, 5, 11, '۲۱ اردیبهشت ۱۴۰۲']);
	const mehr = parseDateline('شیراز - خبرگزاری مهر، ۳ تیر ۱۴۰۲: برداشت گل محمدی آغاز شد', reading('fa'));
	assert.deepEqual([mehr?.place, mehr?.agency, mehr?.prefix], ['Shiraz', 'Mehr', 'شیراز - خبرگزاری مهر، ۳ تیر ۱۴۰۲: ']);
	assert.deepEqual([mehr?.date?.month, mehr?.date?.day], [6, 24]);
	// Without a date after it, the credit ends the dateline as before.
	assert.equal(parseDateline('تهران- ایرنا- شرکت کنترل کیفیت هوای تهران اعلام کرد', reading('fa'))?.prefix, 'تهران- ایرنا- ');
	// A date in the story's first words is not the dateline's.
	assert.equal(parseDateline('تهران- ایرنا- ۲۱ اردیبهشت ۱۴۰۲ رئیس جمهور گفت', reading('fa'))?.date ?? null, null);
});

test("a dateline's date is quoted in the source's digits", () => {
	assert.equal(parseDateline('नागपूर, ५ जानेवारी : उत्तरेकडून येणाऱ्या थंड वाऱ्यांमुळे', reading('mr'))?.date?.raw, '५ जानेवारी');
	assert.equal(parseDateline('MILANO, 3 OTT (ANSA) - Pirelli chiude i primi nove mesi')?.date?.month, 10);
});

test('on a WARC page with a yearless date the basis names the capture once', () => {
	const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves tram line</title></head><body><article><h1>Council approves tram line</h1><p>May 12</p>
		<p>The council approved the new tram line for the east of the city on Friday after a long debate, officials said.</p>
		<p>Work on the line will begin in the autumn and take two years, the council said in a statement on its website.</p></article></body></html>`;
	const origin = { contentType: 'text/html', url: 'https://ledger.example/a', captured: '2023-05-14T09:12:00Z', warc: { file: 'crawl.warc', record: 'urn:x', offset: 0 } };
	const { entry } = ingestSource({ file: 'crawl.warc#urn:x', bytes: new TextEncoder().encode(html), origin }, defaultSettings(new Date('2026-01-01')));
	assert.equal(entry.date, '2023-05-12');
	assert.match(entry.dateBasis, /the crawler's capture \(WARC-Date 2023-05-14T09:12:00Z\) says the page was copied on 2023-05-14/);
	assert.equal(entry.dateBasis.match(/captur/gu)?.length, 1, entry.dateBasis);
});

test("the chrome rule's relative dates are the calendar tables' words", () => {
	const stamp = CHROME_PATTERNS.find((p) => p.name === 'time stamp' && p.pattern.source.includes('GMT'))!.pattern;
	for (const unit of [...Object.keys(RELATIVE_UNITS), ...COARSE_RELATIVE_UNITS]) {
		for (const ago of AGO_AFTER) assert.ok(stamp.test(`3 ${unit} ${ago}`), `3 ${unit} ${ago}`);
		for (const ago of AGO_BEFORE) assert.ok(stamp.test(`${ago} 3 ${unit}`), `${ago} 3 ${unit}`);
	}
	for (const line of ['3 hours ago', 'an hour ago', 'hace 5 meses', 'vor 2 Tagen', '3 saat önce', '5分钟前', '3시간 전', '2 giờ trước', '3 hari yang lalu', '14:32']) assert.ok(stamp.test(line), line);
	for (const line of ['Three hours ago he said', 'In 3 hours ago', '3 hours later']) assert.ok(!stamp.test(line), line);
	// The same words read a relative date beside a byline; seconds count as a minute before the stamp.
	assert.deepEqual([readRelativeDate('30 seconds ago')?.minutesBefore, readRelativeDate('3 ore fa')?.minutesBefore], [1, 180]);
});
