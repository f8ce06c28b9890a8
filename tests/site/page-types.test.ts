/** The page types the e2e, accessibility and budget checks walk through: every route of src/pages is among them. */
import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { COLLECTIONS } from '../../src/lib/schema.ts';
import { expectedPageTypes, pageTypes } from '../helpers/page-types.ts';

const PAGES_DIR = resolve(import.meta.dirname, '../../src/pages');

describe('page types', () => {
  const found = pageTypes();

  test('every route in src/pages is built, so each page type is checked', () => {
    console.log(`page types in dist/: ${found.map((type) => `${type.name} ${type.path}`).join(', ')}`);
    const names = new Set(found.map((type) => type.name));
    const missing = expectedPageTypes(PAGES_DIR).filter((expected) => !names.has(expected.name));
    expect(missing).toEqual([]);
  });

  test('the core page types are there: home, and an index and an entry of each collection with pages', () => {
    const names = new Set(found.map((type) => type.name));
    const core = ['home', ...COLLECTIONS.filter((c) => c !== 'datasets').flatMap((c) => [c, `${c} entry`])];
    expect(core.filter((name) => !names.has(name))).toEqual([]);
  });
});
