import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The archive's entries, with no schema beyond Astro's own: the baseline does the least.
const articles = defineCollection({ loader: glob({ base: process.env.ARCHIVE_ARTICLES!, pattern: '*.md', retainBody: false }) });
export const collections = { articles };
