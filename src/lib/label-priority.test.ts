import { describe, expect, test } from 'vitest';
import { byLabelRank, leadTie, linkTypesToLeads, type LabelRank } from './label-priority.ts';

describe('leadTie', () => {
  test('names the lead, its neighbours by evidence or influence, its other neighbours and the rest', () => {
    expect(leadTie(true, [])).toBe('lead');
    expect(leadTie(false, ['contradicts'])).toBe('story');
    expect(leadTie(false, ['supports'])).toBe('story');
    expect(leadTie(false, ['influenced'])).toBe('story');
    expect(leadTie(false, ['about', 'supports']), 'one story edge among others is enough').toBe('story');
    expect(leadTie(false, ['about', 'authored'])).toBe('neighbour');
    expect(leadTie(false, [])).toBe('none');
  });
});

describe('byLabelRank', () => {
  const rank = (id: string, tie: LabelRank['tie'], degree: number): LabelRank => ({ id, tie, degree });
  const order = (ranks: LabelRank[]) => [...ranks].sort(byLabelRank).map((r) => r.id);

  test('puts the lead first, then the evidence linked to it, before better-connected neighbours and hubs', () => {
    const ranks = [rank('hub', 'none', 90), rank('organisation', 'neighbour', 40), rank('counter-evidence', 'story', 2), rank('claim', 'lead', 1)];
    expect(order(ranks)).toEqual(['claim', 'counter-evidence', 'organisation', 'hub']);
  });

  test('ranks nodes tied alike by degree, then by id, whatever order they come in', () => {
    const ranks = [rank('b', 'story', 3), rank('c', 'story', 9), rank('a', 'story', 3)];
    expect(order(ranks)).toEqual(['c', 'a', 'b']);
    expect(order([...ranks].reverse())).toEqual(['c', 'a', 'b']);
  });

  test('without a lead (nothing focused) is the order by degree', () => {
    expect(order([rank('few', 'none', 1), rank('many', 'none', 8)])).toEqual(['many', 'few']);
  });
});

describe('linkTypesToLeads', () => {
  test('lists, for each node linked to a lead, the types of its edges to leads, and nothing for edges between other nodes', () => {
    const links = linkTypesToLeads(
      [
        { source: 'paper', target: 'claim', type: 'supports' },
        { source: 'claim', target: 'lab', type: 'about' },
        { source: 'paper', target: 'claim', type: 'context' },
        { source: 'paper', target: 'lab', type: 'cites' },
      ],
      (id) => id === 'claim'
    );
    expect(links.get('paper')).toEqual(['supports', 'context']);
    expect(links.get('lab')).toEqual(['about']);
    expect(links.get('claim')).toEqual(['supports', 'about', 'context']);
    expect([...links.keys()].sort()).toEqual(['claim', 'lab', 'paper']);
  });
});
