/**
 * The sources folder: every file under it (hidden names aside), following
 * links to files. A folder that cannot be read stops the run (its sources
 * would look deleted and lose their entries); a link to nothing is that
 * source's error, and its last entry stays.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, EnvironmentError } from './output.ts';

export interface Listed {
	/** Relative path with "/" separators. */
	file: string;
	/** Why it cannot be a source (a link to nothing, a link to a folder); null when it is a file. */
	problem: string | null;
	size: number;
	/** Last modification, with the size the stamp that lets an unchanged file go unread (the ingest's cache). */
	mtimeMs: number;
}

const STAT_BATCH = 256;
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function listSources(root: string): Promise<Listed[]> {
	const listed: Listed[] = [];
	const walk = async (folder: string, prefix: string): Promise<void> => {
		let entries;
		try {
			entries = await readdir(folder, { withFileTypes: true });
		} catch (error) {
			throw new EnvironmentError(`cannot read the sources folder ${folder}: ${describe(error)}`);
		}
		// Hidden files and folders (an editor's .DS_Store, a .git) are not sources.
		const visible = entries.filter((entry) => !entry.name.startsWith('.'));
		for (const entry of visible) if (entry.isDirectory()) await walk(path.join(folder, entry.name), `${prefix}${entry.name}/`);
		// The files' sizes and times, many at once (one at a time, 10,000 of them take half a second).
		const files = visible.filter((entry) => entry.isFile() || entry.isSymbolicLink());
		for (let start = 0; start < files.length; start += STAT_BATCH) {
			const found = await Promise.all(files.slice(start, start + STAT_BATCH).map((entry) => stat(path.join(folder, entry.name)).catch(() => null)));
			files.slice(start, start + STAT_BATCH).forEach((entry, i) => {
				const file = `${prefix}${entry.name}`;
				const target = found[i];
				if (entry.isFile()) listed.push({ file, problem: null, size: target?.size ?? 0, mtimeMs: target?.mtimeMs ?? 0 });
				else if (target?.isFile()) listed.push({ file, problem: null, size: target.size, mtimeMs: target.mtimeMs });
				else listed.push({ file, problem: target ? 'is a link to a folder, which is not followed' : 'is a link to a file that does not exist', size: 0, mtimeMs: 0 });
			});
		}
	};
	await walk(root, '');
	return listed.sort((a, b) => byCodePoint(a.file, b.file));
}
