// The benchmark's minimal Astro baseline: the same entries and Markdown processor
// (Sätteri) as the archive, one page per article and a front page, nothing else;
// Pagefind's CLI indexes it afterwards.
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
	devToolbar: { enabled: false },
});
