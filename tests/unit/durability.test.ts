/**
 * The ingest against real-world faults (issue 8), as an editor meets them: a
 * real child process on real folders. A full disk is a real tmpfs filled up,
 * a read-only folder a real read-only mount (as root; otherwise a file-size
 * limit and file modes give the same write failures); an unreadable folder is
 * one whose mode forbids reading, and root reads it without the capabilities
 * that override file modes (setpriv), as an ordinary user would.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { cleanUp, ROOT, tempDir as makeTempDir } from '../support/build.ts';
import { generateSources } from '../../scripts/bench/generate.ts';
import { CACHE_FILE } from '../../scripts/ingest/cache.ts';

/** The output folder's files, the ingest's cache aside (tests/unit/cache.test.ts is about that). */
const listOut = async (dir: string) => (await readdir(dir)).filter((name) => name !== CACHE_FILE);

const CLI = path.join(ROOT, 'scripts/ingest.ts');
const SEEDS = path.join(ROOT, 'content/sources');
const GOOD = path.join(ROOT, 'tests/fixtures/bad/good.txt');
const GOOD_ID = '2011-09-06-officials-meet-on-harvest';
const isRoot = process.getuid?.() === 0;
const mounts: string[] = [];

after(async () => {
	for (const dir of mounts) spawnSync('umount', ['-l', dir]);
	await cleanUp();
});
const tempDir = () => makeTempDir('ingest-faults-');

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}
/** `modes`: the child obeys file modes even as root (it runs without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH). */
function ingest(args: string[], options: { modes?: boolean; fileSizeKb?: number } = {}): Run {
	let command: [string, string[]] = [process.execPath, [CLI, ...args]];
	if (options.fileSizeKb) command = ['bash', ['-c', `ulimit -f ${options.fileSizeKb}; exec "$0" "$@"`, process.execPath, CLI, ...args]];
	if (options.modes && isRoot) command = ['setpriv', ['--bounding-set=-dac_override,-dac_read_search', '--', process.execPath, CLI, ...args]];
	const result = spawnSync(command[0], command[1], { cwd: ROOT, encoding: 'utf8' });
	assert.ok(result.status !== null, `${command[0]} could not run: ${result.error?.message ?? result.signal}`);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const ingestAsync = (args: string[]) =>
	new Promise<Run>((resolve) => {
		const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});

/** One line per problem, never a stack trace. */
function assertNoStack(run: Run) {
	assert.doesNotMatch(run.stderr, /\n\s+at |Error: .*\n\s+at /, run.stderr);
}

async function snapshot(dir: string): Promise<Record<string, string>> {
	const files: Record<string, string> = {};
	for (const name of (await listOut(dir)).sort()) files[name] = await readFile(path.join(dir, name), 'utf8').catch(() => '<folder>');
	return files;
}

/** A small real file system (tmpfs) at a fresh folder, or null where this process may not mount one. */
async function smallDisk(kb: number): Promise<string | null> {
	if (!isRoot) return null;
	const dir = await tempDir();
	if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir]).status !== 0) return null;
	mounts.push(dir);
	return dir;
}

test('exit codes: 3 when the output folder is a file; one line, no stack trace (issue 8, case 9)', async () => {
	const dir = await tempDir();
	const out = path.join(dir, 'out');
	await writeFile(out, 'not a folder');
	const run = ingest(['--sources', SEEDS, '--out', out]);
	assert.equal(run.code, 3);
	assert.equal(run.stderr.trim().split('\n').length, 1);
	assert.match(run.stderr, /--out .*out: not a folder/);
	assertNoStack(run);
	assert.equal(ingest(['--sources', SEEDS, '--out', out, '--years', '2020-1990']).code, 2);
});

test('a full disk keeps every old entry, exits 3 with one line, and the next run completes (issue 8, case 3)', async () => {
	const sources = await tempDir();
	await cp(SEEDS, sources, { recursive: true });
	const disk = await smallDisk(256);
	const out = disk ?? (await tempDir());
	assert.equal(ingest(['--sources', sources, '--out', out]).code, 0);
	const before = await snapshot(out);
	// An edit that moves an entry to a new id: the new file must be written before the old one goes.
	await writeFile(path.join(sources, '000_77eab4664a4e4667.meta.yaml'), 'id: 2015-11-17-kremlin-contact-with-french-navy\n');
	let run: Run;
	if (disk) {
		// Fill the disk with a file that is not the ingest's.
		const filler = path.join(out, 'filler.bin');
		for (let size = 1 << 20; size >= 512; size >>= 1) {
			await writeFile(filler, Buffer.alloc(size), { flag: 'a' }).catch(() => {});
		}
		run = ingest(['--sources', sources, '--out', out]);
		assert.match(run.stderr, /no space left on the device \(ENOSPC\)/);
		await rm(filler);
	} else {
		run = ingest(['--sources', sources, '--out', out], { fileSizeKb: 4 });
		assert.match(run.stderr, /file too large for this system \(EFBIG\)/);
	}
	assert.equal(run.code, 3);
	assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
	assertNoStack(run);
	assert.deepEqual(await snapshot(out), before, 'every old entry is there, untouched, and no temporary file is left');
	const again = ingest(['--sources', sources, '--out', out]);
	assert.equal(again.code, 0, again.stderr);
	const names = Object.keys(await snapshot(out));
	assert.ok(names.includes('2015-11-17-kremlin-contact-with-french-navy.md'));
	assert.ok(!names.includes('2015-11-17-kremlin-putin-orders-setting-up-contact-with-french-navy-after.md'));
	assert.match(await readFile(path.join(out, 'retired-ids.yaml'), 'utf8'), /2015-11-17-kremlin-putin-orders-setting-up-contact-with-french-navy-after: 000_77eab4664a4e4667\.txt/);
});

test('a read-only output folder: exit 3, one line, nothing lost (issue 8, case 9)', async () => {
	const sources = await tempDir();
	await cp(GOOD, path.join(sources, 'a.txt'));
	const disk = await smallDisk(64);
	const out = disk ?? (await tempDir());
	assert.equal(ingest(['--sources', sources, '--out', out]).code, 0);
	await cp(GOOD, path.join(sources, 'b.txt'));
	const before = await snapshot(out);
	let run: Run;
	if (disk && spawnSync('mount', ['-o', 'remount,ro', disk]).status === 0) {
		run = ingest(['--sources', sources, '--out', out]);
		assert.match(run.stderr, /read-only \(EROFS\)/);
	} else {
		await chmod(out, 0o555);
		run = ingest(['--sources', sources, '--out', out], { modes: true });
		assert.match(run.stderr, /permission denied \(EACCES\)/);
	}
	assert.equal(run.code, 3);
	assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
	assertNoStack(run);
	assert.deepEqual(await snapshot(out), before);
});

test('an unreadable sub-folder of sources stops the run (exit 3) instead of deleting its entries (issue 8, case 9)', async () => {
	const sources = await tempDir();
	const out = await tempDir();
	await mkdir(path.join(sources, 'sub'));
	await cp(GOOD, path.join(sources, 'sub/a.txt'));
	assert.equal(ingest(['--sources', sources, '--out', out], { modes: true }).code, 0);
	await chmod(path.join(sources, 'sub'), 0o000);
	const run = ingest(['--sources', sources, '--out', out], { modes: true });
	await chmod(path.join(sources, 'sub'), 0o755);
	assert.equal(run.code, 3);
	assert.match(run.stderr, /cannot read the sources folder .*sub: permission denied \(EACCES\)/);
	assertNoStack(run);
	assert.deepEqual((await listOut(out)), [`${GOOD_ID}.md`]);
});

test('a lock held by a live ingest: wait, then exit 3; a stale lock is taken over (issue 8, case 8)', async () => {
	const sources = await tempDir();
	const out = await tempDir();
	await cp(GOOD, path.join(sources, 'a.txt'));
	await symlink(String(process.pid), path.join(out, '.ingest.lock'));
	const locked = ingest(['--sources', sources, '--out', out, '--wait', '0.3']);
	assert.equal(locked.code, 3);
	assert.match(locked.stderr, new RegExp(`locked by another ingest \\(process ${process.pid}`));
	assert.deepEqual((await listOut(out)).sort(), ['.ingest.lock']);
	// The process that held it is gone (pid 2^22 + 1 is beyond Linux's pid range).
	await rm(path.join(out, '.ingest.lock'));
	await symlink('4194305', path.join(out, '.ingest.lock'));
	const stale = ingest(['--sources', sources, '--out', out, '--wait', '0']);
	assert.equal(stale.code, 0, stale.stderr);
	assert.deepEqual((await listOut(out)).sort(), [`${GOOD_ID}.md`]);
});

test('three ingests at once into one folder, three times: each waits its turn, all succeed, the result is one run\'s (issue 8, case 8)', async () => {
	// 300 sources: enough for parsing threads and a long write phase, where runs without a lock collided
	// (one's clean-up deleted another's temporary files: 2 crashes in 11 such trials before the lock).
	const sources = await tempDir();
	await generateSources(SEEDS, sources, 300);
	const single = await tempDir();
	assert.equal(ingest(['--sources', sources, '--out', single]).code, 0);
	const expected = await snapshot(single);
	for (let trial = 0; trial < 3; trial++) {
		const out = await tempDir();
		const runs = await Promise.all([0, 1, 2].map(() => ingestAsync(['--sources', sources, '--out', out])));
		assert.deepEqual(runs.map((r) => r.code), [0, 0, 0], runs.map((r) => r.stderr).join('\n'));
		assert.deepEqual(await snapshot(out), expected, 'no lock or temporary file left, the same entries');
	}
});

test('user files named .ingest-* are never touched; a killed run\'s temporary files are cleared (issue 8, case 9)', async () => {
	const sources = await tempDir();
	const out = await tempDir();
	await cp(GOOD, path.join(sources, 'a.txt'));
	await writeFile(path.join(out, '.ingest-notes'), 'mine');
	await writeFile(path.join(out, '.ingest-plan.md'), 'mine too');
	await writeFile(path.join(out, `.ingest-999-${GOOD_ID}.md.tmp`), 'half a fi');
	assert.equal(ingest(['--sources', sources, '--out', out]).code, 0);
	assert.deepEqual((await listOut(out)).sort(), ['.ingest-notes', '.ingest-plan.md', `${GOOD_ID}.md`]);
});

test('a source replaced by a link keeps its entry; a link to nothing is that source\'s error and its entry stays (issue 8, case 9)', async () => {
	const dir = await tempDir();
	const sources = path.join(dir, 'sources');
	const out = path.join(dir, 'out');
	await mkdir(sources);
	await cp(GOOD, path.join(sources, 'a.txt'));
	assert.equal(ingest(['--sources', sources, '--out', out]).code, 0);
	const entry = await readFile(path.join(out, `${GOOD_ID}.md`), 'utf8');
	await cp(GOOD, path.join(dir, 'elsewhere.txt'));
	await rm(path.join(sources, 'a.txt'));
	await symlink(path.join(dir, 'elsewhere.txt'), path.join(sources, 'a.txt'));
	const linked = ingest(['--sources', sources, '--out', out]);
	assert.equal(linked.code, 0, linked.stderr);
	assert.match(linked.stdout, /1 of 1 sources ingested; wrote 0, deleted 0, 1 unchanged/);
	await rm(path.join(dir, 'elsewhere.txt'));
	const dangling = ingest(['--sources', sources, '--out', out]);
	assert.equal(dangling.code, 1);
	assert.match(dangling.stderr, /a\.txt: is a link to a file that does not exist/);
	assert.equal(await readFile(path.join(out, `${GOOD_ID}.md`), 'utf8'), entry);
});

test('limits instead of crashes: a source over 5 MB is rejected, a long one is ingested, the others are written (issue 8, case 4)', async () => {
	const sources = await tempDir();
	const out = await tempDir();
	const good = await readFile(GOOD, 'utf8');
	const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} says the officials met again that day in 2011.`).join('\n\n');
	await writeFile(path.join(sources, 'huge.txt'), `${good}\n\n${paragraphs(200_000)}\n`);
	await writeFile(path.join(sources, 'long.txt'), `${good}\n\n${paragraphs(20_000)}\n`);
	await cp(GOOD, path.join(sources, 'z.txt'));
	const run = ingest(['--sources', sources, '--out', out]);
	assert.equal(run.code, 1);
	assertNoStack(run);
	assert.match(run.stderr, /huge\.txt: is 1\d\.\d MB, over the 5 MB limit for one source/);
	assert.equal(run.stderr.trim().split('\n').length, 1);
	assert.equal((await readdir(out)).filter((n) => n.endsWith('.md')).length, 2);
});

test('dates: an impossible date is named as such; a year outside the accepted range is rejected with the range (issue 8, case 9)', async () => {
	const sources = await tempDir();
	const out = await tempDir();
	const good = await readFile(GOOD, 'utf8');
	await writeFile(path.join(sources, 'feb30.txt'), good.replace('September 6, 2011', 'February 30, 2015'));
	await writeFile(path.join(sources, 'future.txt'), good.replace('September 6, 2011', 'September 6, 2099'));
	const run = ingest(['--sources', sources, '--out', out]);
	assert.equal(run.code, 1);
	assert.match(run.stderr, /feb30\.txt: no date: "February 30, 2015" is not a real date/);
	assert.match(run.stderr, /future\.txt: the date 2099-09-06 \(read from the text\) is outside the accepted years 1800-\d{4}/);
	assert.equal(ingest(['--sources', sources, '--out', out, '--years', '1800-2100']).code, 1, 'feb30 still has no date');
	assert.ok((await readdir(out)).some((n) => n.startsWith('2099-09-06')));
});

test('an override written both as .meta.yaml and .meta.yml is named, not silently half-read (issue 8, case 9)', async () => {
	const sources = await tempDir();
	await cp(GOOD, path.join(sources, 'a.txt'));
	await writeFile(path.join(sources, 'a.meta.yaml'), 'title: One title for the officials\n');
	await writeFile(path.join(sources, 'a.meta.yml'), 'title: Another title for them\n');
	const run = ingest(['--sources', sources, '--out', await tempDir()]);
	assert.equal(run.code, 1);
	assert.match(run.stderr, /a\.meta\.yml: a\.meta\.yaml is beside it too; only a\.meta\.yaml is read/);
});

test('a rejected source keeps its entry and its twin keeps its id (issue 8, case 1)', async () => {
	const sources = await tempDir();
	const out = await tempDir();
	for (const name of ['a.txt', 'b.txt']) await cp(GOOD, path.join(sources, name));
	assert.equal(ingest(['--sources', sources, '--out', out]).code, 0);
	const before = await snapshot(out);
	await writeFile(path.join(sources, 'a.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
	const run = ingest(['--sources', sources, '--out', out]);
	assert.equal(run.code, 1);
	// Every entry as it was; beside them, the report of the rejection (issue 19).
	const { 'rejected.json': report, ...entries } = await snapshot(out);
	assert.deepEqual(entries, before);
	assert.deepEqual(JSON.parse(report!).rejected.map((r: { file: string }) => path.basename(r.file)), ['a.txt']);
});
