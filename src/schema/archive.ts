/**
 * `content/archive.yaml`: the archive's own identity, one typed file. Its name
 * heads every page and titles the feed; its publisher is named in citations
 * and JSON-LD; `language` is the language of the interface.
 */
import { z } from 'zod';

export const archiveSchema = z.strictObject({
	name: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
	description: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
	language: z.string().regex(/^[a-z]{2,3}$/, 'must be a BCP 47 primary language tag such as en'),
	publisher: z.string().trim().min(1, 'must not be empty'),
});

export type ArchiveIdentity = z.infer<typeof archiveSchema>;
