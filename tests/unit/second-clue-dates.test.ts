import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateRole, findDates } from '../../scripts/ingest/dates.ts';
import { readCaptureStamp, readCopyrightYear, readPageClues, readRelativeDate, relativeDay, warcStamp, NO_PAGE_CLUES, type PageClues } from '../../scripts/ingest/page-dates.ts';
import { settleDate, type DateClue } from '../../scripts/ingest/settle-date.ts';
import { latestAllowedYear } from '../../scripts/ingest/year-inference.ts';

const clue = (line: string, where: DateClue['where'] = 'date line'): DateClue => ({ mention: findDates(line)[0]!, where, role: null, line });
const page = (clues: Partial<PageClues>): PageClues => ({ ...NO_PAGE_CLUES, ...clues });

test('Japanese era dates are converted; the first year is 元; a date outside its era is none', () => {
	const read = (text: string) => findDates(text).map(({ day, month, year, weekday, era }) => [year, month, day, weekday, era?.reading]);
	assert.deepEqual(read('令和5年3月14日（火）'), [[2023, 3, 14, 2, 'Reiwa']]);
	assert.deepEqual(read('平成30年9月6日 08時15分'), [[2018, 9, 6, null, 'Heisei']]);
	assert.deepEqual(read('令和元年５月１日'), [[2019, 5, 1, null, 'Reiwa']]);
	assert.deepEqual(read('昭和64年1月7日'), [[1989, 1, 7, null, 'Shōwa']]);
	// Heisei began on 8 January 1989 and ended on 30 April 2019.
	assert.deepEqual(read('平成31年5月1日').filter((r) => r[0] !== null), []);
});

test('an era date is inferred and says how it was converted; a bracketed weekday that does not fit is warned of', () => {
	const warnings: string[] = [];
	const settled = settleDate([clue('令和5年3月14日（火）')], '', warnings);
	assert.deepEqual([settled?.date, settled?.certainty], ['2023-03-14', 'inferred']);
	assert.match(settled!.basis, /Reiwa\) 5 is 2023.*Tuesday/);
	assert.deepEqual(warnings, []);
	const wrong = settleDate([clue('令和5年3月14日（水）')], '', warnings);
	assert.equal(wrong?.date, '2023-03-14');
	assert.match(wrong!.basis, /disagree/);
	assert.equal(warnings.length, 1);
});

test('capture stamps are read by their label, and are never a publication date', () => {
	assert.deepEqual(readCaptureStamp('Retrieved: 2023-05-04 09:12 UTC\nHeadline'), { year: 2023, month: 5, day: 4, minutes: 552, line: 'Retrieved: 2023-05-04 09:12 UTC', where: 'capture stamp' });
	assert.equal(readCaptureStamp('Archived from https://example.org/a/b on 12 July 2023')?.day, 12);
	assert.equal(readCaptureStamp('Saved on 2023-05-04 at 01:30')?.minutes, 90);
	assert.equal(readCaptureStamp('Abgerufen am 3. Mai 2023')?.month, 5);
	assert.equal(readCaptureStamp('Published: 2023-05-04'), null);
	const line = 'Fetched: 2023-05-04';
	assert.equal(dateRole(line, findDates(line)[0]!), 'captured');
	// A stamp clue from the lines is left out; the page's stamp alone dates it as "on or before".
	const settled = settleDate([{ ...clue(line), role: 'captured' }], '', [], page({ stamp: readCaptureStamp(line) }));
	assert.deepEqual([settled?.date, settled?.certainty], ['2023-05-04', 'inferred']);
	assert.match(settled!.basis, /on that day or before/);
	assert.equal(warcStamp('2023-05-04T09:12:00Z')?.minutes, 552);
});

test('relative dates beside a byline, in several languages; prose is not one', () => {
	const read = (line: string) => {
		const r = readRelativeDate(line);
		return r && [r.minutesBefore, r.daysBefore];
	};
	assert.deepEqual(read('3 hours ago'), [180, 0]);
	assert.deepEqual(read('By Jane Doe · an hour ago'), [60, 0]);
	assert.deepEqual(read('hace 2 días'), [null, 2]);
	assert.deepEqual(read('2 giờ trước'), [120, 0]);
	assert.deepEqual(read('вчера, 18:45'), [null, 1]);
	assert.deepEqual(read('昨日 14:30'), [null, 1]);
	assert.deepEqual(read('3時間前'), [180, 0]);
	assert.deepEqual(read('il y a 2 semaines'), [null, 14]);
	assert.equal(read('Yesterday the council voted to close the library.'), null);
	assert.equal(read('2 months ago'), null);
});

test('a relative date is counted back from the capture stamp, across midnight', () => {
	const stamp = readCaptureStamp('Saved on 2023-05-04 at 01:30')!;
	assert.deepEqual(relativeDay(readRelativeDate('3 hours ago')!, stamp), { date: '2023-05-03', timeless: false });
	assert.deepEqual(relativeDay(readRelativeDate('hace 2 días')!, stamp), { date: '2023-05-02', timeless: false });
	const timeless = readCaptureStamp('Retrieved: 2023-05-04')!;
	assert.deepEqual(relativeDay(readRelativeDate('5 hours ago')!, timeless), { date: '2023-05-04', timeless: true });
	const text = 'Retrieved: 2023-05-04 09:12 UTC\nHeadline\nАнна Соколова\nвчера, 18:45\nВ Екатеринбурге в среду открыли станцию метро.\nЧитайте также\n3 часа назад';
	const clues = readPageClues(text, 'В Екатеринбурге в среду открыли станцию метро.', null);
	assert.equal(clues.relative?.raw, 'вчера');
	const settled = settleDate([], '', [], clues);
	assert.deepEqual([settled?.date, settled?.certainty], ['2023-05-03', 'inferred']);
	assert.match(settled!.basis, /Retrieved: 2023-05-04 09:12 UTC.*вчера/);
	// Below the story, relative dates belong to other stories' links.
	assert.equal(readPageClues('Headline\nStory starts here.\n3 hours ago', 'Story starts here.', null).relative, null);
});

test('a capture stamp bounds a yearless date: the latest year on or before it', () => {
	const stamp = readCaptureStamp('Retrieved: 2023-05-04')!;
	const before = settleDate([clue('BERLIN, 10. März', 'dateline')], '', [], page({ stamp }));
	assert.deepEqual([before?.date, before?.certainty], ['2023-03-10', 'inferred']);
	const after = settleDate([clue('BERLIN, 10. Juni', 'dateline')], '', [], page({ stamp }));
	assert.equal(after?.date, '2022-06-10');
});

test('the copyright year is the weakest clue: used only where nothing stronger exists, and said to be weak', () => {
	assert.deepEqual(readCopyrightYear('Copyright (c) 2010-2023 Example Media\n© 2021 Other'), { year: 2023, line: 'Copyright (c) 2010-2023 Example Media', agency: false, numbered: false });
	assert.equal(readCopyrightYear('© Example Media. All rights reserved.'), null);
	const copyright = readCopyrightYear('© 2023 Harbour Courier Media Ltd.')!;
	const settled = settleDate([clue('LONDON, March 14 —', 'dateline')], '', [], page({ copyright }));
	assert.deepEqual([settled?.date, settled?.certainty], ['2023-03-14', 'inferred']);
	assert.match(settled!.basis, /weak clue/);
	// A capture stamp is stronger: the copyright year is not used.
	const stamped = settleDate([clue('LONDON, March 14 —', 'dateline')], '', [], page({ copyright, stamp: readCaptureStamp('Retrieved: 2021-06-01') }));
	assert.equal(stamped?.date, '2021-03-14');
	// A weekday that fits a year the text names itself is stronger too.
	const named = settleDate([clue('Thursday, March 5 | 6:40 PM')], 'Holi falls on Thursday, March 5, in 2015.', [], page({ copyright: { year: 2016, line: '© 2016' } }));
	assert.equal(named?.date, '2015-03-05');
	assert.doesNotMatch(named!.basis, /copyright/);
});

test('a weekday picks among the years the page allows; one that fits none of them is evidence against', () => {
	// Tuesday 14 March: 2023 between 2019 (named) and 2024 (the footer), not 2017, the nearest to 2019.
	const allowed = latestAllowedYear(3, 14, { year: 2024 }, 'Martes, 14 de marzo. La obra comenzó en 2019.');
	assert.deepEqual([allowed.year, allowed.from, allowed.to], [2023, 2019, 2024]);
	const warnings: string[] = [];
	const settled = settleDate([clue('Martes, 14 de marzo · 10:32')], 'La obra comenzó en 2019.', warnings, page({ copyright: { year: 2024, line: '© 2024 Diario' } }));
	assert.equal(settled?.date, '2023-03-14');
	assert.match(settled!.basis, /from 2019 .* to 2024, 2023 is the latest that fits/);
	// Tuesday 14 March fits neither 2024 nor anything back to 2024, the year named: a warning, and the footer is not used.
	const against = latestAllowedYear(3, 14, { year: 2024 }, 'Tuesday, March 14. The plan for 2024 was approved.');
	assert.equal(against.year, null);
	const contradicted = settleDate([clue('Tuesday, March 14')], 'The plan for 2024 was approved.', warnings, page({ copyright: { year: 2024, line: '© 2024' } }));
	assert.ok(warnings.some((w) => /fit no year from 2024 to 2024/.test(w)));
	assert.doesNotMatch(contradicted?.basis ?? '', /copyright/);
});
