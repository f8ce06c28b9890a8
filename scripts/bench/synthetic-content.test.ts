import { describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

  test('written to content/, passes the same check as the build, references included; a few entries are MDX, like the real ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
    try {
      writeEntries(root, syntheticEntries(1000));
      const { entries, issues } = checkContentFolder(root);
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(entries.length).toBe(syntheticEntries(1000).length);
      const files = readdirSync(join(root, 'content'), { recursive: true }).map(String);
      const mdx = files.filter((file) => file.endsWith('.mdx')).length;
      expect(mdx / entries.length).toBeGreaterThan(0.02);
      expect(mdx / entries.length).toBeLessThan(0.05);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    // Writes and checks a thousand files: seconds on a quiet machine, more while a build runs beside it.
  }, 60_000);
});
