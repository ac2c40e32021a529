import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decode, firstInvalidUtf8, htmlLeftovers } from '../../scripts/ingest/decode.ts';
import { foreignLetters, scoreText } from '../../scripts/ingest/legacy-encoding.ts';
import { SourceError } from '../../scripts/ingest/errors.ts';
import { defaultSettings, ingestSource, type SourceInput } from '../../scripts/ingest/entry.ts';
import { detectCharset } from '../../scripts/ingest/read/charset.ts';

const TEXT = 'Café “naïve” – €5\nsecond line\n';

test('UTF-8 without BOM', () => {
	assert.deepEqual(decode(Buffer.from(TEXT, 'utf8')), { text: TEXT, encoding: 'utf-8', basis: 'the bytes (well-formed UTF-8)', warnings: [] });
});

test('UTF-8 with BOM and CRLF line ends', () => {
	const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT.replace(/\n/g, '\r\n'), 'utf8')]);
	assert.deepEqual(decode(bytes), { text: TEXT, encoding: 'utf-8-bom', basis: 'the byte-order mark', warnings: [] });
});

test('UTF-16 little- and big-endian with BOM', () => {
	const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
	assert.deepEqual(decode(le), { text: TEXT, encoding: 'utf-16le', basis: 'the byte-order mark', warnings: [] });
	const be = Buffer.from(le.subarray(2));
	be.swap16();
	assert.deepEqual(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { text: TEXT, encoding: 'utf-16be', basis: 'the byte-order mark', warnings: [] });
});

test('Windows-1252 (legacy single-byte) text', () => {
	// "Café “naïve” – €5" in Windows-1252: é=E9, “=93, ”=94, ï=EF, –=96, €=80
	const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x0d, 0x0a]);
	const decoded = decode(bytes);
	assert.equal(decoded.text, 'Café “naïve” – €5\n');
	assert.equal(decoded.encoding, 'windows-1252');
	// Seventeen characters give little evidence: read as before, and said to be uncertain.
	assert.match(decoded.warnings.join('\n'), /^the encoding is uncertain \(weak evidence\): read as windows-1252;/u);
	// A sentence of English with French loanwords is evidence enough (Windows-1250 would make "naïve" "naďve").
	const english = 'The committee called the plan naïve and said the résumé of its costs was a déjà vu of last year’s budget.\n';
	const longer = decode(encodeAs('windows-1252', english));
	assert.deepEqual({ text: longer.text, encoding: longer.encoding, warnings: longer.warnings }, { text: english, encoding: 'windows-1252', warnings: [] });
});

test('empty, blank and binary files are rejected with a reason', () => {
	assert.throws(() => decode(Buffer.alloc(0)), new SourceError('empty file'));
	assert.throws(() => decode(Buffer.from(' \n\t\r\n')), new SourceError('empty file'));
	const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
	assert.throws(() => decode(png), new SourceError('binary file, not text'));
});

test('HTML leftovers: references decoded, line-break tags made line breaks, other tags kept as text', () => {
	assert.equal(htmlLeftovers('China&#8217;s FM says &quot;no&quot;&nbsp;to R&amp;D<br />AT&T and <b>bold</b> &lt;br&gt;'), 'China’s FM says "no" to R&D\nAT&T and <b>bold</b> <br>');
	assert.equal(decode(Buffer.from('Title<BR>Body &amp; more\n')).text, 'Title\nBody & more\n');
});

test('mostly valid UTF-8 with one bad byte stays UTF-8: U+FFFD in its place and a warning with the byte offset (issue 8, case 7)', () => {
	const good = Buffer.from('Москва — переговоры. Café\n', 'utf8');
	const bytes = Buffer.concat([good.subarray(0, 10), Buffer.from([0xff]), good.subarray(10)]);
	const decoded = decode(bytes);
	assert.equal(decoded.encoding, 'utf-8');
	assert.equal(decoded.text, `${good.subarray(0, 10).toString('utf8')}\uFFFD${good.subarray(10).toString('utf8')}`);
	assert.deepEqual(decoded.warnings, ['not valid UTF-8 at byte 10: decoded as UTF-8 with U+FFFD in their place']);
	assert.equal(firstInvalidUtf8(bytes), 10);
	assert.equal(firstInvalidUtf8(good), -1);
	// Truncated, overlong and surrogate sequences are not well formed either.
	assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xe2, 0x82])), 1);
	assert.equal(firstInvalidUtf8(Buffer.from([0xc0, 0xaf])), 0);
	assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80])), 1);
});

test('control characters, noncharacters and bidi overrides leave the text, with a warning; marks and tabs stay (issue 8, case 6)', () => {
	const raw = 'Head\x1Bline \u202Eevil\u202C\uFFFF\u200F end\vnext \f page\tcell\x85after\u2028new line\n';
	const decoded = decode(Buffer.from(raw, 'utf8'));
	assert.equal(decoded.text, 'Headline evil\u200F end next page\tcell after\nnew line\n');
	assert.deepEqual(decoded.warnings, ['4 control, noncharacter or bidi override characters removed (the raw source keeps them)']);
});

/** Text to bytes in a legacy encoding, by inverting Node's decoder over every one- and two-byte sequence (the project has no encoder, and needs none). */
function encodeAs(encoding: string, text: string): Buffer {
	const decoder = new TextDecoder(encoding, { fatal: true });
	const table = new Map<string, number[]>();
	const add = (bytes: number[]) => {
		try {
			const ch = decoder.decode(new Uint8Array(bytes));
			if ([...ch].length === 1 && !table.has(ch)) table.set(ch, bytes);
		} catch {
			// not a character of this encoding
		}
	};
	for (let b = 0; b < 256; b++) add([b]);
	for (let lead = 0x81; lead < 256; lead++) for (let trail = 0x40; trail < 256; trail++) add([lead, trail]);
	return Buffer.from([...text].flatMap((ch) => table.get(ch) ?? assert.fail(`${encoding} cannot write ${ch}`)));
}

/** Paragraphs as legacy sites and wire services saved them, one per encoding (issue 18). */
const LEGACY: { encoding: string; language: string; text: string; same?: string[] }[] = [
	{ encoding: 'windows-1250', language: 'cs', text: 'Ostrava - Krajský úřad dnes schválil dotace na opravu čtyř mostů přes řeku Ostravici. Práce začnou v létě a potrvají zhruba dva roky, řekl mluvčí úřadu.\n' },
	{ encoding: 'windows-1250', language: 'pl', text: 'Gdańsk (PAP) - Władze miasta ogłosiły w środę przetarg na budowę nowej przystani. Według urzędników prace mają się zakończyć jesienią przyszłego roku, a koszt przekroczy 40 mln zł.\n' },
	{ encoding: 'iso-8859-2', language: 'hu', text: 'Debrecen, 2023. október 5. (MTI) - A városi közgyűlés csütörtökön döntött az új uszoda építéséről. A beruházás első üteme jövő tavasszal kezdődik, és két évig tart.\n', same: ['windows-1250'] },
	{ encoding: 'windows-1251', language: 'uk', text: 'Одеса, 12 травня. Укрінформ. У місті відкрили нову школу, яку збудували за кошти міжнародних партнерів. Навчання тут розпочнеться вже у вересні.\n' },
	{ encoding: 'koi8-r', language: 'ru', text: 'Казань. 3 июня. INTERFAX.RU - В Казани в пятницу открыли новую станцию метро, строительство которой продолжалось почти пять лет, сообщили в мэрии города.\n', same: ['koi8-u'] },
	{ encoding: 'windows-1253', language: 'el', text: 'Σε λειτουργία τίθεται από τη Δευτέρα η νέα γραμμή του λεωφορείου που συνδέει το αεροδρόμιο με το κέντρο της πόλης, όπως ανακοίνωσε σήμερα ο δήμος.\n', same: ['iso-8859-7'] },
	{ encoding: 'windows-1256', language: 'ar', text: 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة بطاقة استيعابية تبلغ 300 سرير وذلك ضمن خطة لتطوير الخدمات الصحية في البلاد.\n' },
	{ encoding: 'windows-874', language: 'th', text: 'กรมอุตุนิยมวิทยาประกาศเตือนว่าจะมีฝนตกหนักในหลายจังหวัดของภาคใต้ตั้งแต่วันนี้ถึงวันเสาร์ และขอให้ประชาชนระวังน้ำท่วมฉับพลัน\n' },
	{ encoding: 'windows-1254', language: 'tr', text: 'Ankara (AA) - Milli Eğitim Bakanlığı, yeni eğitim yılında okullarda ücretsiz öğle yemeği uygulamasının başlatılacağını açıkladı. Uygulama ilk olarak on ilde denenecek.\n', same: ['iso-8859-9'] },
	{ encoding: 'shift_jis', language: 'ja', text: '政府は５日、新しい子育て支援策を発表した。来年度から児童手当の所得制限を撤廃し、対象を高校生まで広げる。首相は記者会見で「社会全体で子どもを支える」と述べた。\n' },
	{ encoding: 'euc-kr', language: 'ko', text: '(대전=연합뉴스) 김민수 기자 = 대전시는 내년부터 시내버스 요금을 동결하기로 했다고 10일 밝혔다. 시는 물가 부담을 줄이기 위한 조치라고 설명했다.\n' },
	{ encoding: 'gb18030', language: 'zh', text: '新华社北京3月5日电 国务院新闻办公室今天举行发布会，介绍了今年经济工作的主要目标。有关负责人表示，我们将继续扩大内需，推动经济持续回升向好。\n' },
	{ encoding: 'big5', language: 'zh', text: '（中央社記者台北5日電）交通部今天宣布，高鐵將從下個月起增加班次，以因應連假期間的旅運需求。交通部表示，我們會持續檢討票價與服務品質。\n' },
];

for (const { encoding, language, text, same = [] } of LEGACY) {
	test(`${encoding} (${language}) without BOM or charset is decoded by evidence, the evidence reported (issue 18)`, () => {
		const bytes = encodeAs(encoding, text);
		assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		const decoded = decode(bytes);
		assert.equal(decoded.text, text);
		assert.ok([encoding, ...same].includes(decoded.encoding), `${decoded.encoding}: ${decoded.basis}`);
		assert.match(decoded.basis, new RegExp(`^the bytes \\(not UTF-8, no charset\\): as ${decoded.encoding}, .*common words`, 'u'));
		assert.deepEqual(decoded.warnings, []);
	});
}

test('a legacy text with too little to tell its encoding by: the likeliest reading, and a warning that says the evidence was weak (issue 18)', () => {
	// "České" in Windows-1250 is "Èeské" in Windows-1252: five bytes say nothing either way.
	const decoded = decode(Buffer.from([0xc8, 0x65, 0x73, 0x6b, 0xe9, 0x0a]));
	assert.equal(decoded.encoding, 'windows-1252');
	assert.equal(decoded.warnings.length, 1);
	assert.match(decoded.warnings[0]!, /^the encoding is uncertain \(weak evidence\): read as windows-1252; .*next best windows-1250/u);
});

test('readings are scored by common words, implausible words and the letters of their language (issue 18)', () => {
	// Czech read right, and as Windows-1252 would read its bytes.
	const right = scoreText('Město se k tomu zavázalo už loni, když zastupitelé schválili rozpočet.');
	const wrong = scoreText('Mìsto se k tomu zavázalo u loni, kdy zastupitelé schválili rozpoèet.');
	assert.ok(right.share > wrong.share, JSON.stringify({ right, wrong }));
	// Symbols inside words and scripts mixed in one word are what wrong code pages make.
	assert.ok(scoreText('¡ÃÁ¡ÒÃ¤éÒ ÃÒ¤Ò ¢éÒÇ à¾ÔèÁ¢Öé¹').odd > scoreText('กรมการค้า ราคา ข้าว เพิ่มขึ้น').odd);
	assert.ok(scoreText('a cafй in town').odd > scoreText('a café in town').odd);
	assert.equal(foreignLetters('esõzések és hóolvadás', 'hu') > 0, true);
	assert.equal(foreignLetters('esőzések és hóolvadás', 'hu'), 0);
	assert.equal(foreignLetters('anything', null), 0);
});

test('the entry of a Shift_JIS source is made from its Japanese text, and the report gets the encoding and its evidence (issue 18)', () => {
	const file = 'g-enc-ja-sjis.txt';
	const input: SourceInput = { file, bytes: readFileSync(new URL(`../corpus/sources/${file}`, import.meta.url)) };
	const result = ingestSource(input, defaultSettings());
	assert.equal(result.encoding, 'shift_jis');
	assert.match(result.encodingBasis, /^the bytes \(not UTF-8, no charset\): as shift_jis, the text reads as ja, \d+% of its non-ASCII letters in common words/u);
	assert.equal(result.entry.language, 'ja');
	assert.equal(result.entry.title, '北陸新幹線、敦賀まで延伸＝金沢から約５０分短縮');
});

test('an HTML page that declares no charset and is not UTF-8 gets the encoding the evidence favours, with that evidence as its basis (issue 18)', () => {
	const czech = LEGACY.find((l) => l.language === 'cs')!.text;
	const page = Buffer.concat([Buffer.from('<html><head><title>Zpravy</title></head><body><p>'), encodeAs('windows-1250', czech), Buffer.from('</p></body></html>')]);
	const warnings: string[] = [];
	const charset = detectCharset(page, null, warnings);
	assert.equal(charset.encoding, 'windows-1250');
	assert.match(charset.basis, /^the bytes \(not UTF-8, no charset\): as windows-1250, .*common words/u);
	assert.deepEqual(warnings, []);
});

test('a headline with control characters between its words is still the headline once they are out (issue 19)', () => {
	const raw = 'Millers \x1b warn \x0b of \x0c flour \ufffe prices \u202e rising\n\nJAKARTA, 3 March 2015 (Antara) - Flour millers warned on Tuesday that prices would rise by ten percent next month as wheat imports cost more, the association said in a statement.\n\nThe association said stocks were enough for three months and that members would not cut supply to bakeries.\n';
	assert.equal(decode(Buffer.from(raw, 'utf8')).text.split('\n')[0], 'Millers warn of flour prices rising');
	const result = ingestSource({ file: 'control-headline.txt', bytes: Buffer.from(raw, 'utf8') }, defaultSettings());
	assert.equal(result.entry.title, 'Millers warn of flour prices rising');
});
