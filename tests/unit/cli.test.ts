/**
 * The ingest command as an editor runs it: real folders, a real child process.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from '../../src/schema/article.ts';
import { cleanUp, tempDir as makeTempDir } from '../support/build.ts';
import { CACHE_FILE } from '../../scripts/ingest/cache.ts';

/** The output folder's files, the ingest's cache aside (tests/unit/cache.test.ts is about that). */
const listOut = async (dir: string) => (await readdir(dir)).filter((name) => name !== CACHE_FILE);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(ROOT, 'scripts/ingest.ts');
const SEEDS = path.join(ROOT, 'content/sources');
const BAD = path.join(ROOT, 'tests/fixtures/bad');

after(cleanUp);
const tempDir = () => makeTempDir('ingest-test-');

function ingest(...args: string[]) {
	const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const mdFiles = async (dir: string) => (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();

test('good and bad sources: every good entry written, one line per bad file, exit 1, nothing partial', async () => {
	const out = await tempDir();
	const { code, stderr } = ingest('--sources', BAD, '--out', out);
	assert.equal(code, 1);
	const lines = stderr.trim().split('\n');
	const named = lines.map((line) => path.basename(/^ingest: (\S+):/.exec(line)?.[1] ?? '')).sort();
	assert.deepEqual(named, ['bad-override.txt', 'binary.txt', 'empty.txt', 'html-error-page.txt', 'no-body.txt', 'no-date.txt', 'no-year.txt', 'whitespace-only.txt']);
	assert.ok(lines.every((line) => !/\n\s+at /.test(line)), 'no stack traces');
	assert.match(stderr, /bad-override\.txt: bad-override\.meta\.yaml: .*unknown field "titel"/);
	assert.match(stderr, /no-year\.txt: no date: .*add date and dateBasis in no-year\.meta\.yaml/);
	assert.deepEqual((await listOut(out)), ['2011-09-06-officials-meet-on-harvest.md', 'rejected.json']);
	// The report beside the entries names the same files, each with its reasons (issue 19).
	const report = JSON.parse(await readFile(path.join(out, 'rejected.json'), 'utf8'));
	assert.deepEqual(report.rejected.map((r: { file: string }) => path.basename(r.file)).sort(), named);
	assert.ok(report.rejected.every((r: { reasons: string[] }) => r.reasons.length > 0 && r.reasons.every((reason) => stderr.includes(reason))));
});

test('--check: 0 when the committed entries are current, 1 (and nothing written) when one is stale', async () => {
	assert.equal(ingest('--check').code, 0);
	const out = await tempDir();
	assert.equal(ingest('--sources', SEEDS, '--out', out).code, 0);
	const [first] = await mdFiles(out);
	const edited = `${await readFile(path.join(out, first!), 'utf8')}\nA hand edit.\n`;
	await writeFile(path.join(out, first!), edited);
	const stale = ingest('--sources', SEEDS, '--out', out, '--check');
	assert.equal(stale.code, 1);
	assert.match(stale.stderr, new RegExp(`${first} is stale or missing`));
	assert.equal(await readFile(path.join(out, first!), 'utf8'), edited);
});

test('usage errors exit 2', () => {
	assert.equal(ingest('--bogus').code, 2);
	assert.equal(ingest('--sources', path.join(ROOT, 'no-such-folder')).code, 2);
	assert.equal(ingest('stray-positional').code, 2);
});

test('--json reports each source: id, fields, removed lines, warnings, errors', async () => {
	const out = await tempDir();
	const { code, stdout } = ingest('--sources', BAD, '--out', out, '--json');
	assert.equal(code, 1);
	const reports = (JSON.parse(stdout) as { sources: { file: string; id: string | null; status: string; fields: { date?: string } | null; removed: unknown[]; errors: string[] }[] }).sources;
	const good = reports.find((r) => r.file === 'good.txt')!;
	assert.equal(good.status, 'ingested');
	assert.equal(good.id, '2011-09-06-officials-meet-on-harvest');
	assert.equal(good.fields?.date, '2011-09-06');
	assert.deepEqual(good.errors, []);
	const empty = reports.find((r) => r.file === 'empty.txt')!;
	assert.deepEqual([empty.status, empty.id, empty.errors], ['rejected', null, ['empty file']]);
	const seeds = JSON.parse(ingest('--sources', SEEDS, '--out', await tempDir(), '--json').stdout) as { sources: typeof reports; unknownNames: { name: string; articles: number; inTitle: boolean }[] };
	assert.ok(seeds.sources.find((r) => r.file.startsWith('000_'))!.removed.length >= 7);
	// Names the gazetteer lacks, for the editor: in several articles or in a title; none it has.
	const kremlin = seeds.unknownNames.find((n) => n.name === 'Kremlin');
	assert.ok(kremlin && kremlin.articles >= 2, JSON.stringify(seeds.unknownNames));
	assert.ok(!seeds.unknownNames.some((n) => ['Hollande', 'Putin', 'Turkey', 'Prancis'].includes(n.name)));
	assert.ok(seeds.unknownNames.every((n) => n.articles >= 2 || n.inTitle));
});

test('a bad gazetteer stops the ingest before anything is read or written, naming each bad entry (exit 2)', async () => {
	const out = await tempDir();
	const gazetteer = path.join(await tempDir(), 'gazetteer.yaml');
	await writeFile(gazetteer, '- { id: turkey, type: place, name: Turkey }\n- { id: turkey, type: country, name: Türkiye }\n');
	const { code, stderr } = ingest('--sources', SEEDS, '--out', out, '--gazetteer', gazetteer);
	assert.equal(code, 2);
	assert.match(stderr, /gazetteer\.yaml: entry 2 \(turkey\): type must be one of person, place, organization/);
	assert.deepEqual((await listOut(out)), []);
	assert.equal(ingest('--sources', SEEDS, '--out', out, '--gazetteer', path.join(out, 'missing.yaml')).code, 2);
});

test('removed sources lose their entries; files the ingest did not write are never touched', async () => {
	const sources = await tempDir();
	const out = await tempDir();
	await cp(SEEDS, sources, { recursive: true });
	await writeFile(path.join(out, 'notes.md'), '# Editor notes\n');
	await writeFile(path.join(out, '.ingest-999-old.md.tmp'), 'half a fi');
	assert.equal(ingest('--sources', sources, '--out', out).code, 0);
	assert.equal((await mdFiles(out)).length, 6);
	assert.ok(!(await readdir(out)).some((n) => n.endsWith('.tmp')), 'stale temporary files are cleared');
	await rm(path.join(sources, '001_73f91dd4694867d8.txt'));
	const { code, stdout } = ingest('--sources', sources, '--out', out);
	assert.equal(code, 0);
	assert.match(stdout, /deleted 1/);
	const names = await mdFiles(out);
	assert.equal(names.length, 5);
	assert.ok(!names.some((n) => n.startsWith('2015-11-27')));
	assert.equal(await readFile(path.join(out, 'notes.md'), 'utf8'), '# Editor notes\n');
});

test('byte-identical entries whatever the order of files on disk', async () => {
	const a = await tempDir();
	const b = await tempDir();
	const files = (await readdir(SEEDS)).sort();
	for (const [dir, order] of [[a, files], [b, [...files].reverse()]] as const) {
		await mkdir(path.join(dir, 'src'));
		for (const f of order) await cp(path.join(SEEDS, f), path.join(dir, 'src', f));
		assert.equal(ingest('--sources', path.join(dir, 'src'), '--out', path.join(dir, 'out')).code, 0);
	}
	for (const name of await mdFiles(path.join(a, 'out'))) {
		assert.equal(await readFile(path.join(a, 'out', name), 'utf8'), await readFile(path.join(b, 'out', name), 'utf8'));
	}
	assert.deepEqual(await mdFiles(path.join(a, 'out')), await mdFiles(path.join(ROOT, 'content/articles')));
});

// Ids (twins, renames, removals, pins) are planned in-process: tests/unit/plan.test.ts.

test('an interrupted run leaves only whole entries', async () => {
	const sources = await tempDir();
	const out = await tempDir();
	const seeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt'));
	for (let i = 0; i < 400; i++) {
		const seed = seeds[i % seeds.length]!;
		await cp(path.join(SEEDS, seed), path.join(sources, `${String(i).padStart(3, '0')}-${seed}`));
	}
	const child = spawn(process.execPath, [CLI, '--sources', sources, '--out', out], { stdio: 'ignore' });
	// Kill it once it has written a few entries, while it writes the rest.
	for (let waited = 0; waited < 20_000; waited += 10) {
		await new Promise((resolve) => setTimeout(resolve, 10));
		if ((await readdir(out).catch(() => [])).filter((n) => n.endsWith('.md')).length >= 5) break;
	}
	child.kill('SIGKILL');
	await new Promise((resolve) => child.once('exit', resolve));
	const names = await mdFiles(out);
	assert.ok(names.length > 0);
	for (const name of names) {
		const text = await readFile(path.join(out, name), 'utf8');
		const frontmatter = /^---\n([\s\S]*?)\n---\n\n/.exec(text);
		assert.ok(frontmatter, `${name} is whole`);
		assert.ok(articleSchema.safeParse(parseYaml(frontmatter[1]!)).success, `${name} validates`);
		assert.ok(text.endsWith('\n'));
	}
});
