/**
 * Publishing that one bad source cannot stop (issue 19): `npm run build`'s script
 * with a folder of good sources and one the ingest rejects, the real ingest and
 * the real `astro build`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { cleanUp, ROOT, tempDir } from '../support/build.ts';

after(cleanUp);

const GOOD = ['000_77eab4664a4e4667.txt', '004_d73bbc3d34addd6b.txt'];

async function archive(): Promise<{ sources: string; articles: string }> {
	const sources = await tempDir('sources-');
	for (const name of GOOD) await copyFile(path.join(ROOT, 'content/sources', name), path.join(sources, name));
	// Nothing but a menu and a copyright line: no story in it.
	await writeFile(path.join(sources, 'menu-only.txt'), 'Home | News | Sport | Weather\n\n© 2024 Example News. All rights reserved.\n');
	return { sources, articles: await tempDir('entries-') };
}

function build(dirs: { sources: string; articles: string }, args: string[], env: Record<string, string> = {}) {
	const childEnv: NodeJS.ProcessEnv = { ...process.env, ARCHIVE_SOURCES: dirs.sources, ARCHIVE_ARTICLES: dirs.articles, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1', ...env };
	delete childEnv.CI;
	delete childEnv.SITE_URL;
	Object.assign(childEnv, env);
	return spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts'), ...args], { cwd: ROOT, env: childEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

test('a build with one rejected source publishes the good ones, exits 0 and names the rejected one', async () => {
	const dirs = await archive();
	const outDir = await tempDir('site-');
	const result = build(dirs, ['--outDir', outDir], { ASTRO_CACHE_DIR: await tempDir('astro-cache-') });
	assert.equal(result.status, 0, result.stderr);
	const entries = (await readdir(dirs.articles)).filter((n) => n.endsWith('.md'));
	assert.equal(entries.length, GOOD.length);
	for (const entry of entries) assert.ok(existsSync(path.join(outDir, 'articles', entry.replace(/\.md$/, ''), 'index.html')), entry);
	// Named at the end of the output, after Astro's own lines, and in the report beside the entries.
	const tail = result.stderr.slice(result.stderr.lastIndexOf('build: published the rest'));
	assert.match(tail, /1 source or problem rejected/);
	assert.match(tail, /menu-only\.txt: \S/);
	const report = JSON.parse(await readFile(path.join(dirs.articles, 'rejected.json'), 'utf8'));
	assert.deepEqual(report.rejected.map((r: { file: string }) => path.basename(r.file)), ['menu-only.txt']);
	assert.ok(report.rejected[0].reasons[0].length > 0);
});

test('--strict, or CI, fails on any rejection before anything is built', async () => {
	for (const [args, env] of [[['--strict'], {}], [[], { CI: 'true' }]] as const) {
		const dirs = await archive();
		const outDir = path.join(await tempDir('site-'), 'dist');
		const result = build(dirs, [...args, '--outDir', outDir], env);
		assert.equal(result.status, 1, `${args.join(' ')} ${JSON.stringify(env)}: ${result.stderr}`);
		assert.match(result.stderr, /menu-only\.txt/);
		assert.match(result.stderr, /nothing was built/);
		assert.ok(!existsSync(outDir), 'no site written');
	}
});

test('a build with nothing rejected leaves no report behind', async () => {
	const dirs = await archive();
	await writeFile(path.join(dirs.articles, 'rejected.json'), '{"rejected":[{"file":"old.txt","reasons":["stale"]}],"problems":[]}\n');
	const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), '--sources', path.join(ROOT, 'content/sources'), '--out', dirs.articles], { cwd: ROOT, encoding: 'utf8' });
	assert.equal(result.status, 0, result.stderr);
	assert.ok(!existsSync(path.join(dirs.articles, 'rejected.json')));
});
