import { describe, expect, test } from 'vitest';
import { claimSchema, collectionNamed, personSchema, sourceSchema, workSchema, edtfDate } from './schema.ts';

const source = { url: 'https://example.org/a', accessed: '2026-11-29' };

describe('sourceSchema', () => {
  test('needs a URL and an accessed day, and defaults to a primary reading', () => {
    expect(sourceSchema.parse(source)).toEqual({ ...source, reliability: 'primary' });
    expect(sourceSchema.safeParse({ url: 'example.org', accessed: '2026-11-29' }).success).toBe(false);
    expect(sourceSchema.safeParse({ url: 'https://example.org', accessed: '2026-11' }).success).toBe(false);
  });

  test('accepts the Date that YAML makes of an unquoted day', () => {
    expect(sourceSchema.parse({ url: source.url, accessed: new Date('2026-11-29T00:00:00Z') }).accessed).toBe('2026-11-29');
  });
});

describe('edtfDate', () => {
  test('keeps EDTF text and turns YAML numbers back into text', () => {
    expect(edtfDate.parse('2014-11~')).toBe('2014-11~');
    expect(edtfDate.parse(2014)).toBe('2014');
    expect(edtfDate.safeParse('late 2014').success).toBe(false);
  });
});

describe('personSchema', () => {
  test('fills defaults for lists and rejects unknown fields', () => {
    const person = personSchema.parse({ name: 'Andrew Ng', nativeName: { text: '吴恩达', lang: 'zh' }, summary: 'x', sources: [source] });
    expect(person.affiliations).toEqual([]);
    expect(person.influencedBy).toEqual([]);
    expect(personSchema.safeParse({ name: 'A', summary: 'x', nickname: 'y' }).success).toBe(false);
  });
});

describe('workSchema', () => {
  test('takes authors as plain names or person references', () => {
    const work = workSchema.parse({ title: 'T', type: 'preprint', date: '2017-12-01', authors: ['Sharan Narang', { person: 'joel-hestness' }], summary: 's' });
    expect(work.authors).toEqual(['Sharan Narang', { person: 'joel-hestness' }]);
  });

  test('checks the form of identifiers', () => {
    expect(workSchema.safeParse({ title: 'T', type: 'preprint', date: '2017', identifiers: { arxiv: '1712.00409' }, summary: 's' }).success).toBe(true);
    expect(workSchema.safeParse({ title: 'T', type: 'preprint', date: '2017', identifiers: { arxiv: 'arXiv:1712' }, summary: 's' }).success).toBe(false);
    expect(workSchema.safeParse({ title: 'T', type: 'paper', date: '2019', identifiers: { doi: 'https://doi.org/10.1145/3293883.3295710' }, summary: 's' }).success).toBe(false);
  });
});

describe('claimSchema', () => {
  const claim = {
    statement: 'S',
    claimant: 'a',
    madeIn: { work: 'w' },
    date: '2024-11~',
    about: ['b'],
    verdict: 'false',
    reasoning: 'r',
    evidence: [{ stance: 'contradicts', note: 'n', source }],
    source,
  };

  test('accepts a claim with verdict and evidence', () => {
    expect(claimSchema.parse(claim).unverifiedParts).toEqual([]);
  });

  test('gives the atlas’s own words typographic quotes, and leaves a quotation, a title and Chinese as written', () => {
    const parsed = claimSchema.parse({
      ...claim,
      statementZh: '他说"三年"',
      reasoning: '"First" does not hold: Baidu\'s paper came later',
      quote: { text: "I didn't measure things", lang: 'en' },
      evidence: [{ stance: 'supports', locator: "Li's interview, paragraph 4", note: 'calls it "the closest"', quote: { text: '"早了三年"', lang: 'zh', translation: '"three years earlier"' }, source: { ...source, label: "Reuters' report" } }],
    });
    expect(parsed.reasoning).toBe('“First” does not hold: Baidu’s paper came later');
    expect(parsed.evidence[0]).toMatchObject({ locator: 'Li’s interview, paragraph 4', note: 'calls it “the closest”', quote: { text: '"早了三年"', translation: '“three years earlier”' }, source: { label: 'Reuters’ report' } });
    expect(parsed.quote?.text).toBe("I didn't measure things");
    expect(parsed.statementZh).toBe('他说"三年"');
    expect(workSchema.parse({ title: "Don't Stop Pretraining", type: 'paper', date: '2020', summary: "Gururangan's paper", sources: [source] })).toMatchObject({ title: "Don't Stop Pretraining", summary: 'Gururangan’s paper' });
  });

  test('allows only the six verdicts and the three stances', () => {
    expect(claimSchema.safeParse({ ...claim, verdict: 'mostly true' }).success).toBe(false);
    expect(claimSchema.safeParse({ ...claim, evidence: [{ ...claim.evidence[0], stance: 'refutes' }] }).success).toBe(false);
  });
});

describe('collectionNamed', () => {
  test('accepts plural and singular names', () => {
    expect(collectionNamed('people')).toBe('people');
    expect(collectionNamed('Person')).toBe('people');
    expect(collectionNamed('claim')).toBe('claims');
    expect(collectionNamed('peeple')).toBeUndefined();
  });
});
