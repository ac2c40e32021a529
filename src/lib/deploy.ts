/**
 * Deployment settings: the absolute origin the site is served from (optional)
 * and the sub-path (default "/"). SITE_URL from the environment wins; else the
 * `url` of content/archive.yaml gives the origin (and the path, unless
 * BASE_PATH is set). Without either the build leaves out what needs an
 * absolute address, and says so once (`NO_SITE_URL`).
 */
export interface DeployConfig {
	site: string | undefined;
	base: string;
}

export function normalizeBase(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** `archiveUrl`: the identity file's `url` (already checked by its schema). */
export function siteConfig(env: Record<string, string | undefined>, archiveUrl?: string): DeployConfig {
	const raw = env.SITE_URL?.trim();
	if (raw) {
		let url: URL;
		try {
			url = new URL(raw);
		} catch (error) {
			throw new Error(`SITE_URL must be an absolute URL such as https://example.org, not "${raw}"`, { cause: error });
		}
		return { site: url.origin, base: normalizeBase(env.BASE_PATH) };
	}
	if (archiveUrl) {
		const url = new URL(archiveUrl);
		return { site: url.origin, base: normalizeBase(env.BASE_PATH?.trim() ? env.BASE_PATH : url.pathname) };
	}
	return { site: undefined, base: normalizeBase(env.BASE_PATH) };
}

/** The one line a build without a site URL prints. */
export const NO_SITE_URL =
	'No site URL (set SITE_URL, or url in content/archive.yaml): this build leaves out the feeds, the sitemap and every absolute address (Open Graph URLs, citation URLs; canonical links are paths), and publishes no localhost address';
