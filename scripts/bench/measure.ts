/**
 * Run a command and measure its wall time, CPU time and the peak resident memory of its
 * whole process tree (Pagefind's indexer, for one, is a child process), by
 * sampling /proc/<pid>/stat every 200 ms (cheap enough not to slow what it
 * measures). Linux only.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface Measured {
	seconds: number;
	/** User + system CPU time of the command and every child it waited for. */
	cpuSeconds: number;
	peakRssMb: number;
	code: number | null;
	output: string;
}

const PAGE_KB = 4;

async function treeRssKb(root: number): Promise<number> {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of await readdir('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// pid (comm) state ppid ... rss is field 24; comm may hold spaces, so split after ')'.
			const stat = await readFile(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ppid = Number(fields[1]);
			rss.set(Number(name), Number(fields[21]) * PAGE_KB);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// the process ended while we looked
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** The command runs under bash, whose `times` then reports the CPU time of its waited-for children. */
const WRAPPER = 'set +e; "$@"; code=$?; printf "\\n@@cpu " >&2; times >&2; exit $code';
const seconds = (text: string) => [...text.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);

export async function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
	const start = performance.now();
	const child = spawn('bash', ['-c', WRAPPER, 'measure', command, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	let peak = 0;
	let running = true;
	const sampler = (async () => {
		while (running) {
			peak = Math.max(peak, await treeRssKb(child.pid!));
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	})();
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	running = false;
	await sampler;
	// `times` prints the shell's own user and system time, then its children's: the second line is the command's.
	const cpu = /\n@@cpu .*\n(.*)\n?$/.exec(output);
	return { seconds: (performance.now() - start) / 1000, cpuSeconds: cpu ? seconds(cpu[1]!) : Number.NaN, peakRssMb: peak / 1024, code, output: cpu ? output.slice(0, cpu.index) : output };
}
