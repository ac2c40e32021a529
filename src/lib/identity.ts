/**
 * The archive's identity, read once at build time from `content/archive.yaml`
 * (or `ARCHIVE_CONFIG`); a missing or invalid file stops the build with the
 * file and the field named.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { archiveSchema, type ArchiveIdentity } from '../schema/archive.ts';

export function readIdentity(file: string): ArchiveIdentity {
	let data: unknown;
	try {
		data = parseYaml(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${file}: ${(error as Error).message.split('\n')[0]}`);
	}
	const result = archiveSchema.safeParse(data);
	if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.') || 'the file'} ${i.message}`).join('; ')}`);
	return result.data;
}

export const identity = readIdentity(path.resolve(process.env.ARCHIVE_CONFIG ?? 'content/archive.yaml'));
