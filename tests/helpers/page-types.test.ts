import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyPages, expectedPageTypes } from './page-types.ts';

describe('classifyPages', () => {
  const pages = [
    { path: '/', bytes: 10 },
    { path: '/404.html', bytes: 5 },
    { path: '/people/', bytes: 30 },
    { path: '/people/a/', bytes: 20 },
    { path: '/people/b/', bytes: 90 },
    { path: '/graph/', bytes: 40 },
    { path: '/pagefind/x.html', bytes: 1 },
  ];

  test('finds the home page, each section with its richest entry, lone pages and top-level files', () => {
    expect(classifyPages(pages)).toEqual([
      { name: 'home', path: '/', kind: 'home' },
      { name: '404', path: '/404.html', kind: 'file' },
      { name: 'graph', path: '/graph/', kind: 'section' },
      { name: 'people', path: '/people/', kind: 'section' },
      { name: 'people entry', path: '/people/b/', kind: 'entry' },
    ]);
  });

  test('a section without an index still gives its entry', () => {
    expect(classifyPages([{ path: '/charts/kaplan/', bytes: 1 }])).toEqual([{ name: 'charts entry', path: '/charts/kaplan/', kind: 'entry' }]);
  });
});

describe('expectedPageTypes', () => {
  test('reads static and dynamic routes from src/pages, ignoring endpoints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-routes-'));
    try {
      for (const file of ['index.astro', '404.astro', 'people/index.astro', 'people/[id].astro', 'graph/index.astro', 'graph.json.ts', 'data/[file].astro']) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), '');
      }
      expect(expectedPageTypes(dir)).toEqual([
        { name: '404', path: '/404.html' },
        { name: 'data entry', path: '/data/…' },
        { name: 'graph', path: '/graph/' },
        { name: 'home', path: '/' },
        { name: 'people entry', path: '/people/…' },
        { name: 'people', path: '/people/' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
