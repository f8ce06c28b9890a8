import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';
import { CLAIM_COLUMN_DESCRIPTIONS, CLAIM_COLUMNS, claimRows, DATA_EXPORTS, toCsv } from './exports.ts';

const kb = buildKnowledgeBase(checkFiles(validFiles()).entries as KbEntry[]);

describe('claim rows', () => {
  test('one row per claim: id, statement in both languages, the original words with their translation, claimant, date, where in the work, verdict with its reasoning in both languages, evidence count and absolute url', () => {
    expect(claimRows(kb, 'https://atlas.example')).toEqual([
      {
        id: 'baidu-first',
        statement: 'Baidu found scaling laws before OpenAI.',
        statement_zh: '',
        original: '百度最先发现',
        original_language: 'zh',
        translation_en: 'Baidu found it first',
        claimant: 'Scaling Laws for Neural Language Models',
        date: '2020-01-23',
        locator: '§7',
        verdict: 'partly-supported',
        reasoning_en: 'The 2017 preprint came first, but not first of all.',
        reasoning_zh: '',
        unverified_en: '',
        unverified_zh: '',
        evidence_count: 1,
        url: 'https://atlas.example/claims/baidu-first/',
      },
    ]);
  });

  test('a claim without a quote gives its Chinese statement as the original, with no translation; its Chinese reasoning has a column', () => {
    const files = checkFiles(validFiles()).entries as KbEntry[];
    const claim = files.find((entry) => entry.collection === 'claims')!;
    const { quote: _quote, ...data } = claim.data as Record<string, unknown>;
    const edited = buildKnowledgeBase(files.map((entry) => (entry === claim ? { ...entry, data: { ...data, statementZh: '百度最先发现了规律', reasoningZh: '早于OpenAI,但并非最早。' } } : entry)) as KbEntry[]);
    expect(claimRows(edited, 'https://atlas.example')[0]).toMatchObject({ statement_zh: '百度最先发现了规律', original: '百度最先发现了规律', original_language: 'zh', translation_en: '', reasoning_zh: '早于OpenAI,但并非最早。' });
  });

  test('a claim\'s unverified parts, in English and Chinese, one per line', () => {
    const files = checkFiles(validFiles()).entries as KbEntry[];
    const claim = files.find((entry) => entry.collection === 'claims')!;
    const parts = { unverifiedParts: ['The exact day.', 'Who read it first.'], unverifiedPartsZh: ['确切日期。', '谁先读到。'] };
    const edited = buildKnowledgeBase(files.map((entry) => (entry === claim ? { ...entry, data: { ...claim.data, ...parts } } : entry)) as KbEntry[]);
    expect(claimRows(edited, 'https://atlas.example')[0]).toMatchObject({ unverified_en: 'The exact day.\nWho read it first.', unverified_zh: '确切日期。\n谁先读到。' });
  });
});

describe('toCsv', () => {
  test('writes RFC 4180: header, quoted fields with commas, quotes and line breaks, CRLF', () => {
    const csv = toCsv([{ a: 'plain', b: 'comma, "quote"\nline' }, { a: '百度', b: 3 }], ['a', 'b']);
    expect(csv).toBe('a,b\r\nplain,"comma, ""quote""\nline"\r\n百度,3\r\n');
  });

  test('the claims table has every column in order, the id first, and every column is described', () => {
    expect(toCsv(claimRows(kb, 'https://atlas.example'), CLAIM_COLUMNS).split('\r\n')[0]).toBe(
      'id,statement,statement_zh,original,original_language,translation_en,claimant,date,locator,verdict,reasoning_en,reasoning_zh,unverified_en,unverified_zh,evidence_count,url'
    );
    expect(Object.keys(claimRows(kb, 'https://atlas.example')[0]!)).toEqual(CLAIM_COLUMNS);
    for (const column of CLAIM_COLUMNS) expect(CLAIM_COLUMN_DESCRIPTIONS[column].length, column).toBeGreaterThan(10);
  });
});

describe('DATA_EXPORTS', () => {
  test('lists each download once, with a format', () => {
    expect(new Set(DATA_EXPORTS.map((e) => e.path)).size).toBe(DATA_EXPORTS.length);
    expect(DATA_EXPORTS.map((e) => e.path)).toEqual(expect.arrayContaining(['/claims.csv', '/claims.json', '/bibliography.bib', '/bibliography.json', '/sources.json', '/sources.csv', '/graph.json', '/timeline.json', '/feed.xml']));
  });
});
