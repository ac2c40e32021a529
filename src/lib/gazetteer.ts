/**
 * Reading `content/gazetteer.yaml` (or the file the ingest or the build is
 * pointed at): the entities, or an error naming the file and each bad entry.
 * A missing file is an empty gazetteer only where the caller allows it.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { checkGazetteer, type Entity } from '../schema/gazetteer.ts';

export class GazetteerError extends Error {}

export function readGazetteer(file: string, { optional = false } = {}): Entity[] {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw new GazetteerError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
	let data: unknown;
	try {
		data = parseYaml(text);
	} catch (error) {
		throw new GazetteerError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
	}
	const { entities, problems } = checkGazetteer(data);
	if (problems.length > 0) throw new GazetteerError(problems.map((problem) => `${file}: ${problem}`).join('\n'));
	return entities;
}
