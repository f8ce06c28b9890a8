import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';
import { articleCheckSearchRecord, connectedOrgs, indexedSourcePath, searchRecord, sortDate, UNDATED_SORT_KEY } from './search-index.ts';
import { KIND_STYLES } from './visual.ts';
import { isActive, pagefindOptions, paramsFromState, stateFromParams } from './search-state.ts';

const kb = buildKnowledgeBase(checkFiles(validFiles()).entries as KbEntry[]);

describe('searchRecord', () => {
  test('a claim carries its type, verdict, year, organisations, original language, card meta and quote', () => {
    const record = searchRecord(kb, kb.get('baidu-first'));
    expect(record.filters).toEqual({ type: ['claim'], verdict: ['partly-supported'], year: ['2020'], organisation: ['Baidu Silicon Valley AI Lab'], language: ['zh'] });
    expect(record.meta).toMatchObject({ kind: 'claim', date: '23 Jan 2020', verdict: 'partly-supported', quote: '百度最先发现 · Baidu found it first' });
    expect(record.sort).toEqual({ date: '2020-01-23' });
  });

  test('a work is searchable by its identifiers and a person or organisation by every name', () => {
    expect(searchRecord(kb, kb.get('hestness-2017')).meta.identifiers).toBe('1712.00409');
    expect(searchRecord(kb, kb.get('baidu-svail')).meta.name).toBe('Baidu Silicon Valley AI Lab · 百度硅谷人工智能实验室 · SVAIL');
    expect(searchRecord(kb, kb.get('joel-hestness')).meta.name).toBe('Joel Hestness');
    expect(searchRecord(kb, kb.get('hestness-2017')).meta.authors).toContain('Joel Hestness');
    expect(searchRecord(kb, kb.get('hestness-2017')).meta.format).toBe('preprint');
    expect(searchRecord(kb, kb.get('joel-hestness')).meta.authors).toBeUndefined();
  });

  test('every page has a date sort key: its own date, else its earliest dated fact, else the undated key', () => {
    expect(sortDate(kb, kb.get('svail-opens'))).toBe('2014-05-16');
    expect(sortDate(kb, kb.get('joel-hestness'))).toBe('2017-01-01');
    for (const entity of kb.entities.values()) expect(searchRecord(kb, entity).sort.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(UNDATED_SORT_KEY).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the organisation facet follows authorship, membership and involvement', () => {
    expect(connectedOrgs(kb, kb.get('joel-hestness'))).toEqual(['Baidu Silicon Valley AI Lab']);
    expect(connectedOrgs(kb, kb.get('hestness-2017'))).toEqual(['Baidu Silicon Valley AI Lab']);
    expect(connectedOrgs(kb, kb.get('kaplan-2020'))).toEqual([]);
  });
});

describe('articleCheckSearchRecord', () => {
  test('the article checked claim by claim is a type of its own, so filtering by a kind (claim) never lists it, and carries no entry’s verdict, year, organisation or language', () => {
    const record = articleCheckSearchRecord(kb, kb.get('hestness-2017'), 'zh');
    expect(record.filters).toEqual({ type: ['article-check'] });
    expect(Object.keys(KIND_STYLES)).not.toContain(record.filters.type![0]);
    expect(record.meta).toEqual({ kind: 'article-check', lang: 'zh' });
  });

  test('sorts by the date of the article it checks, or as undated without one', () => {
    expect(articleCheckSearchRecord(kb, kb.get('hestness-2017'), 'zh').sort).toEqual({ date: '2017-12-01' });
    expect(articleCheckSearchRecord(kb, undefined, 'zh').sort).toEqual({ date: UNDATED_SORT_KEY });
  });
});

describe('search state in the URL', () => {
  test('round-trips query, filters and sort, ignoring unknown keys and bad sorts', () => {
    const state = stateFromParams(new URLSearchParams('q=%E5%90%B4%E6%81%A9%E8%BE%BE&type=claim&type=work&verdict=false&sort=newest&utm=x'));
    expect(state.query).toBe('吴恩达');
    expect(state.filters.type).toEqual(['claim', 'work']);
    expect(state.sort).toBe('newest');
    expect(paramsFromState(state).toString()).toBe('q=%E5%90%B4%E6%81%A9%E8%BE%BE&type=claim&type=work&verdict=false&sort=newest');
    expect(stateFromParams(new URLSearchParams('sort=sideways')).sort).toBe('relevance');
  });

  test('turns into Pagefind options: any value within a facet, every facet, sort by date', () => {
    const state = stateFromParams(new URLSearchParams('type=claim&year=2017&sort=oldest'));
    expect(pagefindOptions(state)).toEqual({ filters: { type: { any: ['claim'] }, year: { any: ['2017'] } }, sort: { date: 'asc' } });
    expect(pagefindOptions(stateFromParams(new URLSearchParams('q=x')))).toEqual({ filters: {} });
  });

  test('is active only with a query or a filter', () => {
    expect(isActive(stateFromParams(new URLSearchParams('sort=newest')))).toBe(false);
    expect(isActive(stateFromParams(new URLSearchParams('q=Baidu')))).toBe(true);
    expect(isActive(stateFromParams(new URLSearchParams('language=zh')))).toBe(true);
  });
});

describe('indexedSourcePath', () => {
  test('names the built file of a page as Astro requests it, relative to the site root', () => {
    expect(indexedSourcePath('http://localhost:4321/people/dario-amodei/', '/')).toBe('people/dario-amodei/index.html');
    expect(indexedSourcePath('http://localhost:4321/', '/')).toBe('index.html');
    expect(indexedSourcePath('http://localhost:4321/404.html', '/')).toBe('404.html');
  });

  test('leaves out the base path, with or without its trailing slash, and decodes the path', () => {
    expect(indexedSourcePath('https://example.org/atlas/works/kaplan-2020/', '/atlas/')).toBe('works/kaplan-2020/index.html');
    expect(indexedSourcePath('https://example.org/atlas/works/kaplan-2020/', '/atlas')).toBe('works/kaplan-2020/index.html');
    expect(indexedSourcePath('http://localhost/people/%E5%90%B4/', '/')).toBe('people/吴/index.html');
  });
});
