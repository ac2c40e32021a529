/**
 * `content/archive.yaml`: the archive's own identity, one typed file. Its name
 * heads every page and titles the feed; its publisher is named in citations
 * and JSON-LD; `language` is the language of the interface; `url`, when the
 * archive has a public address, makes its links absolute (feeds, sitemap,
 * canonical links, citations; SITE_URL overrides it).
 */
import { z } from 'zod';

export const archiveSchema = z.strictObject({
	name: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
	description: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
	language: z.string().regex(/^[a-z]{2,3}$/, 'must be a BCP 47 primary language tag such as en'),
	publisher: z.string().trim().min(1, 'must not be empty'),
	/** The public address of the archive's front page (https://example.org/archive/): its origin, and its path unless BASE_PATH is set. */
	url: z.url({ protocol: /^https?$/, error: 'must be an absolute http or https address such as https://example.org/' }).optional(),
});

export type ArchiveIdentity = z.infer<typeof archiveSchema>;
