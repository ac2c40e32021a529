/**
 * Fuzz: a few hundred sources of random bytes, random Unicode, hostile
 * characters, random line structures and legal but awkward file names, through
 * the real ingest and the real build. Invariants (issue 8): no crash and no
 * stack trace; every good source is written; the build succeeds; feed.xml and
 * sitemap.xml parse as XML (in Chromium's parser); every raw link serves the
 * bytes of its own SHA-256; no two articles share a raw path.
 *
 * The run is seeded (FUZZ_SEED=n repeats one); the seed is in every failure message;
 * FUZZ_KEEP=1 keeps the folders.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, cleanUp, ROOT, tempDir } from '../support/build.ts';

// A fixed seed by default, so that CI is repeatable; FUZZ_SEED=n tries another.
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const GOOD_SOURCES = 220;
const BAD_SOURCES = 80;

/** mulberry32: a small seeded generator, so a failing run can be repeated. */
function generator(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const random = generator(SEED);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
const chance = (p: number) => random() < p;

const WORDS = (
	'the minister said talks on trade security and energy would continue next week after officials from both countries met ' +
	'in the capital to discuss a new agreement on border crossings grain exports and the price of gas which has risen sharply ' +
	'since the spring while analysts expect the central bank to hold interest rates steady despite pressure from industry'
).split(' ');
const FOREIGN = ['Москва', 'переговоры', '北京', '会谈', 'القاهرة', 'ירושלים', 'Zürich', 'São Paulo', 'Łódź', '🙂', 'naïve', 'İstanbul'];
/** Characters that must never reach a title, a feed or a page: they are removed, the raw source keeps them. */
const HOSTILE = ['\x1B', '\v', '\f', '\uFFFF', '\u202E', '\u2066', '\x85', '\uFDD0', '\x7F', '\u{10FFFF}', '\x01'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AGENCIES = ['Itar-Tass', 'Xinhua', 'AFP', 'Reuters', 'RIA Novosti'];
const PLACES = ['MOSCOW', 'BEIJING', 'PARIS', 'CAIRO', 'LONDON'];
const CHROME = ['Home | World | Business | Sport', 'Share this: Facebook Twitter Email', 'Subscribe to our newsletter', 'Advertisement'];
const AWKWARD_NAMES = [
	`${'a'.repeat(240)}.html`,
	'line\nbreak.txt',
	'percent%25.txt',
	'hash#tag.txt',
	'question?.txt',
	'dup',
	'dup.txt',
	'sp ace.txt',
	'ünïcödé-名前.txt',
	'esc\x1B.txt',
	'sub/dir/nested.txt',
	'-dash.txt',
	'quote"\'.txt',
	'back\\slash.txt',
	'<script>alert(1)</script>.txt',
	'dots..txt',
	'.hidden-is-not-a-source.txt',
	'page.HTML',
	'rlo\u202Egnp.txt',
];

function sprinkle(text: string, p: number, foreign = FOREIGN): string {
	return text
		.split(' ')
		.map((word) => (chance(p) ? `${word}${pick(HOSTILE)}` : chance(p / 2) ? `${word} ${pick(foreign)}` : word))
		.join(' ');
}
const sentence = () => {
	const words = Array.from({ length: 8 + int(14) }, () => pick(WORDS));
	words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
	return `${words.join(' ')}.`;
};
const wrap = (text: string) => text.replace(/(.{50,70}) /g, '$1\n');

/** A news story that the ingest must accept: a headline, a dateline with a full date and an agency, prose. */
function goodSource(): { text: string; date: string } {
	const year = 1995 + int(25);
	const month = 1 + int(12);
	const day = 1 + int(28);
	const title = sprinkle(`${pick(['Minister', 'Officials', 'Talks', 'Leaders'])} ${Array.from({ length: 4 + int(5) }, () => pick(WORDS)).join(' ')}`, 0.2, FOREIGN.filter((w) => !/\p{Extended_Pictographic}/u.test(w)));
	const lead = `${pick(PLACES)}, ${MONTHS[month - 1]} ${day}, ${year} (${pick(AGENCIES)}) - ${sentence()} ${sentence()}`;
	const paragraphs = [lead, ...Array.from({ length: 3 + int(5) }, () => sprinkle(`${sentence()} ${sentence()} ${sentence()}`, 0.05))];
	// Line structures: hard-wrapped or not, blank lines single or doubled, lines indented or not.
	const wrapped = chance(0.3);
	const gap = chance(0.2) ? ['', ''] : [''];
	const indent = chance(0.2) ? pick(['  ', '\t']) : '';
	const lines = [
		...(chance(0.5) ? [pick(CHROME), ''] : []),
		title,
		'',
		...paragraphs.flatMap((p) => [indent + (wrapped ? wrap(p) : p), ...gap]),
		...(chance(0.5) ? [pick(CHROME), `© ${year} ${pick(AGENCIES)}`] : []),
	];
	let text = lines.join('\n');
	if (chance(0.3)) text = text.replace(/\n/g, '\r\n');
	return { text: chance(0.2) ? `\uFEFF${text}` : text, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

function badSource(): Buffer {
	switch (int(5)) {
		case 0:
			return Buffer.from(Array.from({ length: 1 + int(4000) }, () => int(256)));
		case 1:
			return Buffer.from(Array.from({ length: 1 + int(600) }, () => String.fromCodePoint(int(0x2ffff))).join(''), 'utf8');
		case 2:
			return Buffer.alloc(int(3), ' ');
		case 3:
			return Buffer.from(Array.from({ length: 1 + int(30) }, () => pick(CHROME)).join('\n'));
		default:
			return Buffer.from(Array.from({ length: 1 + int(40) }, () => (chance(0.5) ? '' : pick([...WORDS, ...FOREIGN, ...HOSTILE]))).join(chance(0.5) ? '\n' : ' '));
	}
}

function randomName(i: number): string {
	const pool = 'abcdefghijklmnopqrstuvwxyz0123456789 -_#?%&+=,;:!@()[]{}~\'"äöüßéèñçøåžščřłабвгдеж中文日本語한국어עבריתعربي';
	const stem = Array.from({ length: 1 + int(40) }, () => pick([...pool])).join('');
	return `${String(i).padStart(3, '0')}-${stem}${pick(['.txt', '.html', '', '.TXT', '.md', '.json'])}`;
}

const REMOVED_ID = '2001-01-01-an-article-that-was-removed';
let redirectTarget: string;
let browser: Browser;
let sources: string;
let out: string;
let dist: string;
const good = new Map<string, string>();
const ingestRun = { code: null as number | null, stdout: '', stderr: '' };

before(async () => {
	sources = await tempDir('fuzz-sources-');
	out = await tempDir('fuzz-entries-');
	const names = [...AWKWARD_NAMES, ...Array.from({ length: GOOD_SOURCES - AWKWARD_NAMES.length }, (_, i) => randomName(i))];
	for (const name of names) {
		const { text, date } = goodSource();
		await mkdir(path.dirname(path.join(sources, name)), { recursive: true });
		await writeFile(path.join(sources, name), text);
		// Hidden files are not sources (an editor's .DS_Store, a .git).
		if (!name.startsWith('.')) good.set(name, date);
	}
	for (let i = 0; i < BAD_SOURCES; i++) {
		const name = `bad-${randomName(i)}`;
		if (good.has(name)) continue;
		await writeFile(path.join(sources, name), badSource());
	}
	const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), '--sources', sources, '--out', out], { cwd: ROOT, encoding: 'utf8' });
	Object.assign(ingestRun, { code: result.status, stdout: result.stdout, stderr: result.stderr });
	// An editor's redirect from a removed article's id to the first article.
	const first = (await readdir(out)).filter((n) => n.endsWith('.md')).sort()[0]!.slice(0, -3);
	const redirects = path.join(sources, '..', `${path.basename(sources)}-redirects.yaml`);
	await writeFile(redirects, `${REMOVED_ID}: ${first}\n`);
	redirectTarget = first;
	// With a site URL: the feeds and the sitemap, whose escaping is tested, are built only with one.
	dist = await buildSite({ articles: out, sources, redirects, site: 'https://example.org' });
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
	// FUZZ_KEEP=1 keeps the sources, entries and site to look at.
	if (process.env.FUZZ_KEEP) process.stderr.write(`fuzz: sources ${sources}, entries ${out}, site ${dist}\n`);
	else await cleanUp();
});

const seed = `FUZZ_SEED=${SEED}`;

test('the ingest neither crashes nor prints a stack trace; each rejection is one line naming its source', () => {
	assert.ok(ingestRun.code === 0 || ingestRun.code === 1, `${seed}: exit ${ingestRun.code}\n${ingestRun.stderr}`);
	assert.doesNotMatch(ingestRun.stderr, /\n\s+at |Error:/, seed);
	for (const line of ingestRun.stderr.trim().split('\n').filter(Boolean)) {
		assert.ok(line.startsWith(`ingest: ${sources}`) || /^ingest: .+: /.test(line), `${seed}: ${line}`);
	}
});

test('every good source is written, with the date its dateline gives and no unsafe character in any field', async () => {
	const bySource = new Map<string, Record<string, unknown>>();
	for (const name of (await readdir(out)).filter((n) => n.endsWith('.md'))) {
		const text = await readFile(path.join(out, name), 'utf8');
		const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown> & { source: { file: string } };
		bySource.set(data.source.file, data);
		// Fields other than the file name carry no control, noncharacter or bidi override character.
		const { source: _source, ...fields } = data;
		assert.doesNotMatch(JSON.stringify(fields), /\\u00[01][0-9a-f]|\\u007f|[\u0080-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\uffff]/iu, `${seed}: ${name}`);
	}
	const missing = [...good.keys()].filter((file) => !bySource.has(file));
	assert.deepEqual(missing, [], `${seed}: good sources not written\n${ingestRun.stderr}`);
	for (const [file, date] of good) assert.equal(bySource.get(file)!.date, date, `${seed}: ${JSON.stringify(file)}`);
});

test('feed.xml and sitemap.xml parse as XML', async () => {
	const page = await browser.newPage();
	for (const file of ['feed.xml', 'sitemap.xml']) {
		const text = await readFile(path.join(dist, file), 'utf8');
		const error = await page.evaluate((xml) => {
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			return doc.querySelector('parsererror')?.textContent ?? null;
		}, text);
		assert.equal(error, null, `${seed}: ${file}`);
	}
	await page.close();
});

test('every raw link serves the bytes of its own SHA-256, and no two articles share one', async () => {
	const articles = (await readdir(path.join(dist, 'articles'))).filter((n) => n !== REMOVED_ID);
	assert.ok(articles.length >= good.size, seed);
	const seen = new Set<string>();
	for (const id of articles) {
		const html = await readFile(path.join(dist, 'articles', id, 'index.html'), 'utf8');
		const href = /<a href="([^"]+)" type="text\/plain">/.exec(html)![1]!;
		const sha = /<code class="hash">([0-9a-f]{64})<\/code>/.exec(html)![1]!;
		assert.ok(!seen.has(href), `${seed}: ${href} is used twice`);
		seen.add(href);
		const bytes = await readFile(path.join(dist, decodeURIComponent(href.replace(/^\//, ''))));
		assert.equal(createHash('sha256').update(bytes).digest('hex'), sha, `${seed}: ${id}`);
	}
});

test('a removed article\'s id listed in the redirects file leads to its replacement, without JavaScript too', async () => {
	const html = await readFile(path.join(dist, 'articles', REMOVED_ID, 'index.html'), 'utf8');
	assert.match(html, new RegExp(`<meta http-equiv="refresh" content="0; url=/articles/${redirectTarget}/">`));
	assert.match(html, new RegExp(`<a href="/articles/${redirectTarget}/">Continue to the article</a>`));
});
