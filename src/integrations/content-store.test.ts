import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dropStaleContentStore, SCHEMA_FILES } from './content-store.ts';

/** A project with the schema files and a cache folder holding a data store. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'content-store-'));
  for (const file of SCHEMA_FILES) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), `// ${file}\n`);
  }
  const cacheDir = join(root, 'node_modules/.astro');
  const writeStore = () => {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, 'data-store.json'), '{}');
  };
  return { root, cacheDir, writeStore, store: join(cacheDir, 'data-store.json') };
}

describe('dropStaleContentStore', () => {
  test('keeps the store while the schema files are unchanged, and drops it once one of them changes', () => {
    const { root, cacheDir, writeStore, store } = project();
    writeStore();
    dropStaleContentStore(root, cacheDir);
    writeStore();
    expect(dropStaleContentStore(root, cacheDir)).toBe(false);
    expect(existsSync(store)).toBe(true);
    appendFileSync(join(root, 'src/lib/schema.ts'), 'export const added = 1;\n');
    expect(dropStaleContentStore(root, cacheDir)).toBe(true);
    expect(existsSync(store)).toBe(false);
  });

  test('a first build with no cache folder yet records the schemas without failing', () => {
    const { root, cacheDir } = project();
    expect(dropStaleContentStore(root, cacheDir)).toBe(false);
    expect(existsSync(join(cacheDir, 'scaling-atlas-schema.sha256'))).toBe(true);
  });
});
