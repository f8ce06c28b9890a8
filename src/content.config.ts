/**
 * Astro's view of content/: one collection per folder, each validated by the schema in
 * src/lib/schema.ts (the same schemas `npm run check` uses).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, COLLECTIONS, type CollectionName } from './lib/schema.ts';
import { globPattern } from './lib/content-files.ts';

/** A collection read from `content/<name>/`. */
function folderCollection<C extends CollectionName>(name: C) {
  return defineCollection({
    loader: glob({ base: `./content/${name}`, pattern: globPattern(name) }),
    schema: collectionSchemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, folderCollection(name)])) as {
  [C in CollectionName]: ReturnType<typeof folderCollection<C>>;
};
