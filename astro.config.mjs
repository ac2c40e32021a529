// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/lib/deploy.ts';
import { identity } from './src/lib/identity.ts';
import siteUrl from './src/integrations/site-url.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import redirects from './src/integrations/redirects.ts';
import articleFiles from './src/integrations/article-files.ts';

// SITE_URL (absolute origin, optional; else the url of content/archive.yaml) and
// BASE_PATH (default "/") come from the environment, so one build can be hosted at
// any origin and under any sub-path.
const { site, base } = siteConfig(process.env, identity.url);
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
		siteUrl(site),
		redirects(),
		search,
		articleFiles(),
		offline({ searchIndexed: search.indexed }),
	],
});
