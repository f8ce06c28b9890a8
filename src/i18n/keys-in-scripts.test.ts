import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { keysInScripts, usedByScripts } from './keys-in-scripts.ts';
import { enScripts } from './en-scripts.ts';
import { enPages } from './en-pages.ts';

const root = resolve(import.meta.dirname, '../..');
const used = keysInScripts(resolve(root, 'src/scripts'));
const relative = (file: string) => file.slice(root.length + 1);

describe('the strings shipped to the browser (en-scripts.ts)', () => {
  test('the scan reads the scripts and the modules they import, and finds their keys', () => {
    expect(used.files.map(relative)).toEqual(expect.arrayContaining(['src/scripts/graph.ts', 'src/scripts/search.ts', 'src/scripts/timeline.ts', 'src/lib/graph-find-status.ts', 'src/lib/relation-text.ts']));
    expect(used.keys).toContain('graph.find.none');
    expect(used.countedStems).toContain('graph.connections');
    expect(used.prefixes).toContain('kind.');
  });

  test('the scan follows no type-only import, which ships no code: the timeline script reaches timeline.ts only for its types', () => {
    expect(used.files.map(relative)).toContain('src/lib/timeline-view.ts');
    expect(used.files.map(relative)).not.toContain('src/lib/timeline.ts');
  });

  test('hold every string a script can ask for: each key named, each form of a counted key, every key built from a start a script names', () => {
    const scripts = new Set(Object.keys(enScripts));
    const missing = [...used.keys, ...[...used.countedStems].flatMap((stem) => [`${stem}.one`, `${stem}.other`])].filter((key) => !scripts.has(key));
    const builtFromPages = Object.keys(enPages).filter((key) => [...used.prefixes].some((prefix) => key.startsWith(prefix)));
    expect(missing, 'move these from en-pages.ts to en-scripts.ts').toEqual([]);
    expect(builtFromPages, 'a script builds these keys: move them from en-pages.ts to en-scripts.ts').toEqual([]);
    for (const prefix of used.prefixes) expect([...scripts].some((key) => key.startsWith(prefix)), prefix).toBe(true);
  });

  test('hold no string the scripts cannot ask for, so pages\' text stays out of the browser bundles', () => {
    expect(Object.keys(enScripts).filter((key) => !usedByScripts(key, used)), 'move these to en-pages.ts').toEqual([]);
  });

  test('every key a script asks for is written out, so the scan can check it', () => {
    expect(used.unreadable).toEqual([]);
  });

  test('no key is in both tables', () => {
    expect(Object.keys(enScripts).filter((key) => key in enPages)).toEqual([]);
  });
});
