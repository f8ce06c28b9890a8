import { describe, expect, it } from 'vitest';
import { t, tCount, tFill, UI_LANGUAGES, type UiKey } from './index.ts';

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

describe('tFill', () => {
  it('fills every slot by name, wherever it stands in the string', () => {
    expect(tFill('graph.find.found', { name: 'Dario Amodei', connections: '23 connections' })).toBe('Showing Dario Amodei: 23 connections, listed in the panel');
    expect(tFill('chart.alsoFrom.table', { table: 'Hestness 2017 fits', chart: 'Learning curves' })).toBe('Hestness 2017 fits, as drawn in Learning curves');
  });

  it('takes a value as written, even one holding replacement patterns or slot names', () => {
    expect(tFill('table.scroll', { label: "costs in $ and $& and $'" })).toBe("Table: costs in $ and $& and $'");
    expect(tFill('graph.find.found', { name: '{connections}', connections: 'none' })).toBe('Showing {connections}: none, listed in the panel');
  });

  it('fills the slots of the translation in the language asked for', () => {
    expect(tFill('articleCheck.evidenceItems.other', { count: 3 }, 'zh')).toBe('证据与来源（3条，说明为英文）');
  });

  it('asks for exactly the slots the English string names', () => {
    // @ts-expect-error a slot of the string is missing
    tFill('graph.find.found', { name: 'x' });
    // @ts-expect-error the string has no such slot
    tFill('table.scroll', { label: 'x', extra: 'y' });
  });
});

describe('translations', () => {
  const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('keep the slots of the English string, so tFill fills them in every language', () => {
    for (const [key, text] of Object.entries(UI_LANGUAGES.zh)) {
      expect(slots(text ?? ''), key).toEqual(slots(UI_LANGUAGES.en[key as UiKey]));
    }
  });
});
