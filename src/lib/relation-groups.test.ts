import { describe, expect, test } from 'vitest';
import type { Relation } from './kb.ts';
import { evidenceCountsDiffer, otherEndCount, relationGroups, sharedEvidence } from './relation-groups.ts';

const relation = (type: Relation['type'], source: string, target: string, from?: string): Relation =>
  ({ id: `${type}:${source}->${target}`, type, source, target, evidence: [], ...(from ? { from } : {}) }) as unknown as Relation;
const relations = [
  relation('authored', 'ada', 'paper'),
  relation('authored', 'bob', 'paper'),
  relation('authored', 'lab', 'paper'),
  relation('cites', 'paper', 'older', '2001'),
  relation('cites', 'paper', 'oldest', '1990'),
];
const kb = {
  get: (id: string) => ({ id, label: id, date: undefined }) as never,
  outgoing: (id: string) => relations.filter((r) => r.source === id),
  incoming: (id: string) => relations.filter((r) => r.target === id),
};

describe('relationGroups', () => {
  test('groups an entry’s relations by type and direction, each group in time order', () => {
    const groups = relationGroups(kb, 'paper');
    expect(groups.map((group) => `${group.type}.${group.direction}`)).toEqual(['authored.in', 'cites.out']);
    expect(groups[1]!.relations.map((r) => r.target)).toEqual(['oldest', 'older']);
  });

  test('marks the groups the page shows elsewhere instead of dropping them', () => {
    const groups = relationGroups(kb, 'paper', ['authored.in']);
    expect(groups.map((group) => [group.type, group.shownElsewhere])).toEqual([
      ['authored', true],
      ['cites', false],
    ]);
  });

  test('an entry with no relations has no groups', () => {
    expect(relationGroups(kb, 'nobody')).toEqual([]);
  });
});

describe('otherEndCount', () => {
  test('counts the entities a group leads to, once each', () => {
    const twice = [relation('cites', 'paper', 'older'), relation('cites', 'paper', 'older')];
    expect(otherEndCount({ relations: twice, direction: 'out' })).toBe(1);
    expect(otherEndCount({ relations: relations.slice(0, 3), direction: 'in' })).toBe(3);
  });
});

describe('evidenceCountsDiffer', () => {
  const supports = (...sources: string[]) => ({ type: 'supports' as const, direction: 'in' as const, shownElsewhere: true, relations: sources.map((source) => relation('supports', source, 'claim')) });
  const items = (count: number, stance: 'supports' | 'contradicts' = 'supports') => Array.from({ length: count }, () => ({ stance }));

  test('is false when each stance’s items come one from each entry', () => {
    expect(evidenceCountsDiffer(items(2), [supports('a', 'b')])).toBe(false);
  });

  test('is true when two items come from one entry, or an item cites no entry', () => {
    expect(evidenceCountsDiffer(items(2), [supports('a', 'a')])).toBe(true);
    expect(evidenceCountsDiffer(items(3), [supports('a', 'b')])).toBe(true);
  });

  test('looks only at the groups shown above as evidence, not at the Connections list’s own or at other stances', () => {
    expect(evidenceCountsDiffer(items(3), [{ ...supports('a'), shownElsewhere: false }])).toBe(false);
    expect(evidenceCountsDiffer(items(3, 'contradicts'), [supports('a')])).toBe(false);
  });
});

describe('sharedEvidence', () => {
  const words = { work: 'article', locator: 'paragraph 1' } as never;
  const other = { work: 'paper', locator: 'Table 2' } as never;
  const withEvidence = (...evidence: never[]) => ({ evidence });

  test('the one piece of evidence all of a group’s relations cite', () => {
    expect(sharedEvidence([withEvidence(words), withEvidence({ ...(words as object) } as never), withEvidence(words)])).toEqual(words);
  });

  test('none when the evidence differs, a relation has more than one piece, or there is only one relation', () => {
    expect(sharedEvidence([withEvidence(words), withEvidence(other)])).toBeUndefined();
    expect(sharedEvidence([withEvidence(words), withEvidence(words, other)])).toBeUndefined();
    expect(sharedEvidence([withEvidence(words, other), withEvidence(words, other)])).toBeUndefined();
    expect(sharedEvidence([withEvidence(words)])).toBeUndefined();
  });
});
