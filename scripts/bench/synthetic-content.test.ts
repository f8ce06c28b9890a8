import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticEntries, writeEntries } from './synthetic-content.ts';
import { checkContentFolder } from '../../src/lib/content-check.ts';

describe('syntheticEntries', () => {
  test('gives the requested number of entries with unique ids, in every entry collection', () => {
    const entries = syntheticEntries(200);
    expect(entries.length).toBeGreaterThanOrEqual(198);
    expect(entries.length).toBeLessThanOrEqual(202);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.collection))).toEqual(new Set(['people', 'orgs', 'works', 'claims', 'events']));
  });

  test('is the same every time for the same size', () => {
    expect(syntheticEntries(50)).toEqual(syntheticEntries(50));
  });

  test('written to content/, passes the same check as the build, references included', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
    try {
      writeEntries(root, syntheticEntries(120));
      const { entries, issues } = checkContentFolder(root);
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(entries.length).toBe(syntheticEntries(120).length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
