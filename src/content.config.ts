import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';

// The entries the ingest writes; the same schema the ingest validated them with.
const articles = defineCollection({
	loader: glob({ base: './content/articles', pattern: '*.md' }),
	schema: articleSchema,
});

export const collections = { articles };
