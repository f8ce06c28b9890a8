import { afterEach, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { differences } from './dir-diff.ts';

const made: string[] = [];
/** A temp folder holding `files` (path → content). */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-diff-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
afterEach(() => made.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('differences', () => {
  test('finds nothing between identical trees', () => {
    expect(differences(folder({ 'a/index.html': 'x', 'b.json': '{}' }), folder({ 'a/index.html': 'x', 'b.json': '{}' }))).toEqual([]);
  });

  test('names files that differ in bytes of the same length, and files only on one side', () => {
    const found = differences(folder({ 'a/index.html': 'abc', 'old.js': '' }), folder({ 'a/index.html': 'abd', 'new.js': '' }));
    expect(found).toEqual(['differs: a/index.html', 'only in the second: new.js', 'only in the first: old.js']);
  });
});
