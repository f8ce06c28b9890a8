import { describe, expect, test } from 'vitest';
import { moduleImports, pageJs, pageScripts } from './js-weight.ts';

describe('pageScripts', () => {
  test('lists script sources and module preloads of this site, resolved against the page', () => {
    const html = '<script type="application/ld+json">{}</script><script type="module" src="/_astro/a.js"></script><link rel="modulepreload" href="../_astro/b.js"><script src="https://cdn.example/x.js"></script>';
    expect(pageScripts(html, '/graph/')).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });
});

describe('moduleImports', () => {
  test('tells static imports from dynamic ones and Vite\'s mapped dependencies', () => {
    const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/cy.js","_astro/cy.css"])))=>i.map(i=>d[i]);import{a as b}from"./shared.js";import"./side.js";const c=()=>import("./lazy.js");';
    expect(moduleImports(code, '/_astro/page.js')).toEqual({ static: ['/_astro/shared.js', '/_astro/side.js'], lazy: ['/_astro/lazy.js', '/_astro/cy.js'] });
  });
});

describe('pageJs', () => {
  const files: Record<string, string> = {
    '/_astro/page.js': 'import"./shared.js";const l=()=>import("./big.js");',
    '/_astro/shared.js': 'export const s=1;',
    '/_astro/big.js': `import"./shared.js";export const big="${'x'.repeat(500)}";`,
  };
  const read = (path: string) => (files[path] === undefined ? undefined : Buffer.from(files[path]!));

  test('counts what loads at once apart from what loads later, each module once', () => {
    const js = pageJs('<script type="module" src="/_astro/page.js"></script>', '/graph/', read);
    expect(js.firstLoad.sort()).toEqual(['/_astro/page.js', '/_astro/shared.js']);
    expect(js.lazy).toEqual(['/_astro/big.js']);
    expect(js.firstLoadGzip).toBeGreaterThan(0);
    expect(js.lazyGzip).toBeGreaterThan(0);
    expect(js.missing).toEqual([]);
  });

  test('a page without scripts loads no JavaScript', () => {
    expect(pageJs('<p>hi</p>', '/', read)).toEqual({ firstLoad: [], lazy: [], firstLoadGzip: 0, lazyGzip: 0, missing: [] });
  });

  test('reports imports that name no built file', () => {
    expect(pageJs('<script type="module" src="/_astro/gone.js"></script>', '/', read).missing).toEqual(['/_astro/gone.js']);
  });
});
