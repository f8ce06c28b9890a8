import { describe, expect, it } from 'vitest';
import { t, tCount } from './index.ts';

describe('t', () => {
  it('gives the string in the language asked for, and English where that language has none yet', () => {
    expect(t('stance.contradicts', 'zh')).toBe('反驳');
    expect(t('stance.contradicts')).toBe('Contradicts');
    expect(t('graph.title', 'zh')).toBe(t('graph.title', 'en'));
  });
});

describe('tCount', () => {
  it('takes the form for one thing when the count is one', () => {
    expect(tCount('articleCheck.evidenceItems', 1)).toBe('Evidence and sources (1 item, notes in English)');
    expect(tCount('articleCheck.evidenceItems', 1, 'zh')).toBe('证据与来源（1条，说明为英文）');
  });

  it('fills the count into the other form for none or several', () => {
    expect(tCount('articleCheck.evidenceItems', 5)).toBe('Evidence and sources (5 items, notes in English)');
    expect(tCount('articleCheck.evidenceItems', 5, 'zh')).toBe('证据与来源（5条，说明为英文）');
    expect(tCount('graph.connections', 0)).toBe('0 connections');
  });
});
