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
}

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
		for (const entry of entries) {
			// Hidden files and folders (an editor's .DS_Store, a .git) are not sources.
			if (entry.name.startsWith('.')) continue;
			const file = `${prefix}${entry.name}`;
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) await walk(full, `${file}/`);
			else if (entry.isFile()) listed.push({ file, problem: null, size: (await stat(full).catch(() => ({ size: 0 }))).size });
			else if (entry.isSymbolicLink()) {
				const target = await stat(full).catch(() => null);
				if (target?.isFile()) listed.push({ file, problem: null, size: target.size });
				else listed.push({ file, problem: target ? 'is a link to a folder, which is not followed' : 'is a link to a file that does not exist', size: 0 });
			}
		}
	};
	await walk(root, '');
	return listed.sort((a, b) => byCodePoint(a.file, b.file));
}
