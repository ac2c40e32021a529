/**
 * Run a command and measure its wall time and the peak resident memory of its
 * whole process tree (Pagefind's indexer, for one, is a child process), by
 * sampling /proc/<pid>/stat every 200 ms (cheap enough not to slow what it
 * measures). Linux only.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface Measured {
	seconds: number;
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

export async function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
	const start = performance.now();
	const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
	return { seconds: (performance.now() - start) / 1000, peakRssMb: peak / 1024, code, output };
}
