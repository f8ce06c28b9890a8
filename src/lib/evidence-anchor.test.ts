import { describe, expect, test } from 'vitest';
import { evidenceAnchor, evidenceAnchorOfField } from './evidence-anchor.ts';

describe('evidenceAnchor', () => {
  test('numbers items from 1, in the order the entry lists them', () => {
    expect(evidenceAnchor(0)).toBe('evidence-1');
    expect(evidenceAnchor(2)).toBe('evidence-3');
  });

  test('takes a prefix for a page that shows several claims', () => {
    expect(evidenceAnchor(1, 'check-baidu-first-evidence')).toBe('check-baidu-first-evidence-2');
  });
});

describe('evidenceAnchorOfField', () => {
  test('finds the item a field path lies in', () => {
    expect(evidenceAnchorOfField('evidence[2].source')).toBe('evidence-3');
    expect(evidenceAnchorOfField('evidence[0].quote')).toBe('evidence-1');
  });

  test('gives nothing for fields outside the evidence list', () => {
    expect(evidenceAnchorOfField('sources[1]')).toBeUndefined();
    expect(evidenceAnchorOfField('influencedBy[0].evidence[1].source')).toBeUndefined();
    expect(evidenceAnchorOfField('source')).toBeUndefined();
  });
});
