import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { claimsInWork, onlyClaimsArePartOf } from './claims-in-work.ts';
import { articleClaims } from './article-claims.ts';
import { verdictTally } from './verdict-tally.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';

/** The fixture, plus a second claim that kaplan-2020 only repeats (made by a person elsewhere) and one made in hestness-2017. */
function kbWithClaims() {
  const files = validFiles();
  const base = files['content/claims/baidu-first.mdx']!;
  files['content/claims/a-repeated.mdx'] = base
    .replace('statement: Baidu found scaling laws before OpenAI.', 'statement: A repeated claim.')
    .replace('claimant: kaplan-2020', 'claimant: joel-hestness')
    .replace('madeIn: { work: kaplan-2020, locator: "§7" }', 'madeIn: { work: hestness-2017 }\nrepeatedIn:\n  - { work: kaplan-2020, locator: "§8", source: { url: "https://arxiv.org/abs/2001.08361", accessed: 2026-11-29 } }')
    .replace('verdict: partly-supported', 'verdict: supported');
  const { entries, issues } = checkFiles(files);
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  return buildKnowledgeBase(entries as KbEntry[]);
}

describe('claimsInWork', () => {
  test('lists the claims a work makes and those it repeats, once each, best supported first', () => {
    const kb = kbWithClaims();
    expect(claimsInWork(kb, 'kaplan-2020').map((claim) => claim.id)).toEqual(['a-repeated', 'baidu-first']);
    expect(claimsInWork(kb, 'hestness-2017').map((claim) => claim.id)).toEqual(['a-repeated']);
  });

  test('lists nothing for a work without claims', () => {
    const kb = buildKnowledgeBase(checkFiles(validFiles()).entries as KbEntry[]);
    expect(claimsInWork(kb, 'hestness-2017')).toEqual([]);
  });
});

describe('onlyClaimsArePartOf', () => {
  test('is true when every entry that is part of the work is a claim', () => {
    expect(onlyClaimsArePartOf(kbWithClaims(), 'kaplan-2020')).toBe(true);
  });

  test('is false when a work is part of it too', () => {
    const files = validFiles();
    files['content/works/blog.mdx'] = files['content/works/hestness-2017.mdx']!.replace('identifiers: { arxiv: "1712.00409" }', 'partOf: kaplan-2020');
    const kb = buildKnowledgeBase(checkFiles(files).entries as KbEntry[]);
    expect(kb.incoming('kaplan-2020').some((relation) => relation.type === 'part_of' && relation.source === 'blog')).toBe(true);
    expect(onlyClaimsArePartOf(kb, 'kaplan-2020')).toBe(false);
  });
});

describe('articleClaims', () => {
  test('puts the headline claim first, then the rest best supported first', () => {
    const kb = kbWithClaims();
    expect(articleClaims(kb, 'kaplan-2020', 'baidu-first').map((claim) => claim.id)).toEqual(['baidu-first', 'a-repeated']);
    expect(articleClaims(kb, 'kaplan-2020', 'none-of-them').map((claim) => claim.id)).toEqual(['a-repeated', 'baidu-first']);
  });
});

describe('verdictTally', () => {
  test('counts the claims of each verdict, in the scale\'s order, leaving out verdicts no claim has', () => {
    const claims = articleClaims(kbWithClaims(), 'kaplan-2020', 'baidu-first');
    expect(verdictTally(claims.map((claim) => claim.data.verdict))).toEqual([{ verdict: 'supported', count: 1 }, { verdict: 'partly-supported', count: 1 }]);
    expect(verdictTally([])).toEqual([]);
  });
});
