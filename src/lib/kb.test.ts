import { describe, expect, test } from 'vitest';
import { affiliationSpan, buildKnowledgeBase, entityOrder, inTimeOrder, type KbEntry } from './kb.ts';
import { entityPath } from './urls.ts';
import { checkFiles, validFiles, withEdit } from './test-fixtures.ts';

function fixtureKb() {
  const { entries, issues } = checkFiles(validFiles());
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  return buildKnowledgeBase(entries as KbEntry[]);
}

describe('buildKnowledgeBase', () => {
  test('makes one entity per entry with kind, label and page path', () => {
    const kb = fixtureKb();
    expect(kb.entities.size).toBe(6);
    expect(kb.get('joel-hestness')).toMatchObject({ kind: 'person', label: 'Joel Hestness', url: '/people/joel-hestness/' });
    expect(kb.get('baidu-svail')).toMatchObject({ kind: 'org', nativeLabel: { text: '百度硅谷人工智能实验室', lang: 'zh' }, year: 2014 });
    expect(kb.get('baidu-first')).toMatchObject({ kind: 'claim', url: '/claims/baidu-first/', date: '2020-01-23' });
  });

  test('labels a work with its type when it shares its title with a paper, so the two can be told apart', () => {
    const files = validFiles();
    files['content/works/hestness-blog.mdx'] = files['content/works/hestness-2017.mdx']!.replace('type: preprint', 'type: blog-post').replace('identifiers: { arxiv: "1712.00409" }', '');
    const kb = buildKnowledgeBase(checkFiles(files).entries as KbEntry[]);
    expect(kb.get('hestness-blog').label).toBe('Deep Learning Scaling is Predictable, Empirically (blog post)');
    expect(kb.get('hestness-2017').label).toBe('Deep Learning Scaling is Predictable, Empirically');
    expect(fixtureKb().get('hestness-2017').label).toBe('Deep Learning Scaling is Predictable, Empirically');
  });

  test('gives a dataset the address of its chart in the /charts/ gallery', () => {
    expect(entityPath('datasets', 'kaplan-2020-single-variable-fits')).toBe('/charts/#kaplan-2020-single-variable-fits');
    expect(entityPath('works', 'kaplan-2020')).toBe('/works/kaplan-2020/');
  });

  test('turns every reference into a typed relation with evidence', () => {
    const kb = fixtureKb();
    const summary = kb.relations.map((r) => `${r.type} ${r.source} -> ${r.target}`).sort();
    expect(summary).toEqual(
      [
        'about baidu-first -> baidu-svail',
        'about baidu-first -> hestness-2017',
        'authored baidu-svail -> hestness-2017',
        'authored joel-hestness -> hestness-2017',
        'cites kaplan-2020 -> hestness-2017',
        'influenced hestness-2017 -> kaplan-2020',
        'involved baidu-svail -> svail-opens',
        'made_claim kaplan-2020 -> baidu-first',
        'member_of joel-hestness -> baidu-svail',
        'part_of baidu-first -> kaplan-2020',
        'supports hestness-2017 -> baidu-first',
      ].sort()
    );
    for (const relation of kb.relations) {
      expect(relation.evidence.length, relation.id).toBeGreaterThan(0);
      expect(relation.evidence[0]!.source.url, relation.id).toMatch(/^https:/);
    }
  });

  test('a work that repeats a claim contains it, with its locator and the source it was read in', () => {
    const files = withEdit('content/claims/baidu-first.mdx', (text) =>
      text.replace('date: 2020-01-23', 'repeatedIn:\n  - { work: hestness-2017, locator: "§2, paragraph 3", source: { url: "https://example.org/copy", accessed: 2026-11-29 } }\ndate: 2020-01-23')
    );
    const { entries, issues } = checkFiles(files);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const kb = buildKnowledgeBase(entries as KbEntry[]);
    const repeated = kb.incoming('hestness-2017').find((relation) => relation.type === 'part_of')!;
    expect(repeated).toMatchObject({ source: 'baidu-first', note: '§2, paragraph 3', declaredIn: { entity: 'baidu-first', path: 'repeatedIn[0].work' } });
    expect(repeated.evidence[0]).toMatchObject({ source: { url: 'https://example.org/copy' }, work: 'hestness-2017' });
  });

  test('gives backlinks both ways', () => {
    const kb = fixtureKb();
    expect(kb.incoming('hestness-2017').map((r) => r.type).sort()).toEqual(['about', 'authored', 'authored', 'cites']);
    expect(kb.outgoing('hestness-2017').map((r) => `${r.type}:${r.target}`).sort()).toEqual(['influenced:kaplan-2020', 'supports:baidu-first']);
    expect(kb.outgoing('kaplan-2020').map((r) => `${r.type}:${r.target}`)).toContain('cites:hestness-2017');
    expect(kb.incoming('kaplan-2020').map((r) => `${r.type}:${r.source}`)).toContain('influenced:hestness-2017');
    expect(kb.outgoing('joel-hestness').find((r) => r.type === 'member_of')).toMatchObject({ from: '2017', to: '2019~' });
  });

  test('keeps the evidence and note of a citation on its relation', () => {
    const kb = fixtureKb();
    const cites = kb.relations.find((r) => r.type === 'cites')!;
    expect(cites.note).toBe('Related work, as [HNA+17]');
    expect(cites.evidence[0]!.source.url).toBe('https://arxiv.org/abs/2001.08361');
    expect(cites.declaredIn).toEqual({ entity: 'kaplan-2020', path: 'cites[0].work' });
  });

  test('lists dated facts in order, affiliations as spans', () => {
    const kb = fixtureKb();
    expect(kb.dated.map((d) => d.id)).toEqual([
      'event:svail-opens',
      'founded:baidu-svail',
      'affiliation:joel-hestness@baidu-svail:2017',
      'published:hestness-2017',
      'claim:baidu-first',
      'published:kaplan-2020',
    ]);
    const span = kb.dated.find((d) => d.kind === 'affiliation')!;
    expect(span).toMatchObject({ edtf: '2017/2019~', entity: 'joel-hestness', related: 'baidu-svail' });
    expect(span.range.uncertain).toBe(true);
    expect(kb.datedFor('baidu-svail').map((d) => d.kind)).toEqual(['event', 'founded', 'affiliation', 'published', 'claim']);
    expect(kb.datedFor('joel-hestness').map((d) => d.id)).toEqual(['affiliation:joel-hestness@baidu-svail:2017', 'published:hestness-2017']);
  });

  test('lists on each entry the dated facts that concern it: a work its publication and the claims about it', () => {
    const kb = fixtureKb();
    expect(kb.datedFor('hestness-2017').map((d) => d.id)).toEqual(['published:hestness-2017', 'claim:baidu-first']);
    expect(kb.datedFor('kaplan-2020').map((d) => d.id)).toEqual(['claim:baidu-first', 'published:kaplan-2020']);
    expect(kb.dated.find((d) => d.id === 'claim:baidu-first')!.involves.sort()).toEqual(['baidu-first', 'baidu-svail', 'hestness-2017', 'kaplan-2020']);
  });

  test('a claim’s dated fact names the work it was made in; other facts name none', () => {
    const kb = fixtureKb();
    expect(kb.dated.find((d) => d.id === 'claim:baidu-first')!.madeIn).toBe('kaplan-2020');
    expect(kb.dated.filter((d) => d.kind !== 'claim').every((d) => d.madeIn === undefined)).toBe(true);
  });

  test('sorts each collection: dated entries by date', () => {
    const kb = fixtureKb();
    expect(kb.byCollection.works.map((w) => w.id)).toEqual(['hestness-2017', 'kaplan-2020']);
  });

  test('lists organisations and people by name, whatever their dates, and works, claims and events by date with the undated last', () => {
    const org = (label: string, date?: string) => ({ collection: 'orgs' as const, label, ...(date ? { date } : {}) });
    const orgs = [org('OpenAI', '2015-12'), org('Google Brain', '2011'), org('AMD'), org('Baidu', '2000-01')];
    expect(orgs.sort(entityOrder).map((o) => o.label)).toEqual(['AMD', 'Baidu', 'Google Brain', 'OpenAI']);
    const event = (label: string, date?: string) => ({ collection: 'events' as const, label, ...(date ? { date } : {}) });
    const events = [event('Undated B'), event('Later', '2020'), event('Undated A'), event('Earlier', '2014-05'), event('Same day', '2014-05')];
    expect(events.sort(entityOrder).map((e) => e.label)).toEqual(['Earlier', 'Same day', 'Later', 'Undated A', 'Undated B']);
  });

  test('is deterministic', () => {
    expect(JSON.stringify(fixtureKb().relations)).toBe(JSON.stringify(fixtureKb().relations));
  });
});

describe('inTimeOrder', () => {
  const ends: Record<string, { date?: string; label: string }> = {
    kaplan: { date: '2020-01-23', label: 'Scaling Laws for Neural Language Models' },
    hestness: { date: '2017-12-01', label: 'Deep Learning Scaling is Predictable' },
    gpt3: { date: '2020-05~', label: 'Language Models are Few-Shot Learners' },
    svail: { label: 'Baidu Silicon Valley AI Lab' },
    anthropic: { label: 'Anthropic' },
  };
  const otherEnd = (relation: { end: string }) => ends[relation.end]!;

  test('orders by the relation’s own start, else the other end’s date, EDTF-aware, undated last by label', () => {
    const relations: { end: string; from?: string }[] = [{ end: 'svail' }, { end: 'kaplan' }, { end: 'anthropic' }, { end: 'gpt3' }, { end: 'hestness' }, { end: 'svail', from: '2014-11' }];
    expect(inTimeOrder(relations, otherEnd).map((r) => `${r.end}${'from' in r ? '@' + r.from : ''}`)).toEqual(['svail@2014-11', 'hestness', 'kaplan', 'gpt3', 'anthropic', 'svail']);
  });

  test('leaves the list it is given as it was', () => {
    const relations: { end: string; from?: string }[] = [{ end: 'kaplan' }, { end: 'hestness' }];
    inTimeOrder(relations, otherEnd);
    expect(relations.map((r) => r.end)).toEqual(['kaplan', 'hestness']);
  });
});

describe('affiliationSpan', () => {
  test('writes an affiliation as its entry gives it: present, end unknown, or one date when it began and ended within it', () => {
    expect(affiliationSpan({ from: '2021', to: 'present' })).toBe('2021 – present');
    expect(affiliationSpan({ from: '2013-09' })).toBe('Sep 2013 – end unknown');
    expect(affiliationSpan({ from: '2014-11', to: '2015-10' })).toBe('Nov 2014 – Oct 2015');
    expect(affiliationSpan({ from: '2015-22', to: '2015-22' })).toBe('summer 2015');
    expect(affiliationSpan({ to: '2015' })).toBe('');
  });
});
