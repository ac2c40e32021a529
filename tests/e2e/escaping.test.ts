/**
 * Text from sources is always text: a source whose title and body hold
 * <script>, <img onerror> and javascript: links builds pages on which none of
 * them becomes an element, and no dialog opens.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, cleanUp, ingestInto, ROOT } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/sources');
const ARTICLE = 'articles/2013-03-12-script-alert-title-script-officials-deny-report-img-src-x-onerror/';
const TITLE = '<script>alert("title")</script> Officials *deny* report <img src=x onerror=alert(1)>';

let browser: Browser;
let server: StaticServer;

before(async () => {
	const entries = await ingestInto(FIXTURES);
	const dist = await buildSite({ articles: entries, sources: FIXTURES });
	server = await serveStatic(dist);
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
	await server?.close();
	await cleanUp();
});

for (const route of ['', ARTICLE, 'timeline/2013/03/', 'agencies/xinhua/']) {
	test(`/${route}: source text shows as text, no element, no dialog`, async () => {
		const page = await browser.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(server.url(route));
		await page.waitForLoadState('load');
		assert.equal(await page.locator('body script, body img, body iframe, body [onerror]').count(), 0);
		assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
		assert.ok((await page.locator('main').textContent())!.includes(TITLE));
		assert.deepEqual(dialogs, []);
		await page.close();
	});
}

test('the body keeps Markdown- and HTML-looking lines as literal paragraphs', async () => {
	const page = await browser.newPage();
	await page.goto(server.url(ARTICLE));
	const paragraphs = await page.locator('.article-body > p').allTextContents();
	assert.deepEqual(paragraphs, [
		'# This line starts with a hash but is a sentence of the article.',
		'1. The first point of the statement was read aloud, officials said.',
		'Some text with *stars*, _underscores_, `backticks` and a [link](javascript:alert(2)) that must stay literal.',
		'An inline <script>alert(3)</script> tag and <img src=x onerror=alert(4)> must be shown as text, not run.',
		'> A line that starts like a quotation block, but is only a sentence.',
		'- A line that starts like a list item is still a paragraph of the source.',
	]);
	assert.equal(await page.locator('.article-body > :not(p)').count(), 0);
	await page.close();
});

test('a raw source named like a web page is published as text, never as a page', async () => {
	const page = await browser.newPage();
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(server.url('articles/2013-05-14-officials-open-new-bridge/'));
	// Read as HTML: its headline is the text of its first line, not the tag; its script never reaches the body.
	assert.equal(await page.locator('h1').textContent(), 'Officials open new bridge');
	assert.doesNotMatch(await page.locator('.article-body').textContent() ?? '', /alert|<script/);
	const href = await page.getByRole('link', { name: 'raw bytes' }).getAttribute('href');
	assert.equal(href, '/sources/2013-05-14-officials-open-new-bridge.txt');
	const response = await page.goto(new URL(href!, server.origin).href);
	assert.match(response!.headers()['content-type'] ?? '', /^text\/plain/);
	assert.match(await page.locator('body').textContent() ?? '', /<script>alert\(5\)<\/script>/);
	// The source viewer shows the page's markup as text.
	await page.goto(server.url('sources/2013-05-14-officials-open-new-bridge/'));
	assert.match(await page.locator('pre.source-text').textContent() ?? '', /<p>Officials open new bridge<\/p>[\s\S]*<script>alert\(5\)<\/script>/);
	assert.equal(await page.locator('main script').count(), 0);
	assert.equal((await page.request.get(server.url('sources/scraped%20page.html'))).status(), 404);
	assert.equal((await page.request.get(server.url('sources/scraped%20page.html.txt'))).status(), 404);
	assert.deepEqual(dialogs, []);
	await page.close();
});

test('a page from a WARC: published as cleaned text, its raw payload served as text, its viewer naming the archive and capture', async () => {
	const page = await browser.newPage();
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(server.url('articles/2024-04-30-port-workers-end-strike-after-pay-deal/'));
	assert.equal(await page.locator('h1').textContent(), 'Port workers end strike after pay deal');
	assert.equal(await page.locator('body script:not([type="application/ld+json"]):not([src]), body iframe, body svg script, [onerror], [onclick], [onload], base, meta[http-equiv="refresh"]').count(), 0);
	assert.equal(await page.locator('a[href^="javascript:"], a[href*="evil.example"]').count(), 0);
	const href = await page.getByRole('link', { name: 'raw bytes' }).getAttribute('href');
	const response = await page.goto(new URL(href!, server.origin).href);
	assert.match(response!.headers()['content-type'] ?? '', /^text\/plain/);
	assert.match(await page.locator('body').textContent() ?? '', /alert\("warc script"\)/);
	await page.goto(server.url('sources/2024-04-30-port-workers-end-strike-after-pay-deal/'));
	const facts = await page.locator('.source-facts').textContent();
	assert.match(facts ?? '', /crawl-2024-05\.warc\.gz/);
	assert.match(facts ?? '', /https:\/\/harbour\.example\/port-strike/);
	assert.match(facts ?? '', /2024-05-01 08:00:04 UTC/);
	assert.match(await page.locator('pre.source-text').textContent() ?? '', /<script>document\.cookie/);
	// The charset only the record's HTTP header gives: the viewer decodes by it.
	await page.goto(server.url('sources/2024-04-29-ceske-drahy-zavedou-nove-spoje-do-polska/'));
	assert.match(await page.locator('pre.source-text').textContent() ?? '', /České dráhy zavedou/);
	assert.deepEqual(dialogs, []);
	await page.close();
});
