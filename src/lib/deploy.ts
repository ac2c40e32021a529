/**
 * Deployment settings from the environment: SITE_URL is the absolute origin
 * the site is served from (optional), BASE_PATH the sub-path (default "/").
 */
export interface DeployConfig {
	site: string | undefined;
	base: string;
}

export function normalizeBase(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function siteConfig(env: Record<string, string | undefined>): DeployConfig {
	const raw = env.SITE_URL?.trim();
	let site: string | undefined;
	if (raw) {
		let url: URL;
		try {
			url = new URL(raw);
		} catch (error) {
			throw new Error(`SITE_URL must be an absolute URL such as https://example.org, not "${raw}"`, { cause: error });
		}
		site = url.origin;
	}
	return { site, base: normalizeBase(env.BASE_PATH) };
}
