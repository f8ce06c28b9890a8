import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { checkFiles, validFiles, withEdit } from './test-fixtures.ts';
import { entityJsonLd, schemaDate, verdictRating } from './jsonld.ts';

const kb = buildKnowledgeBase(checkFiles(validFiles()).entries as KbEntry[]);
const SITE = 'https://atlas.example';
const ld = (id: string) => entityJsonLd(kb, kb.get(id), SITE) as Record<string, any>;

describe('entityJsonLd', () => {
  test('a preprint is a ScholarlyArticle with authors, date and identifiers', () => {
    expect(ld('hestness-2017')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      name: 'Deep Learning Scaling is Predictable, Empirically',
      url: 'https://atlas.example/works/hestness-2017/',
      datePublished: '2017-12-01',
      author: [{ '@type': 'Person', name: 'Joel Hestness', url: 'https://atlas.example/people/joel-hestness/' }, { '@type': 'Person', name: 'Sharan Narang' }],
      sameAs: ['https://arxiv.org/abs/1712.00409'],
      identifier: 'arXiv:1712.00409',
    });
  });

  test('people and organisations carry names in every script and their ties', () => {
    expect(ld('joel-hestness')).toMatchObject({ '@type': 'Person', name: 'Joel Hestness', affiliation: [{ '@type': 'Organization', name: 'Baidu Silicon Valley AI Lab' }] });
    expect(ld('baidu-svail')).toMatchObject({ '@type': 'Organization', alternateName: ['百度硅谷人工智能实验室', 'SVAIL'], foundingDate: '2014-05-16' });
    expect(ld('svail-opens')).toMatchObject({ '@type': 'Event', startDate: '2014-05-16', about: [{ '@type': 'Organization' }] });
  });

  test('a claim page is a ClaimReview of a Claim with author, appearance, date and the verdict in words', () => {
    expect(ld('baidu-first')).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Baidu found scaling laws before OpenAI.',
      itemReviewed: { '@type': 'Claim', datePublished: '2020-01-23', appearance: { '@type': 'ScholarlyArticle', name: 'Scaling Laws for Neural Language Models' } },
      reviewRating: { '@type': 'Rating', alternateName: 'Partly supported', ratingValue: 4, bestRating: 5, worstRating: 1 },
    });
  });

  test('the claim\'s appearance is the work where it can be read, at the work\'s own address; the atlas\'s page about the work is only sameAs', () => {
    const { appearance, firstAppearance } = ld('baidu-first').itemReviewed;
    expect(appearance.url).toBe('https://arxiv.org/abs/2001.08361');
    expect(appearance.sameAs).toEqual(['https://atlas.example/works/kaplan-2020/']);
    expect(firstAppearance).toBeUndefined();
  });

  test('a work that records no address of its own appears without a url, never with the atlas page as one', () => {
    const files = withEdit('content/works/kaplan-2020.mdx', (text) => text.replace('identifiers: { arxiv: "2001.08361" }\n', ''));
    const bare = buildKnowledgeBase(checkFiles(files).entries as KbEntry[]);
    const { appearance } = (entityJsonLd(bare, bare.get('baidu-first'), SITE) as Record<string, any>).itemReviewed;
    expect(appearance).not.toHaveProperty('url');
    expect(appearance.sameAs).toEqual(['https://atlas.example/works/kaplan-2020/']);
  });

  test('a claim review is dated by the day its entry was added (datePublished) and last changed (dateModified), and undated when git does not know', () => {
    const dated = entityJsonLd(kb, kb.get('baidu-first'), SITE, { added: '2026-11-20T23:30:00-08:00', updated: '2026-11-29T07:01:28+00:00' }) as Record<string, any>;
    expect(dated).toMatchObject({ datePublished: '2026-11-20', dateModified: '2026-11-29' });
    expect(ld('baidu-first')).not.toHaveProperty('datePublished');
    expect(ld('baidu-first')).not.toHaveProperty('dateModified');
  });

  test('a work\'s own page keeps the atlas page as url and the work\'s addresses as sameAs', () => {
    expect(ld('kaplan-2020')).toMatchObject({ url: 'https://atlas.example/works/kaplan-2020/', sameAs: ['https://arxiv.org/abs/2001.08361'] });
  });

  test('unverified has a name but no rating value; dates keep their precision', () => {
    expect(verdictRating('unverified')).not.toHaveProperty('ratingValue');
    expect(verdictRating('false').ratingValue).toBe(1);
    expect(schemaDate('2024-11~')).toBe('2024-11');
    expect(schemaDate('2014-11/2015-10')).toBe('2014-11');
  });
});
