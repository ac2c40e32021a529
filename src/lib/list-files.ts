/** Every file under a folder, as sorted paths relative to it with "/" separators (build-time only). */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const relative = (root: string, entry: { parentPath: string; name: string }) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');

/** `enter` chooses the top-level folders walked (all by default): one being written meanwhile is left alone. */
export async function listFiles(root: string, enter: (folder: string) => boolean = () => true): Promise<string[]> {
	const files: string[] = [];
	for (const entry of await readdir(root, { withFileTypes: true })) {
		if (entry.isFile()) files.push(entry.name);
		else if (entry.isDirectory() && enter(entry.name)) {
			const inside = await readdir(path.join(root, entry.name), { recursive: true, withFileTypes: true });
			for (const file of inside) if (file.isFile()) files.push(relative(root, file));
		}
	}
	return files.sort();
}
