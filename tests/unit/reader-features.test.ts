/**
 * The pure parts of issue 19's reader features: the days of "on this day", the
 * paragraph anchors, a story's other languages. Whole outputs compared.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entry } from '../../src/lib/archive.ts';
import { formatDayMonth, formatMonthsAgo, ownLanguageName } from '../../src/lib/format.ts';
import { DAYS, daysWithArticles, decodeDays, earlierYears, encodeDays, localDay, monthsSince, nearestDay, onThisDayFiles } from '../../src/lib/on-this-day.ts';
import { otherLanguages } from '../../src/lib/other-languages.ts';
import { anchorParagraphs } from '../../src/lib/paragraphs.ts';
import type { Article } from '../../src/schema/article.ts';

const entry = (id: string, date: string, extra: Partial<Article> = {}): Entry => ({
	id,
	data: {
		id, title: `Title ${id}`, date, dateCertainty: 'stated', dateBasis: 'Stated.', language: 'en', agency: 'Xinhua', publisher: null,
		dateline: null, source: { file: `${id}.txt`, sha256: '0'.repeat(64) }, wordCount: 10, lead: 'The story opens.', ...extra,
	},
});

test('the days of a leap year, and which have articles, in 92 hex digits', () => {
	assert.equal(DAYS.length, 366);
	assert.deepEqual([DAYS[0], DAYS[59], DAYS[365]], ['01-01', '02-29', '12-31']);
	const days = new Set(['01-01', '02-29', '11-26', '12-31']);
	const hex = encodeDays(days);
	assert.equal(hex.length, 92);
	assert.deepEqual(decodeDays(hex), days);
	assert.deepEqual(decodeDays(encodeDays(new Set())), new Set());
	assert.deepEqual(decodeDays(''), new Set());
});

test('the nearest day with articles: either side, round the year\'s end, the day after on a tie', () => {
	const days = new Set(['09-05', '11-17', '11-26', '11-27', '12-02']);
	assert.equal(nearestDay('11-25', days), '11-26');
	assert.equal(nearestDay('01-10', days), '12-02');
	assert.equal(nearestDay('11-26', days), '11-27', 'another day than the day itself');
	assert.equal(nearestDay('11-22', new Set(['11-20', '11-24'])), '11-24');
	assert.equal(nearestDay('03-01', new Set()), null);
});

test('the reader\'s day from the browser\'s clock, and how long ago an article was', () => {
	assert.deepEqual(localDay(new Date(2026, 10, 26, 23, 59)), { day: '11-26', year: 2026 });
	assert.equal(monthsSince('2015-11-26', { day: '11-26', year: 2026 }), 132);
	assert.equal(monthsSince('2015-12-02', { day: '01-10', year: 2027 }), 133);
	assert.equal(monthsSince('2015-11-26', { day: '11-25', year: 2026 }), 131);
	assert.equal(formatMonthsAgo(132), '11 years ago');
	assert.equal(formatMonthsAgo(131), '10 years ago');
	assert.equal(formatMonthsAgo(12), 'last year');
	assert.equal(formatMonthsAgo(1), 'last month');
	assert.equal(formatMonthsAgo(3), '3 months ago');
	assert.equal(formatDayMonth('02-29'), '29 February');
});

test('each day\'s file: its years newest first, a few articles each, languages named beside titles not in English', () => {
	const timeline = [
		entry('a', '2014-11-26'), entry('b', '2015-11-26', { language: 'id', agency: null }), entry('c', '2015-11-26'), entry('d', '2015-11-26'),
		entry('e', '2015-11-26'), entry('f', '2015-12-02'),
	];
	const files = onThisDayFiles(timeline, { article: (id) => `/articles/${id}/`, day: (date) => `/day/${date}/`, languageName: (tag) => `<${tag}>`, interfaceLanguage: 'en' });
	assert.deepEqual(files, [
		{
			day: '11-26',
			years: [
				{
					date: '2015-11-26', count: 4, href: '/day/2015-11-26/',
					articles: [
						{ title: 'Title b', lang: 'id', language: '<id>', href: '/articles/b/' },
						{ title: 'Title c', lang: 'en', agency: 'Xinhua', href: '/articles/c/' },
						{ title: 'Title d', lang: 'en', agency: 'Xinhua', href: '/articles/d/' },
					],
				},
				{ date: '2014-11-26', count: 1, href: '/day/2014-11-26/', articles: [{ title: 'Title a', lang: 'en', agency: 'Xinhua', href: '/articles/a/' }] },
			],
		},
		{ day: '12-02', years: [{ date: '2015-12-02', count: 1, href: '/day/2015-12-02/', articles: [{ title: 'Title f', lang: 'en', agency: 'Xinhua', href: '/articles/f/' }] }] },
	]);
	assert.deepEqual(daysWithArticles(timeline), new Set(['11-26', '12-02']));
	assert.deepEqual(earlierYears(files[0]!, 2015).map((y) => y.date), ['2014-11-26'], 'the reader\'s own year is not an earlier one');
});

test('paragraph anchors: p1, p2, ... in order, an empty link first in each, a heading\'s id left to the heading', () => {
	const html = '<h2 id="p2">P2</h2>\n<p>One <em>a</em>.</p>\n<p>Two.</p>\n<table><tr><td>cell</td></tr></table>';
	assert.equal(
		anchorParagraphs(html),
		'<h2 id="p2">P2</h2>\n'
			+ '<p><a class="paragraph-link" id="p1" href="#p1" aria-label="Link to paragraph 1" lang="en"></a>One <em>a</em>.</p>\n'
			+ '<p><a class="paragraph-link" id="p2-2" href="#p2-2" aria-label="Link to paragraph 2" lang="en"></a>Two.</p>\n'
			+ '<table><tr><td>cell</td></tr></table>',
	);
	assert.equal(anchorParagraphs(html), anchorParagraphs(html), 'the same body, the same anchors');
	assert.equal(anchorParagraphs(''), '');
});

test('a story\'s other languages: by language tag, the article\'s own left out, a few each and how many more', () => {
	const story = [
		entry('a', '2015-11-26', { language: 'id' }), entry('b', '2015-11-27'), entry('c', '2015-11-27', { language: 'ru' }),
		entry('d', '2015-11-28'), entry('e', '2015-11-28'), entry('f', '2015-11-29'), entry('g', '2015-11-29', { language: 'id' }),
	];
	const groups = otherLanguages(story[0]!, story);
	assert.deepEqual(groups.map((g) => ({ language: g.language, shown: g.shown.map((e) => e.id), more: g.more })), [
		{ language: 'en', shown: ['b', 'd', 'e'], more: 1 },
		{ language: 'ru', shown: ['c'], more: 0 },
	]);
	assert.deepEqual(otherLanguages(story[1]!, story.filter((e) => e.data.language === 'en')), []);
	assert.deepEqual(['id', 'ru', 'en'].map(ownLanguageName), ['Indonesia', 'Русский', 'English']);
});
