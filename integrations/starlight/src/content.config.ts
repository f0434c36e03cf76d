// Starlight's docs collection, read from the page that every Markdown site of integrations/ shares.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: glob({ base: '../markdown/content', pattern: '**/*.md' }), schema: docsSchema() }),
};
