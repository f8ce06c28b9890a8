import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';
import { pageCitationText, pageToCsl } from './cite-page.ts';
import { formatCitations, parseCitations } from './cite.ts';

const kb = buildKnowledgeBase(checkFiles(validFiles()).entries as KbEntry[]);
const claim = kb.get('baidu-first');
const options = { siteTitle: 'Scaling Atlas', site: 'https://atlas.example/', updated: '2026-11-30T23:30:00-08:00' };

describe('page citations', () => {
  test('give the page as a web page by the atlas, at its absolute address, issued on the committer\'s day of its last change', () => {
    expect(pageToCsl(claim, options)).toEqual({
      id: 'scaling-atlas-baidu-first',
      type: 'webpage',
      title: 'Baidu found scaling laws before OpenAI.',
      author: [{ literal: 'Scaling Atlas' }],
      'container-title': 'Scaling Atlas',
      URL: 'https://atlas.example/claims/baidu-first/',
      issued: { 'date-parts': [[2026, 11, 30]] },
    });
  });

  test('read as one line with the title quoted, the address and the day of the last change; without a known change, no date', () => {
    expect(pageCitationText(claim, options)).toBe('Scaling Atlas, “Baidu found scaling laws before OpenAI.”, https://atlas.example/claims/baidu-first/, last updated 2026-11-30.');
    expect(pageCitationText(claim, { ...options, updated: undefined })).toBe('Scaling Atlas, “Baidu found scaling laws before OpenAI.”, https://atlas.example/claims/baidu-first/.');
    expect(pageToCsl(claim, { ...options, updated: undefined })).not.toHaveProperty('issued');
  });

  test('come out of citation.js as BibTeX and RIS that read back to the same title, address and year', () => {
    for (const format of ['bibtex', 'ris'] as const) {
      const [item] = parseCitations(formatCitations([pageToCsl(claim, options)], format));
      expect(item, format).toMatchObject({ title: 'Baidu found scaling laws before OpenAI.', URL: 'https://atlas.example/claims/baidu-first/' });
      expect((item!.issued as { 'date-parts': number[][] })['date-parts'][0]!.slice(0, 2), format).toEqual([2026, 11]);
    }
  });
});
