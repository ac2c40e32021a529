/**
 * Builds the Pagefind search index from the finished site, inside `astro
 * build`, with Pagefind's CLI in a child process (the Node API runs the same
 * binary as a service, but when that process died, out of memory at 100,000
 * articles, its promise never settled and `astro build` exited 0 with no
 * index). The child's exit is checked: an index that was not written fails the
 * build, naming the signal. Pages mark what is indexed (`data-pagefind-body` on
 * article pages only, so only those are read); Pagefind writes one index per
 * `<html lang>`.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs Pagefind's CLI (the package's own runner, under `root`'s node_modules) over `site`; resolves to its output, rejects with why it failed. */
export function runPagefind(root: string, site: string, glob: string): Promise<string> {
	const cli = path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, '--site', site, '--glob', glob], { stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (code === 0) resolve(output);
			else reject(new Error(`Pagefind ${signal ? `was killed (${signal}${signal === 'SIGKILL' ? ', most likely out of memory' : ''})` : `exited with code ${code}`}: ${output.trim().split('\n').slice(-5).join(' / ')}`));
		});
	});
}

export default function pagefindIndex(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'archive:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				// Only the article pages carry data-pagefind-body: the others (source viewers, lists, entity
				// pages) need not be read and parsed at all.
				const output = await runPagefind(root, site, 'articles/*/index.html');
				await access(path.join(site, 'pagefind', 'pagefind-entry.json')).catch(() => {
					throw new Error(`Pagefind wrote no index into pagefind/: ${output.trim().split('\n').slice(-5).join(' / ')}`);
				});
				const pages = /Indexed (\d+) pages?/.exec(output)?.[1];
				logger.info(`indexed ${pages ?? 'the'} pages into pagefind/`);
			},
		},
	};
}
