import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateline } from '../../scripts/ingest/dateline.ts';
import { toBlocks } from '../../scripts/ingest/blocks.ts';
import { parseStructure } from '../../scripts/ingest/structure.ts';
import { classifyBlock } from '../../scripts/ingest/block-kind.ts';
import { DEFAULT_READING } from '../../scripts/ingest/dates.ts';
import { words } from '../../scripts/ingest/text.ts';

test('a whole page: header chrome, title, date line, body with a sub-heading, credits, footer', () => {
	const page = [
		'Example Daily',
		'Home | World | Business | Sport',
		'You are here: Home > World',
		'',
		'Ministers agree on new trade rules',
		'Xinhua, March 4, 2016 Adjust font size:',
		'',
		'BEIJING, March 4 (Xinhua) -- Ministers agreed on Friday on new rules for trade, officials said.',
		'',
		'Talks to continue',
		'',
		'The talks will continue next month in Geneva, a spokesman said. Endit',
		'',
		'Photo: John Smith',
		'Share',
		'Most popular stories',
		'© 2016 Example Daily. All rights reserved.',
	].join('\n');
	const s = parseStructure(page);
	assert.deepEqual(
		{ title: s.title, dek: s.dek, body: s.body.map(({ type, text }) => ({ type, text })), credits: s.credits, agency: s.agency, publisher: s.publisher, dateline: s.dateline },
		{
			title: 'Ministers agree on new trade rules',
			dek: null,
			body: [
				{ type: 'paragraph', text: 'Ministers agreed on Friday on new rules for trade, officials said.' },
				{ type: 'heading', text: 'Talks to continue' },
				{ type: 'paragraph', text: 'The talks will continue next month in Geneva, a spokesman said.' },
			],
			credits: ['Photo: John Smith'],
			agency: 'Xinhua',
			publisher: 'Example Daily',
			dateline: 'Beijing',
		},
	);
	assert.deepEqual(
		s.removed.map(({ line, reason }) => [line, reason]),
		[
			[1, 'before the title (site header)'],
			[2, 'navigation'],
			[3, 'breadcrumb'],
			[6, 'font-size control'],
			[6, 'date line'],
			[8, 'dateline'],
			[12, 'end-of-copy marker'],
			[14, 'credit'],
			[15, 'site chrome'],
			[16, 'after the article (site footer)'],
			[17, 'copyright'],
		],
	);
	assert.deepEqual(s.dateClues.map((c) => [c.where, c.mention.raw]), [['date line', 'March 4, 2016'], ['dateline', 'March 4']]);
});

test('news tickers are chrome whatever their words', () => {
	const s = parseStructure('Off the wire\nICRC staff abducted in the capital  • Manufacturing contracts to lowest level  • Cabinet to discuss draft budget\nA title of the story\nA paragraph of the story, which ends here.');
	assert.equal(s.title, 'A title of the story');
	assert.deepEqual(s.removed.map((r) => r.reason), ['site chrome', 'news ticker']);
});

test('hard-wrapped paragraphs are joined; one-line paragraphs stay apart', () => {
	const wrapped = [
		'A title',
		'',
		'The first paragraph of this story is wrapped at a fixed width of about',
		'seventy characters, as plain-text wire copy often is, and goes on for',
		'a third line.',
		'',
		'The second paragraph is wrapped in the same way and is long enough to',
		'count as a wrapped paragraph for the detection of the wrapping here.',
	].join('\n');
	assert.deepEqual(toBlocks(wrapped).map((b) => b.line), [1, 3, 7]);
	assert.deepEqual(toBlocks('One line.\nTwo line.\nThree line.').map((b) => b.text), ['One line.', 'Two line.', 'Three line.']);
});

test('datelines: capitals, or an agency credit', () => {
	assert.deepEqual(parseDateline('MOSCOW, September 5 (Itar-Tass) —— The ministers')?.place, 'Moscow');
	assert.deepEqual(parseDateline('PARIS (AFP) - Le ministre')?.agency, 'AFP');
	assert.equal(parseDateline('MOSKOW, 17 November /TASS/ - Para')?.agency, 'ITAR-TASS');
	assert.equal(parseDateline('NEW DELHI, Jan 3 (Reuters) - India')?.place, 'New Delhi');
	const madrid = parseDateline('Madrid, 17 nov (EFE).- El presidente');
	assert.deepEqual([madrid?.prefix, madrid?.place, madrid?.agency, madrid?.date?.raw], ['Madrid, 17 nov (EFE).- ', 'Madrid', 'EFE', '17 nov']);
	const moskva = parseDateline('МОСКВА, 17 ноября. /ТАСС/. Президент России');
	assert.deepEqual([moskva?.prefix, moskva?.place, moskva?.agency], ['МОСКВА, 17 ноября. /ТАСС/. ', 'Moscow', 'ITAR-TASS']);
	assert.deepEqual([parseDateline('KIEV, Ukraine (AP) — The')?.place, parseDateline('KIEV, Ukraine (AP) — The')?.agency], ['Kyiv', 'AP']);
	assert.equal(parseDateline('Berlin/Paris (dpa) - Bundeskanzlerin')?.place, 'Berlin');
	assert.equal(parseDateline('BREAKING: Ministers resign'), null);
	assert.equal(parseDateline('NATO - the alliance said'), null);
	assert.equal(parseDateline('CLEARWATER — The school board voted')?.place, 'Clearwater');
	assert.equal(parseDateline('ANALYSIS — The school board voted'), null);
	assert.equal(parseDateline('Ordinary sentence - with a dash in it.'), null);
	assert.equal(parseDateline('Moscow - the capital said'), null);
});

test("a site's name above the headline is not the title; a quoted headline is", () => {
	const s = parseStructure('The Daily Eurasia Monitor\n\n"We are at war": Hollande asks parliament for powers\n\nHollande asked parliament for powers on Monday, saying "we are at war".');
	assert.equal(s.title, '"We are at war": Hollande asks parliament for powers');
	assert.deepEqual(s.removed.map((r) => r.reason), ['before the title (site header)']);
});

test('bylines, contributor lines, separators, cookie and newsletter chrome', () => {
	const s = parseStructure([
		'Accept all cookies',
		'We use cookies to give you the best experience on our website.',
		'Ministers meet on the budget',
		'By JANE DOE Associated Press',
		'ROME (AP) — Ministers met on Monday to discuss the budget, officials said.',
		'___',
		'Associated Press writer John Smith in Paris contributed to this report.',
		'Sign up for our newsletter',
		'Get the top stories delivered to your inbox every morning.',
	].join('\n'));
	assert.equal(s.title, 'Ministers meet on the budget');
	assert.deepEqual(s.body.map((n) => n.text), ['Ministers met on Monday to discuss the budget, officials said.']);
	assert.deepEqual(s.credits, ['By JANE DOE Associated Press', 'Associated Press writer John Smith in Paris contributed to this report.']);
	assert.deepEqual(s.removed.map((r) => r.reason), ['site chrome', 'cookie notice', 'credit', 'dateline', 'separator', 'credit', 'site chrome', 'newsletter sign-up']);
});

test('a cookie notice is a sentence or two: a longer paragraph that says a site sets cookies is the story', () => {
	const kind = (text: string) => classifyBlock({ line: 1, text }, DEFAULT_READING).kind;
	assert.equal(kind('This site uses cookies. By continuing to browse you agree to their use.'), 'chrome');
	const story = [
		'Inspectors found that the site of each of the three retailers set advertising cookies on the first visit to the page,',
		'before shoppers could make any choice, and that refusing them took four further clicks in a menu most customers never',
		'opened, which the regulator said made the consent given on those pages invalid.',
	].join(' ');
	assert.ok(words(story).length > 40 && words(story).length <= 60, 'between the notice limit and the chrome limit');
	assert.equal(kind(story), 'text');
});

test('numbered list items stay paragraphs, never headings', () => {
	const s = parseStructure('Plan agreed\n\nThe plan has steps:\n\n1. Exchange of intelligence\n\n2. Regular contacts between ministries\n\nThe ministers will meet again, they said.');
	assert.deepEqual(s.body.map((n) => n.type), ['paragraph', 'paragraph', 'paragraph', 'paragraph']);
});

test('a headline after the story is the title when none stands before it', () => {
	const s = parseStructure('The story starts with a sentence that ends.\nAnd a second one, also ending.\nThe headline after the story\n- Photo:\n- Agency Name');
	assert.equal(s.title, 'The headline after the story');
	assert.deepEqual(s.credits, ['Photo: Agency Name']);
	assert.equal(s.body.length, 2);
});

test('datelines in the house styles of agencies the world over', () => {
	const read = (text: string) => {
		const d = parseDateline(text);
		return d && { place: d.place, agency: d.agency, rest: text.slice(d.prefix.length, d.prefix.length + 6) };
	};
	assert.deepEqual(read('新华社北京11月17日电（记者 陈默）商务部17日表示，'), { place: 'Beijing', agency: 'Xinhua', rest: '商务部17日' });
	assert.deepEqual(read('（中央社記者許靜文台北5日電）中國大陸全國人大會議今天在北京開幕，'), { place: 'Taipei', agency: 'CNA', rest: '中國大陸全國' });
	assert.deepEqual(read('【シンガポール共同】トランプ米大統領と'), { place: 'Singapore', agency: 'Kyodo', rest: 'トランプ米大' });
	assert.deepEqual(read('(서울=연합뉴스) 김철수 기자 = 문재인 대통령은'), { place: 'Seoul', agency: 'Yonhap', rest: '문재인 대통' });
	assert.deepEqual(read('(ANSA) - ROMA, 17 NOV - Il ministro ha detto'), { place: 'Rome', agency: 'ANSA', rest: 'Il min' });
	assert.deepEqual(read('Hà Nội (TTXVN) - Sáng 17/11, Quốc hội thảo luận'), { place: 'Hanoi', agency: 'VNA', rest: 'Sáng 1' });
	assert.deepEqual(read('New Delhi [India], March 5 (ANI): President Pranab Mukherjee'), { place: 'New Delhi', agency: 'ANI', rest: 'Presid' });
	assert.deepEqual(read('الكويت - 17 - 11 (كونا) -- أكد مجلس الوزراء'), { place: 'Kuwait', agency: 'KUNA', rest: 'أكد مج' });
	assert.equal(read('The president (AP) said on Tuesday that'), null);
});

test('pages that are not articles are refused, with the reason', () => {
	const results = ['Search results for "Putin"', 'About 1,240 results', ...Array.from({ length: 5 }, (_, i) => `Putin meets leaders in round ${i}\nNov ${i + 1}, 2015\nPresident Vladimir Putin said on Tuesday that the talks were useful and would go on...`)].join('\n');
	assert.match(parseStructure(results).notArticle ?? '', /^search results/);
	const error = ['Example News', 'Page not found', 'The page you requested does not exist.', 'Latest: Russia says bomb downed airliner', 'Latest: Paris attacks suspect killed'].join('\n');
	assert.match(parseStructure(error).notArticle ?? '', /^an error page/);
	const story = ['Ministers meet in Paris', 'PARIS (AFP) - Ministers met on Tuesday to discuss the talks, officials said.', 'They agreed to meet again next month in Vienna, a spokesman said.', 'The talks on trade will go on in the spring, he said.'].join('\n');
	assert.equal(parseStructure(story).notArticle, null);
});

test('captions, pull quotes, live-feed items and boxes of links stay out of the story', () => {
	const page = [
		'Ministers agree on trade rules',
		'Ministers at the talks in Paris on Tuesday. (AP Photo/Jane Doe)',
		'PARIS (AP) — Ministers agreed on Tuesday on new rules for trade after two days of talks, officials said.',
		'"We have a deal that works for everyone," the French minister told reporters after the talks ended.',
		'We have a deal that works for everyone',
		'Related coverage',
		'Trade talks stall over farm subsidies',
		'What does the deal mean for farmers?',
		'The rules take effect in January and will be reviewed after a year, the ministry said in a statement.',
		'10:32 GMT',
		'Markets rise after the deal',
		'The ministers will meet again in Vienna in the spring, the ministry said.',
	].join('\n');
	const s = parseStructure(page);
	assert.deepEqual(
		s.body.map((n) => n.text),
		[
			'Ministers agreed on Tuesday on new rules for trade after two days of talks, officials said.',
			'"We have a deal that works for everyone," the French minister told reporters after the talks ended.',
			'The rules take effect in January and will be reviewed after a year, the ministry said in a statement.',
			'The ministers will meet again in Vienna in the spring, the ministry said.',
		],
	);
	assert.equal(s.agency, 'AP');
});

test('a dateline place in Cyrillic or Greek that the table lacks is written in Latin letters; other scripts keep theirs', () => {
	assert.equal(parseDateline('НОВОСИБИРСК, 3 марта. /ТАСС/. Власти области объявили о новых мерах.')?.place, 'Novosibirsk');
	assert.equal(parseDateline('ЛЬВІВ. Укрінформ. Міська рада затвердила новий бюджет.')?.place, 'Lviv');
	assert.equal(parseDateline('ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ) - Το δημοτικό συμβούλιο ενέκρινε το σχέδιο.')?.place, 'Thessaloniki');
	assert.equal(parseDateline('MOSCOW, March 3 (Reuters) - The central bank said.')?.place, 'Moscow');
});
