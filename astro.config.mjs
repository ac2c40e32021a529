// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/lib/deploy.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import redirects from './src/integrations/redirects.ts';
import articleFiles from './src/integrations/article-files.ts';

// SITE_URL (absolute origin, optional) and BASE_PATH (default "/") come from the
// environment, so one build can be hosted at any origin and under any sub-path.
const { site, base } = siteConfig(process.env);
const search = pagefindIndex();

export default defineConfig({
	...(site ? { site } : {}),
	// Test builds keep their content caches apart (see tests/support/build.ts).
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	base,
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Entry bodies are plain CommonMark paragraphs and headings written by the
	// ingest (and GFM tables); the page shows their text exactly: no smart quotes, no footnotes.
	markdown: { processor: satteri({ features: { gfm: { footnotes: false }, smartPunctuation: false } }) },
	devToolbar: { enabled: false },
	// Order matters: the search index is built from the article pages (redirect pages too) while the raw sources
	// and citations are written and the offline lists are made; those list the search index once it is done.
	integrations: [
		{
			name: 'archive:site-url',
			hooks: {
				'astro:build:start': ({ logger }) => {
					if (!site) logger.warn('SITE_URL is not set: citations, the feed and the sitemap hold local paths (http://localhost:4321 in the feed and sitemap); set SITE_URL to the public origin');
				},
			},
		},
		redirects(),
		search,
		articleFiles(),
		offline({ searchIndexed: search.indexed }),
	],
});
