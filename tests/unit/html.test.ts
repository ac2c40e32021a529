/**
 * The HTML reader on whole pages: what the page states outranks what is
 * guessed, with evidence; code, styles, embeds and comments never reach any
 * field; hostile markup is cleaned or refused, never published.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultSettings, ingestSource } from '../../scripts/ingest/entry.ts';
import { SourceError } from '../../scripts/ingest/errors.ts';
import { detectCharset } from '../../scripts/ingest/read/charset.ts';
import { isHtml } from '../../scripts/ingest/read/kind.ts';

const STORY = [
	'Flour prices rose for a third week in a row on Wednesday as a drought across the wheat belt cut the expected harvest, millers said.',
	'The national millers\' association said wholesale prices were up 18 percent since April, the steepest rise it has recorded.',
	'Bakers\' groups asked the government to cut value-added tax on bread, a request the finance ministry said it would consider.',
];
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const ingest = (html: string | Uint8Array, file = 'page.html') => ingestSource({ file, bytes: typeof html === 'string' ? Buffer.from(html) : html }, defaultSettings(new Date('2026-01-01')));
const story = `<article><h1>Flour prices rise as drought hits wheat belt</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`;

test('the JSON-LD date outranks <meta>, <time> and the text, and dateBasis says so', () => {
	const html = page(
		'<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-06-14T23:30:00-05:00","dateModified":"2023-06-20"}</script><meta property="article:published_time" content="2023-06-13">',
		`<time datetime="2023-06-12">12 June</time><p>Published 11 June 2023</p>${story}`,
	);
	const { entry, warnings } = ingest(html);
	assert.equal(entry.date, '2023-06-14');
	assert.equal(entry.dateCertainty, 'stated');
	assert.match(entry.dateBasis, /JSON-LD "datePublished 2023-06-14T23:30:00-05:00"/);
	assert.match(entry.dateBasis, /dateModified 2023-06-20.*later change/);
	assert.ok(warnings.some((w) => /2023-06-13/.test(w)), 'the contradicting meta date is reported');
});

test('without metadata, <time datetime> dates the page; without it, the visible date line', () => {
	assert.equal(ingest(page('', `<time datetime="2021-03-03T10:00">3 March</time>${story}`)).entry.date, '2021-03-03');
	const visible = ingest(page('', `<p class="meta">Published 3 March 2021</p>${story}`)).entry;
	assert.equal(visible.date, '2021-03-03');
	assert.match(visible.dateBasis, /Published 3 March 2021/);
});

test('the headline is the article\'s <h1>, not the logo\'s, the page title or an SEO headline', () => {
	const html = page(
		'<title>Flour prices rise as drought hits wheat belt | The Ledger</title><meta property="og:site_name" content="The Ledger"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Flour prices 2023: drought, wheat","datePublished":"2023-06-14"}</script>',
		`<header><h1>The Ledger</h1></header>${story}`,
	);
	assert.equal(ingest(html).entry.title, 'Flour prices rise as drought hits wheat belt');
	// No <h1>: the JSON-LD headline; no JSON-LD: the page title without the site's name.
	const noH1 = story.replace(/<h1>.*<\/h1>/, '');
	assert.equal(ingest(page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Drought lifts flour prices","datePublished":"2023-06-14"}</script>', noH1)).entry.title, 'Drought lifts flour prices');
});

test('the stated language is the article\'s unless the story plainly reads as another', () => {
	const spanish = [
		'Los precios de la harina subieron por tercera semana consecutiva el miércoles debido a la sequía que afecta a la región triguera, según los molineros.',
		'La asociación nacional de molineros dijo que los precios al por mayor han subido un 18 por ciento desde abril, la mayor subida que ha registrado.',
		'Los panaderos pidieron al gobierno que reduzca el impuesto sobre el pan, una petición que el ministerio de finanzas dijo que estudiará.',
	];
	const html = page('<meta property="article:published_time" content="2023-06-14">', `<article><h1>Sube el precio de la harina por la sequía</h1>${spanish.map((p) => `<p>${p}</p>`).join('')}</article>`);
	const { entry, warnings } = ingest(html);
	assert.equal(entry.language, 'es');
	assert.ok(warnings.some((w) => /html lang attribute "en".*reads as es/.test(w)));
});

test('hostile markup never reaches a field: scripts in attributes, javascript: links, SVG script, <base>, meta refresh, iframes, comments', () => {
	const html = page(
		'<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/"><link rel="canonical" href="javascript:alert(1)"><style>body{background:url(javascript:alert(2))}</style><meta property="article:published_time" content="2023-06-14">',
		`<article onload="alert(3)"><h1 onclick="alert(4)">Flour prices <img src=x onerror="alert(5)">rise as drought hits wheat belt</h1>
		<p onmouseover="alert(6)">${STORY[0]} <a href="javascript:alert(7)">Read the report</a>.</p>
		<svg><script>alert(8)</script><text>evil svg text</text></svg>
		<iframe srcdoc="<script>alert(9)</script>"></iframe><!-- alert(10) evil comment -->
		<noscript>evil noscript text</noscript><template><p>evil template text</p></template>
		<p>${STORY[1]}</p><form><input value="evil form text"><button>evil button</button></form><p>${STORY[2]}</p>
		<object data="evil.swf">evil object text</object><script>var evilScriptVariable = 1;</script></article>`,
	);
	const { entry, body } = ingest(html);
	const everything = JSON.stringify(entry) + body;
	for (const bad of ['alert', 'javascript:', 'evil', 'onerror', 'onclick', '<img', '<svg', 'refresh']) assert.ok(!everything.includes(bad), `${bad} reached the entry`);
	assert.equal(entry.title, 'Flour prices rise as drought hits wheat belt');
	assert.equal(entry.source.url, undefined);
	assert.match(body, /Read the report/);
	assert.equal(body.split('\n\n').length, 3);
});

test('100,000 nested <div>s are refused before any parser recurses into them', () => {
	const deep = page('', `${'<div>'.repeat(100_000)}${story}${'</div>'.repeat(100_000)}`);
	assert.throws(() => ingest(deep), (error: Error) => error instanceof SourceError && /nested 100\d+ elements deep/.test(error.message));
});

test('a page that only tells it is paywalled is refused as not an article', () => {
	const html = page('<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false,"datePublished":"2023-06-14"}</script>', `<article><h1>Flour prices rise as drought hits wheat belt</h1><p>${STORY[0]}</p></article>`);
	assert.throws(() => ingest(html), /not an article: a paywall/);
});

test('the charset comes from the BOM, then <meta>, then the HTTP header, then the bytes', () => {
	const czech = new Uint8Array([0xc8, 0x65, 0x73, 0x6b, 0xe9]);
	const withMeta = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body>'), czech, Buffer.from('</body></html>')]);
	assert.equal(detectCharset(withMeta, 'text/html; charset=utf-8', []).encoding, 'windows-1250');
	assert.equal(detectCharset(Buffer.from('<html><body>x</body></html>'), 'text/html; charset=shift_jis', []).encoding, 'shift_jis');
	assert.equal(detectCharset(Buffer.from('\ufeff<html>'), 'text/html; charset=shift_jis', []).encoding, 'utf-8');
	const warnings: string[] = [];
	assert.equal(detectCharset(Buffer.concat([Buffer.from('<html><body>'), czech]), null, warnings).encoding, 'windows-1252');
	assert.equal(warnings.length, 1);
	assert.equal(new TextDecoder('windows-1250').decode(czech), 'České');
});

test('HTML is known by its bytes whatever the name; text with a stray tag stays text', () => {
	assert.ok(isHtml('page.txt', Buffer.from('\n  <!-- saved --><!DOCTYPE html><html>')));
	assert.ok(isHtml('noname', Buffer.from('<html lang="fr"><body><p>x</p></body></html>')));
	assert.ok(!isHtml('story.txt', Buffer.from('MOSCOW, Nov 17 (TASS) - A line<br>with a break.\n')));
});

test('a live blog: time stamps and their links, and key points under the headline, stay out of the story', () => {
	const entries = STORY.map((p, n) => `<div class="entry"><div class="entry-meta"><time datetime="2023-06-14T1${n}:00Z">1${n}:00 GMT</time> <a href="#e${n}">Link to this update</a></div><p>${p}</p></div>`);
	const html = page(
		'',
		`<main><h1>Flour prices live: drought hits wheat belt</h1><div class="standfirst"><ul><li>Prices up for a third week</li><li>Follow the latest below</li></ul></div>${entries.join('')}</main>`,
	);
	const { entry, body } = ingest(html);
	assert.deepEqual(body.trim().split('\n\n'), STORY);
	assert.equal(entry.dek, undefined);
	assert.equal(entry.date, '2023-06-14');
});

test('a credit marked inside the first paragraph is its dateline; the kicker above the headline is not the story', () => {
	const html = page(
		'',
		`<div class="story-head"><span class="kicker">Wheat belt</span><h1>Flour prices rise as drought hits wheat belt</h1><time datetime="2023-06-14">14 June</time></div><div class="story-body"><p><span class="credit">MOSCOW (Reuters) -</span> ${STORY[0]}</p>${STORY.slice(1).map((p) => `<p>${p}</p>`).join('')}</div>`,
	);
	const { entry, body } = ingest(html);
	assert.equal(entry.dateline, 'Moscow');
	assert.equal(entry.agency, 'Reuters');
	assert.deepEqual(body.trim().split('\n\n'), STORY);
});

const DATED = '<meta property="article:published_time" content="2023-06-14">';

test('a dateline in a <span class="dateline"> survives Readability, which would take it for the byline', () => {
	const html = page(DATED, `<article><h1>Flour prices rise as drought hits wheat belt</h1><p><span class="dateline">KYIV (Reuters) -</span> ${STORY[0]}</p>${STORY.slice(1).map((p) => `<p>${p}</p>`).join('')}</article>`);
	const { entry, body } = ingest(html);
	assert.equal(entry.dateline, 'Kyiv');
	assert.equal(entry.agency, 'Reuters');
	assert.deepEqual(body.trim().split('\n\n'), STORY);
});

test('a Ukrainian story under a template that says lang="ru" is Ukrainian: its letters are not in the Russian alphabet', () => {
	const uk = [
		'Уряд затвердив нову програму підтримки фермерів, які постраждали від посухи цього літа, повідомили в міністерстві аграрної політики.',
		'Кожне господарство зможе отримати компенсацію за втрачений урожай, якщо подасть заявку до кінця жовтня через електронний кабінет.',
		'У міністерстві зазначили, що на програму виділили понад два мільярди гривень, а перші виплати надійдуть уже наступного місяця.',
	];
	const html = page(DATED, `<article><h1>Фермерам компенсують втрати від посухи</h1>${uk.map((p) => `<p>${p}</p>`).join('')}</article>`).replace('lang="en"', 'lang="ru"');
	const { entry, warnings } = ingest(html);
	assert.equal(entry.language, 'uk');
	assert.ok(warnings.some((w) => /says "ru".*reads as uk/.test(w)));
});

test('a gallery of captioned pictures is not an article; a picture with its caption is no paragraph of a story', () => {
	const picture = (n: number) => `<div class="pic"><img src="/p${n}.jpg" alt=""><div class="count">${n} / 8</div><p>Harvesters cross a dry field near the village on the third day.</p><span>Photo: Anna Kowalska</span></div>`;
	const gallery = page(DATED, `<main><h1>Drought in pictures</h1><p class="intro">A summer without rain.</p>${[1, 2, 3, 4, 5, 6, 7, 8].map(picture).join('')}</main>`);
	assert.throws(() => ingest(gallery), (error: Error) => error instanceof SourceError && /photo gallery \(8 pictures/.test(error.message));
	const { body } = ingest(page(DATED, `<article><h1>Flour prices rise as drought hits wheat belt</h1>${picture(1)}${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`));
	assert.deepEqual(body.trim().split('\n\n'), STORY);
});

test('an error page is refused by its headline, whatever help it gives below', () => {
	const html = page(DATED, `<main><h1>Page not found</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</main>`);
	assert.throws(() => ingest(html), (error: Error) => error instanceof SourceError && /an error page \(its headline/.test(error.message));
});

test('a table of contents of the page\'s anchors, a box of controls and the heading over them stay out of the story', () => {
	const html = page(
		DATED,
		`<article><h1>Flour prices rise as drought hits wheat belt</h1><h2>Key events</h2><ul><li><a href="#e1">Prices up</a></li><li><a href="#e2">Bakers ask for tax cut</a></li></ul><div class="controls">Live updates <label><input type="checkbox"> Auto-refresh</label></div><div class="box">Morning briefing in your inbox <input type="email"> <button>Sign up</button></div><h2>Prices up</h2>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`,
	);
	const { body } = ingest(html);
	assert.deepEqual(body.trim().split('\n\n'), ['## Prices up', ...STORY]);
});

test('an agency\'s sign-off with its desk\'s names, on its own line at the end, is its credit', () => {
	const html = page(DATED, `<article><h1>Flour prices rise as drought hits wheat belt</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}<p>PTI ABC XYZ</p></article>`);
	const { entry, body } = ingest(html);
	assert.equal(entry.agency, 'PTI');
	assert.deepEqual(body.trim().split('\n\n'), STORY);
});
