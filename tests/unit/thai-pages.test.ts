/**
 * Thai pages: consent notices and their buttons, date lines with Thai labels,
 * weekdays and two-digit Buddhist-era years, a dateline's place on a line of
 * its own, and what a script without sentence stops says of a line's end.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDateLine } from '../../scripts/ingest/date-line.ts';
import { findDates } from '../../scripts/ingest/dates.ts';
import { endsLikeSentence } from '../../scripts/ingest/prose.ts';
import { parseStructure } from '../../scripts/ingest/structure.ts';

const reasons = (s: ReturnType<typeof parseStructure>) => new Map(s.removed.map((r) => [r.text, r.reason]));
const HEADLINE = 'ขอนแก่นเปิดตลาดข้าวหอมมะลิอินทรีย์ ชาวนาขายได้ราคาสูงขึ้น';
const STORY = [
	'สำนักงานเกษตรจังหวัดขอนแก่นเปิดตลาดกลางข้าวหอมมะลิอินทรีย์แห่งแรกของจังหวัด ที่อำเภอบ้านไผ่ เพื่อให้เกษตรกรที่ผ่านการรับรองมาตรฐานเกษตรอินทรีย์สามารถขายข้าวให้ผู้ซื้อได้โดยตรง',
	'เกษตรจังหวัดขอนแก่นกล่าวว่า ราคาข้าวเปลือกหอมมะลิอินทรีย์ในตลาดแห่งนี้สูงกว่าราคาข้าวทั่วไปประมาณตันละ 2,000 บาท และมีผู้ซื้อจากโรงสีและผู้ส่งออกเข้าร่วมกว่า 20 ราย',
];
const CLOSING = 'จังหวัดตั้งเป้าขยายพื้นที่ปลูกข้าวอินทรีย์เพิ่มอีก 10,000 ไร่ภายในสองปี';

test('Thai consent notices and their buttons are a consent prompt, above or below the story', () => {
	const notices = [
		'เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน ท่านสามารถอ่านรายละเอียดเพิ่มเติมได้ที่ นโยบายความเป็นส่วนตัว',
		'เราใช้คุกกี้เพื่อพัฒนาประสิทธิภาพ และประสบการณ์ที่ดีในการใช้เว็บไซต์ของคุณ',
		'เว็บไซต์นี้มีการใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์การใช้งานที่ดีที่สุด',
	];
	for (const [notice, buttons] of notices.map((n, i) => [n, ['ยอมรับทั้งหมด   ตั้งค่าคุกกี้', 'ตั้งค่า   ยอมรับ', 'ยอมรับ'][i]!])) {
		const s = parseStructure([notice, buttons, HEADLINE, ...STORY].join('\n'));
		assert.equal(s.title, HEADLINE, notice);
		assert.equal(reasons(s).get(notice!), 'consent prompt');
		assert.equal(reasons(s).get(buttons!), 'consent prompt');
		assert.deepEqual(s.body.map((n) => n.text), STORY);
	}
});

test('Thai date lines: labels, the weekday with ที่, a dotted time and a two-digit Buddhist-era year', () => {
	for (const [line, iso] of [
		['วันที่ 9 เมษายน 2567 - 17:25 น.', '2024-04-09'],
		['วันพฤหัสบดีที่ 22 กุมภาพันธ์ 2567, 14.30 น.', '2024-02-22'],
		['เผยแพร่ 8 พ.ค. 2567 เวลา 14:05 น.', '2024-05-08'],
		['12 ม.ค. 67 21:30 น.', '2024-01-12'],
	] as const) {
		const read = readDateLine(line, { order: 'dmy', orderReason: '', language: 'th' });
		assert.ok(read, line);
		const [date] = read.mentions;
		assert.equal(`${date!.year}-${String(date!.month).padStart(2, '0')}-${String(date!.day).padStart(2, '0')}`, iso, line);
	}
	assert.equal(findDates('วันพฤหัสบดีที่ 22 กุมภาพันธ์ 2567')[0]!.weekday, 4);
	// Two digits after a month's name in another script are no year.
	assert.equal(findDates('17 November 15')[0]!.year, null);
});

test("a dateline's place alone on its line names the dateline; an unknown word and a dash do not", () => {
	const s = parseStructure([HEADLINE, 'วันพฤหัสบดีที่ 22 กุมภาพันธ์ 2567, 14.30 น.', 'ขอนแก่น -', ...STORY].join('\n'));
	assert.equal(s.dateline, 'Khon Kaen');
	assert.equal(reasons(s).get('ขอนแก่น -'), 'dateline (its place on a line of its own)');
	assert.equal(parseStructure([HEADLINE, 'ผู้สื่อข่าว -', ...STORY].join('\n')).dateline, null);
});

test('in a script without stops, the first paragraph after the date line is no standfirst; a short line under the title is', () => {
	const s = parseStructure([HEADLINE, '22 ก.พ. 2567 14:30 น.', ...STORY].join('\n'));
	assert.equal(s.dek, null);
	assert.deepEqual(s.body.map((n) => n.text), STORY);
	const dek = 'ชาวนาขายข้าวได้ตันละ 2,000 บาท สูงกว่าตลาดทั่วไป';
	assert.equal(parseStructure([HEADLINE, dek, '22 ก.พ. 2567 14:30 น.', ...STORY].join('\n')).dek, dek);
});

test("a Thai abbreviation's full stop ends no sentence; a short closing paragraph is the story's, a related list is not", () => {
	assert.equal(endsLikeSentence('- ตลาดหุ้นไทยปิดบวก 8 จุด รับมติ กนง.'), false);
	assert.equal(endsLikeSentence('The market closed higher.'), true);
	const s = parseStructure([HEADLINE, '22 ก.พ. 2567 14:30 น.', ...STORY, CLOSING, 'อ่านต่อ', '- ตลาดหุ้นไทยปิดบวก 8 จุด รับมติ กนง.'].join('\n'));
	assert.deepEqual(s.body.map((n) => n.text), [...STORY, CLOSING]);
	// A line below a gap of chrome is not the story's.
	const apart = parseStructure([HEADLINE, '22 ก.พ. 2567 14:30 น.', ...STORY, 'แท็ก: ข้าว, ขอนแก่น', CLOSING].join('\n'));
	assert.deepEqual(apart.body.map((n) => n.text), STORY);
});
