import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { articlesDir } from './lib/content-dirs.ts';

// The entries the ingest writes; the same schema the ingest validated them with.
const articles = defineCollection({
	loader: glob({ base: articlesDir, pattern: '*.md', retainBody: false }),
	schema: articleSchema,
});

export const collections = { articles };
