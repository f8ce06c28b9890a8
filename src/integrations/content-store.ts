/**
 * Astro keeps the entries it parsed in a data store between builds and parses again only files whose
 * text changed, so a change to the schemas (a new field with a default) would leave every unchanged
 * entry without it, and a change to how bodies are rendered would leave them as they were. The store
 * is dropped whenever the files that define the schemas or the bodies' rendering change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files, relative to the project root, whose text decides how content is parsed (bodies included: the store keeps them rendered). */
export const SCHEMA_FILES = ['src/content.config.ts', 'src/lib/schema.ts', 'src/lib/content-files.ts', 'src/lib/body-lang.ts', 'src/lib/text-lang.ts'];

/** Name of the file in Astro's cache folder that records the schema files' digest of the store's last build. */
const STAMP = 'scaling-atlas-schema.sha256';

/** Delete Astro's content data store in `cacheDir` when the schema files under `root` changed since it was written; true when it did. */
export function dropStaleContentStore(root: string, cacheDir: string): boolean {
  const digest = createHash('sha256');
  for (const file of SCHEMA_FILES) digest.update(readFileSync(join(root, file)));
  const current = digest.digest('hex');
  const stamp = join(cacheDir, STAMP);
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined;
  if (previous === current) return false;
  const store = join(cacheDir, 'data-store.json');
  const dropped = existsSync(store);
  rmSync(store, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, current);
  return dropped;
}
