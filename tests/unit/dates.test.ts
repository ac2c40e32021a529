import assert from 'node:assert/strict';
import { test } from 'node:test';
import { solarHijriToGregorian } from '../../scripts/ingest/calendar.ts';
import { dateRole, findDates, readingOf } from '../../scripts/ingest/dates.ts';
import { settleDate, type DateClue } from '../../scripts/ingest/settle-date.ts';
import { inferYear } from '../../scripts/ingest/year-inference.ts';

const simple = (text: string) => findDates(text).map(({ raw, day, month, year, weekday }) => ({ raw, day, month, year, weekday }));

test('dates in agency credits, date lines and datelines', () => {
	assert.deepEqual(simple('[Source: Itar Tass, Moscow, 17Nov15]'), [{ raw: '17Nov15', day: 17, month: 11, year: 2015, weekday: null }]);
	assert.deepEqual(simple('Xinhua, November 27, 2015 Adjust font size:'), [{ raw: 'November 27, 2015', day: 27, month: 11, year: 2015, weekday: null }]);
	assert.deepEqual(simple('MOSCOW, September 5 (Itar-Tass)'), [{ raw: 'September 5', day: 5, month: 9, year: null, weekday: null }]);
	assert.deepEqual(simple('BEIJING, Dec. 2 (Xinhua) --'), [{ raw: 'Dec. 2', day: 2, month: 12, year: null, weekday: null }]);
	assert.deepEqual(simple('published 2015-11-18'), [{ raw: '2015-11-18', day: 18, month: 11, year: 2015, weekday: null }]);
	assert.deepEqual(simple('am 17.11.2015'), [{ raw: '17.11.2015', day: 17, month: 11, year: 2015, weekday: null }]);
});

test('dates in other languages, with weekdays', () => {
	assert.deepEqual(simple('Jakarta, Senin, 5 September 2011'), [{ raw: 'Senin, 5 September 2011', day: 5, month: 9, year: 2011, weekday: 1 }]);
	assert.deepEqual(simple('PARIS, 3 mars 2014 (AFP)'), [{ raw: '3 mars 2014', day: 3, month: 3, year: 2014, weekday: null }]);
	assert.deepEqual(simple('МОСКВА, 17 ноября 2015'), [{ raw: '17 ноября 2015', day: 17, month: 11, year: 2015, weekday: null }]);
	assert.deepEqual(simple('on Wednesday, September 7, to discuss'), [{ raw: 'Wednesday, September 7', day: 7, month: 9, year: null, weekday: 3 }]);
});

test('impossible dates and ordinary numbers are not dates', () => {
	assert.deepEqual(simple('February 30, 2015'), []);
	assert.deepEqual(simple('killed all 224 people aboard; 3-4 ribu meter'), []);
});

test('a missing year is inferred from weekdays and the years the text mentions', () => {
	const text = 'They meet on Wednesday, September 7. He spoke on Monday, September 5. The last round was on September 7, 2010.';
	const inference = inferYear(9, 5, text);
	assert.deepEqual(
		{ year: inference?.year, alternatives: inference?.alternatives, latest: inference?.latestYearMentioned },
		{ year: 2011, alternatives: [2005, 2016, 2022], latest: 2010 },
	);
});

test('a weekday across the new year is matched to the nearest date', () => {
	// Article of January 3; "Friday, December 30" is the previous year's. Dec 30, 2011 was a Friday.
	const inference = inferYear(1, 3, 'Talks ended on Friday, December 30, the ministry said in its 2011 report.');
	assert.equal(inference?.year, 2012);
});

test('a candidate year the text names itself wins over the nearest to the latest year', () => {
	// Thursday, November 26 fits 2015, 2020 and 2026; the text names 2015 (and a 2030 target).
	const inference = inferYear(11, 26, 'They agreed on Thursday, November 26, after the talks in 2015. Targets for 2030 were discussed.');
	assert.deepEqual([inference?.year, inference?.named], [2015, true]);
});

test('labelled dates with weekdays and times', () => {
	assert.deepEqual(simple('Dienstag, 17.11.2015, 14:32 Uhr'), [{ raw: 'Dienstag, 17.11.2015', day: 17, month: 11, year: 2015, weekday: 2 }]);
	assert.deepEqual(simple('2015-11-17T14:32:00Z').map((d) => d.day), [17]);
	assert.deepEqual(simple('17/11/2015 and 05/11/2015').map((d) => d.raw), ['17/11/2015', '05/11/2015']);
	assert.deepEqual(simple('26.11.2015').map((d) => [d.day, d.month, d.year]), [[26, 11, 2015]]);
});

test('nothing pins the year: no weekday, or no year mentioned', () => {
	assert.equal(inferYear(9, 5, 'The ministers met in 2010 and will meet again.'), null);
	assert.equal(inferYear(9, 5, 'They met on Monday, September 5.'), null);
});

test('numeric dates in either order: what cannot be a month is the day, else the page convention, said so', () => {
	assert.deepEqual(simple('17/11/2015'), [{ raw: '17/11/2015', day: 17, month: 11, year: 2015, weekday: null }]);
	assert.deepEqual(simple('11/17/2015 03:45 PM EST'), [{ raw: '11/17/2015', day: 17, month: 11, year: 2015, weekday: null }]);
	const [dayFirst] = findDates('05/11/2015');
	assert.deepEqual([dayFirst?.day, dayFirst?.month, dayFirst?.ambiguity?.order], [5, 11, 'dmy']);
	const usPage = readingOf('Posted 05/11/2015 at 9:40 PM EST', 'en');
	const [monthFirst] = findDates('05/11/2015', usPage);
	assert.deepEqual([monthFirst?.day, monthFirst?.month, monthFirst?.ambiguity?.order], [11, 5, 'mdy']);
	// Another date on the page that can only be read one way settles the order.
	assert.equal(readingOf('Updated 11/18/2015; first posted 11/05/2015', 'en').order, 'mdy');
	assert.match(readingOf('Updated 11/18/2015', 'en').orderReason, /11\/18\/2015/);
});

test('dates of Chinese, Japanese, Korean, Vietnamese, Arabic, Persian and Hindi pages', () => {
	const dmy = (text: string) => findDates(text).map(({ day, month, year }) => [day, month, year]);
	assert.deepEqual(dmy('2015年11月17日 10:32 来源：新华网'), [[17, 11, 2015]]);
	assert.deepEqual(dmy('2017년 5월 10일 15:32'), [[10, 5, 2017]]);
	assert.deepEqual(dmy('Thứ Ba, 17 tháng 11 năm 2015'), [[17, 11, 2015]]);
	assert.deepEqual(dmy('الثلاثاء ١٧ نوفمبر ٢٠١٥ - ١٠:٣٢ ص'), [[17, 11, 2015]]);
	// The Persian solar date is read too, as the same day.
	assert.deepEqual(dmy('۲۶ آبان ۱۳۹۴ - 2015-11-17'), [[17, 11, 2015], [17, 11, 2015]]);
	assert.deepEqual(dmy('17 नवंबर 2015, 10:32 AM IST'), [[17, 11, 2015]]);
	assert.deepEqual(dmy('Wtorek, 17 listopada 2015'), [[17, 11, 2015]]);
});

test('times, zones and counts are never dates', () => {
	assert.deepEqual(simple('10:32 GMT'), []);
	assert.deepEqual(simple('14.32 Uhr'), []);
	assert.deepEqual(simple('About 1,240 results'), []);
	assert.deepEqual(simple('version 2.10.3'), []);
});

test('a date line says which of its dates is the publication date', () => {
	const line = 'Updated: Nov 18, 2015 02:10 IST | Published: Nov 17, 2015 21:45 IST';
	const mentions = findDates(line);
	assert.deepEqual(
		mentions.map((m, i) => dateRole(line, m, i > 0 ? mentions[i - 1]!.index + mentions[i - 1]!.raw.length : 0, mentions[i + 1]?.index)),
		['updated', 'published'],
	);
	const japanese = '2018年6月12日 19時05分 (2018年6月12日 21時48分 更新)';
	const both = findDates(japanese);
	assert.equal(dateRole(japanese, both[1]!, both[0]!.index + both[0]!.raw.length), 'updated');
});

test('a publication date outranks an update stamp; an ambiguous numeric date is inferred, and says why', () => {
	const mention = (text: string) => findDates(text)[0]!;
	const clue = (text: string, role: DateClue['role']) => ({ mention: mention(text), where: 'date line' as const, role, line: text });
	const settled = settleDate([clue('Updated: Nov 18, 2015', 'updated'), clue('Published: Nov 17, 2015', 'published')], '', []);
	assert.deepEqual([settled?.date, settled?.certainty], ['2015-11-17', 'stated']);
	const ambiguous = settleDate([clue('05/11/2015', null)], '', []);
	assert.deepEqual([ambiguous?.date, ambiguous?.certainty], ['2015-11-05', 'inferred']);
	assert.match(ambiguous!.basis, /either way round/);
});

test('Persian solar dates are read as their Gregorian day; a Japanese month/day keeps its bracketed weekday for the year', () => {
	assert.deepEqual(solarHijriToGregorian(1394, 8, 26), [2015, 11, 17]);
	assert.deepEqual(solarHijriToGregorian(1399, 1, 1), [2020, 3, 20]);
	assert.deepEqual(findDates('۲۲ آبان ۱۳۹۶ - ۱۰:۳۲').map(({ day, month, year }) => [day, month, year]), [[13, 11, 2017]]);
	assert.deepEqual(findDates('6/12(火) 17:05配信').map(({ day, month, year, weekday }) => [day, month, year, weekday]), [[12, 6, null, 2]]);
});

test('a numeric solar Hijri date, year first, on a Persian page or in Persian digits; a lunar Hijri date on an Arabic page is not read as one', () => {
	const persian = { order: 'dmy' as const, orderReason: 'day first', language: 'fa' };
	assert.deepEqual(findDates('تهران- ایرنا- ۱۴۰۲/۱۲/۲۰ -', persian).map((d) => [d.year, d.month, d.day]), [[2024, 3, 10]]);
	assert.deepEqual(findDates('۱۴۰۳/۰۳/۰۱').map((d) => [d.year, d.month, d.day]), [[2024, 5, 21]]);
	assert.deepEqual(findDates('الرياض ١٤٤٥/٠٨/١٠ هـ', { ...persian, language: 'ar' }), []);
});

test('a numeric date on a Thai page counts the Buddhist era\'s years (22/08/2566 is 22 August 2023); elsewhere such a year stays as written', () => {
	const thai = { order: 'dmy' as const, orderReason: 'day first', language: 'th' };
	assert.deepEqual(findDates('22/08/2566 14:05', thai).map((d) => [d.year, d.month, d.day]), [[2023, 8, 22]]);
	assert.deepEqual(findDates('2015-03-05', thai).map((d) => [d.year, d.month, d.day]), [[2015, 3, 5]]);
	assert.deepEqual(findDates('22/08/2566', { ...thai, language: 'en' }).map((d) => d.year), [2566]);
});
