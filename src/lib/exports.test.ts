import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';
import { CLAIM_COLUMNS, claimRows, DATA_EXPORTS, toCsv } from './exports.ts';

const kb = buildKnowledgeBase(checkFiles(validFiles()).entries as KbEntry[]);

describe('claim rows', () => {
  test('one row per claim with the original words, claimant name, verdict, evidence count and absolute url', () => {
    expect(claimRows(kb, 'https://atlas.example')).toEqual([
      {
        statement: 'Baidu found scaling laws before OpenAI.',
        original: '百度最先发现',
        original_language: 'zh',
        claimant: 'Scaling Laws for Neural Language Models',
        date: '2020-01-23',
        verdict: 'partly-supported',
        evidence_count: 1,
        url: 'https://atlas.example/claims/baidu-first/',
      },
    ]);
  });
});

describe('toCsv', () => {
  test('writes RFC 4180: header, quoted fields with commas, quotes and line breaks, CRLF', () => {
    const csv = toCsv([{ a: 'plain', b: 'comma, "quote"\nline' }, { a: '百度', b: 3 }], ['a', 'b']);
    expect(csv).toBe('a,b\r\nplain,"comma, ""quote""\nline"\r\n百度,3\r\n');
  });

  test('the claims table has every column in order', () => {
    expect(toCsv(claimRows(kb, 'https://atlas.example'), CLAIM_COLUMNS).split('\r\n')[0]).toBe('statement,original,original_language,claimant,date,verdict,evidence_count,url');
  });
});

describe('DATA_EXPORTS', () => {
  test('lists each download once, with a format', () => {
    expect(new Set(DATA_EXPORTS.map((e) => e.path)).size).toBe(DATA_EXPORTS.length);
    expect(DATA_EXPORTS.map((e) => e.path)).toEqual(expect.arrayContaining(['/claims.csv', '/claims.json', '/bibliography.bib', '/bibliography.json', '/graph.json', '/timeline.json']));
  });
});
