import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../scripts/ingest/dates.ts';
import { inferYear } from '../../scripts/ingest/settle-date.ts';

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
