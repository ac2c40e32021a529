/**
 * The built files of the seeds' archive, at the root and under /archive/ with a
 * SITE_URL: feeds and list entries, valid HTML, every internal link resolving,
 * absolute URLs with SITE_URL, article page weight, byte-identical builds.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { measurePage } from '../../scripts/lib/page-weight.ts';
import { buildSite, cleanUp, ROOT } from '../support/build.ts';
import { listFiles } from '../../src/lib/list-files.ts';
import { readZip } from '../support/zip.ts';

const EN_ARTICLE = 'articles/2015-11-17-kremlin-putin-orders-setting-up-contact-with-french-navy-after/';

let rootBuild: string;
let archiveBuild: string;

before(async () => {
	rootBuild = await buildSite({ base: '/' });
	archiveBuild = await buildSite({ base: '/archive/', site: 'https://example.org' });
});
after(cleanUp);

describe('the built files', () => {
	test('every feed item and every list entry carries the standfirst or the opening of its story', async () => {
		// Feeds are built with a site URL only (without one, src/integrations/site-url.ts leaves them out).
		const feed = await readFile(path.join(archiveBuild, 'feed.xml'), 'utf8');
		const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
		assert.equal(items.length, 5);
		for (const item of items) assert.match(item, /<description>[^<]{40,}<\/description>/);
		assert.match(feed, /<description>The Kremlin on Tuesday said countries fighting Daesh/);
		// Each agency and each language has its own feed, linked from its page.
		const xinhua = await readFile(path.join(archiveBuild, 'agencies/xinhua/feed.xml'), 'utf8');
		assert.deepEqual([...xinhua.matchAll(/<source url="[^"]*">([^<]*)</g)].map((m) => m[1]), ['Xinhua', 'Xinhua']);
		const indonesian = await readFile(path.join(archiveBuild, 'languages/id/feed.xml'), 'utf8');
		assert.equal([...indonesian.matchAll(/<item>/g)].length, 1);
		const page = await readFile(path.join(archiveBuild, 'agencies/xinhua/index.html'), 'utf8');
		assert.match(page, /<link rel="alternate" type="application\/rss\+xml" title="Xinhua \(RSS\)" href="\/archive\/agencies\/xinhua\/feed.xml">/);
		const month = await readFile(path.join(rootBuild, 'timeline/2015/11/index.html'), 'utf8');
		assert.equal([...month.matchAll(/<span class="excerpt" lang="(?:en|id)">[^<]{40,}<\/span>/g)].length, 3);
	});

	test('HTML is valid on every page (html-validate)', async () => {
		const config = JSON.parse(await readFile(path.join(ROOT, '.htmlvalidate.json'), 'utf8'));
		const validator = new HtmlValidate(new StaticConfigLoader(config));
		for (const dist of [rootBuild, archiveBuild]) {
			const pages = (await listFiles(dist)).filter((f) => f.endsWith('.html'));
			assert.ok(pages.length >= 15);
			for (const file of pages) {
				const report = await validator.validateFile(path.join(dist, file));
				const messages = report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
				assert.deepEqual(messages, [], file);
			}
		}
	});

	for (const [name, base] of [['/', '/'], ['/archive/', '/archive/']] as const) {
		test(`every internal href and src resolves to a file (BASE_PATH=${name})`, async () => {
			const dist = base === '/' ? rootBuild : archiveBuild;
			const files = new Set(await listFiles(dist));
			// With SITE_URL the origin is the site's; without, the build writes no absolute link (any origin will do).
			const origin = base === '/' ? 'http://site.invalid' : 'https://example.org';
			const broken: string[] = [];
			let checked = 0;
			for (const file of [...files].filter((f) => /\.(html|xml)$/.test(f))) {
				const text = await readFile(path.join(dist, file), 'utf8');
				const pageUrl = new URL(base + file.replace(/index\.html$/, ''), origin);
				const refs = [...text.matchAll(/\b(?:href|src)="([^"]*)"|<(?:loc|link)>([^<]*)</g)].map((m) => (m[1] ?? m[2])!.replace(/&amp;/g, '&'));
				for (const ref of refs) {
					const target = new URL(ref, pageUrl);
					if (target.origin !== origin) continue;
					checked++;
					if (!target.pathname.startsWith(base)) {
						broken.push(`${file}: ${ref} is outside ${base}`);
						continue;
					}
					let local = decodeURIComponent(target.pathname.slice(base.length));
					if (local === '' || local.endsWith('/')) local += 'index.html';
					if (!files.has(local)) broken.push(`${file}: ${ref}`);
				}
			}
			assert.ok(checked > 100, `checked ${checked} links`);
			assert.deepEqual(broken, []);
		});
	}

	test('with SITE_URL: canonical, Open Graph, JSON-LD and feed links are absolute under the base', async () => {
		const html = await readFile(path.join(archiveBuild, EN_ARTICLE, 'index.html'), 'utf8');
		const canonical = `https://example.org/archive/${EN_ARTICLE}`;
		assert.ok(html.includes(`<link rel="canonical" href="${canonical}">`));
		assert.ok(html.includes(`<meta property="og:url" content="${canonical}">`));
		const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
		assert.equal(jsonLd['@type'], 'NewsArticle');
		assert.equal(jsonLd.url, canonical);
		assert.equal(jsonLd.datePublished, '2015-11-17');
		const feed = await readFile(path.join(archiveBuild, 'feed.xml'), 'utf8');
		const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]);
		assert.equal(links.length, 6);
		assert.ok(links.every((l) => l!.startsWith('https://example.org/archive/')));
		assert.match(await readFile(path.join(archiveBuild, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/example\.org\/archive\/sitemap\.xml/);
	});

	test('article pages weigh at most 14 KB compressed (HTML + CSS) and load only the registration script (under 1 KB) and the copy buttons and links (under 2 KB)', async () => {
		const articles = (await listFiles(rootBuild)).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
		assert.equal(articles.length, 5);
		for (const page of articles) {
			const weight = await measurePage(rootBuild, page);
			assert.ok(weight.gzipBytes <= 14 * 1024, `${page}: ${weight.gzipBytes} bytes`);
			assert.deepEqual(weight.scripts, ['/register.js', '/copy.js']);
		}
		assert.ok((await readFile(path.join(rootBuild, 'register.js'))).length < 1024);
		assert.ok((await readFile(path.join(rootBuild, 'copy.js'))).length < 2048);
	});

	test('the service worker is plain JavaScript with the offline contract\'s functions in it', async () => {
		for (const dist of [rootBuild, archiveBuild]) {
			const worker = await readFile(path.join(dist, 'sw.js'), 'utf8');
			assert.doesNotThrow(() => new vm.Script(worker, { filename: 'sw.js' }));
			assert.match(worker, /^const ARCHIVE = \{.*?\};\nconst partsOf = function partsOf\(.*\nconst partMarker = /s);
			assert.doesNotMatch(worker, /__vite_ssr|^\s*import\s/m, 'nothing the worker cannot resolve');
		}
	});

	test('the bulk export holds every article (JSON Lines, CSV) and every raw source (zip), linked from the About page', async () => {
		const ids = (await listFiles(rootBuild)).map((f) => /^articles\/([^/]+)\/index\.html$/.exec(f)?.[1]).filter((id): id is string => !!id).sort();
		for (const [dist, prefix] of [[rootBuild, '/'], [archiveBuild, 'https://example.org/archive/']] as const) {
			const about = await readFile(path.join(dist, 'about/index.html'), 'utf8');
			for (const file of ['export/articles.jsonl', 'export/articles.csv', 'export/sources.zip']) assert.ok(about.includes(`href="${new URL(prefix, 'https://x').pathname}${file}"`), `${file} linked`);
			const lines = (await readFile(path.join(dist, 'export/articles.jsonl'), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l));
			assert.deepEqual(lines.map((l) => l.id).sort(), ids);
			for (const line of lines) {
				assert.equal(line.url, `${prefix}articles/${line.id}/`);
				assert.ok(line.body.length > 200 && line.title && line.source.sha256, line.id);
			}
			const csv = (await readFile(path.join(dist, 'export/articles.csv'), 'utf8')).split('\r\n');
			assert.equal(csv[0], 'id,url,date,dateCertainty,title,agency,publisher,dateline,language,wordCount,sourceFile,sourceSha256');
			assert.equal(csv.filter(Boolean).length, ids.length + 1);
			const zip = readZip(await readFile(path.join(dist, 'export/sources.zip')));
			assert.deepEqual([...zip.keys()].sort(), ids.map((id) => `sources/${id}.txt`));
			for (const [name, bytes] of zip) assert.ok(bytes.equals(await readFile(path.join(dist, name))), `${name}: the raw source`);
		}
	});

	test('two builds from the same sources are byte-identical', async () => {
		const again = await buildSite({ base: '/' });
		const files = await listFiles(rootBuild);
		assert.deepEqual(await listFiles(again), files);
		for (const file of files) {
			const [a, b] = await Promise.all([readFile(path.join(rootBuild, file)), readFile(path.join(again, file))]);
			assert.ok(a.equals(b), `${file} differs`);
		}
	});
});
