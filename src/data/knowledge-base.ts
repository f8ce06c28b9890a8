/**
 * The one bridge from Astro's content collections to the knowledge base: pages call
 * `loadKnowledgeBase()` and never read collections or recompute relations themselves.
 */
import { getCollection } from 'astro:content';
import { buildKnowledgeBase, type Entity, type KbEntry, type KnowledgeBase } from '../lib/kb.ts';
import { COLLECTIONS, type CollectionName } from '../lib/schema.ts';

let cached: Promise<KnowledgeBase> | undefined;

/** The knowledge base built from every collection (built once per build). */
export function loadKnowledgeBase(): Promise<KnowledgeBase> {
  cached ??= (async () => {
    const lists = await Promise.all(COLLECTIONS.map((collection) => getCollection(collection)));
    const entries = lists.flat().map((entry) => ({
      collection: entry.collection,
      id: entry.id,
      data: entry.data,
      file: entry.filePath,
    })) as KbEntry[];
    return buildKnowledgeBase(entries);
  })();
  return cached;
}

/** `getStaticPaths` of an entry route: one page per entry of `collection`. */
export async function entryPaths(collection: CollectionName) {
  const kb = await loadKnowledgeBase();
  return kb.byCollection[collection].map((entity) => ({ params: { id: entity.id } }));
}

/** The knowledge base and the entity a route's `id` names, typed by collection. */
export async function loadEntity<C extends CollectionName>(collection: C, id: string | undefined): Promise<{ kb: KnowledgeBase; entity: Entity<C> }> {
  const kb = await loadKnowledgeBase();
  const entity = kb.get(id ?? '');
  if (entity.collection !== collection) throw new Error(`"${id}" is not in ${collection}`);
  return { kb, entity: entity as Entity<C> };
}
