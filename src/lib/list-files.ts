/** Every file under a folder, as sorted paths relative to it with "/" separators (build-time only). */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export async function listFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
		.sort();
}
