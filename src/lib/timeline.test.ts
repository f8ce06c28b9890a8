import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type DatedItem, type KbEntry } from './kb.ts';
import { parseEdtf, spanRange } from './dates.ts';
import { buildTimeline, factLabel, itemsByYear, latestAccessed, timelineItem, UNKNOWN_END_DRAWN_MS } from './timeline.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';
import type { EntryCheck } from './entry-check.ts';

const NOW = Date.parse('2026-11-29T00:00:00Z');

/** A dated fact of a work published on `edtf`, or of a person's span when `edtf` holds a slash. */
function dated(edtf: string, overrides: Partial<DatedItem> = {}): DatedItem {
  const [from, to] = edtf.split('/');
  const range = edtf.includes('/') ? spanRange(from!, to || undefined) : parseEdtf(edtf);
  const span = edtf.includes('/');
  return {
    id: span ? `affiliation:a@b:${from}` : `published:w-${edtf}`,
    kind: span ? 'affiliation' : 'published',
    entity: span ? 'a' : 'w',
    collection: span ? 'people' : 'works',
    title: span ? 'A at B' : 'A work',
    edtf: range.edtf,
    range,
    url: span ? '/people/a/' : '/works/w/',
    involves: ['w'],
    ...overrides,
  };
}

describe('timelineItem: how a date is drawn', () => {
  test('an exact day is a point with no end and no uncertainty class', () => {
    const item = timelineItem(dated('2017-12-01'), NOW);
    expect(item).toMatchObject({ type: 'point', start: '2017-12-01T00:00:00.000Z', group: 'works', className: 'tl-works', uncertain: false });
    expect(item.end).toBeUndefined();
  });

  test('a month is a range over the whole month, marked imprecise', () => {
    const item = timelineItem(dated('2014-11'), NOW);
    expect(item).toMatchObject({ type: 'range', start: '2014-11-01T00:00:00.000Z', end: '2014-11-30T23:59:59.999Z', className: 'tl-works tl-imprecise' });
  });

  test('a year is a range over the whole year', () => {
    expect(timelineItem(dated('1993'), NOW)).toMatchObject({ type: 'range', start: '1993-01-01T00:00:00.000Z', end: '1993-12-31T23:59:59.999Z' });
  });

  test('an approximate month is a range marked approximate, with the date in words on its label and the EDTF in its tooltip', () => {
    const item = timelineItem(dated('2024-11~'), NOW);
    expect(item).toMatchObject({ type: 'range', start: '2024-11-01T00:00:00.000Z', end: '2024-11-30T23:59:59.999Z', uncertain: true });
    expect(item.className.split(' ')).toEqual(['tl-works', 'tl-approximate']);
    expect(item.content).toBe('◆ A work (c. Nov 2024)');
    expect(item.title).toContain('EDTF: 2024-11~');
    expect(item.date).toBe('c. Nov 2024');
  });

  test('an uncertain year is a range marked uncertain, not approximate', () => {
    const item = timelineItem(dated('1993?'), NOW);
    expect(item.type).toBe('range');
    expect(item.className.split(' ')).toEqual(['tl-works', 'tl-uncertain']);
  });

  test('an approximate day is still drawn as a range, never as an exact point', () => {
    expect(timelineItem(dated('2024-11-11~'), NOW)).toMatchObject({ type: 'range', className: 'tl-works tl-approximate' });
  });

  test('a span runs from the start of its first date to the end of its last', () => {
    const item = timelineItem(dated('2014-11/2017-04'), NOW);
    expect(item).toMatchObject({ type: 'range', group: 'people', start: '2014-11-01T00:00:00.000Z', end: '2017-04-30T23:59:59.999Z', className: 'tl-people tl-span' });
    expect(item.times).toEqual([
      { text: 'Nov 2014', datetime: '2014-11' },
      { text: 'Apr 2017', datetime: '2017-04' },
    ]);
  });

  test('an ongoing span is drawn to the given "now" and says "present"', () => {
    const item = timelineItem(dated('2021/..'), NOW);
    expect(item).toMatchObject({ type: 'range', start: '2021-01-01T00:00:00.000Z', end: '2026-11-29T00:00:00.000Z', className: 'tl-people tl-span tl-open' });
    expect(item.title).toContain('2021 – present');
    expect(item.times.at(-1)).toEqual({ text: 'present' });
  });

  test('a span whose end is not known fades out a year after its start, never past "now", and its label says so', () => {
    const item = timelineItem(dated('2013-09/'), NOW);
    expect(item).toMatchObject({ type: 'range', start: '2013-09-01T00:00:00.000Z', className: 'tl-people tl-span tl-end-unknown' });
    expect(Date.parse(item.end!) - Date.parse(item.start)).toBe(UNKNOWN_END_DRAWN_MS);
    expect(item.content).toContain('(Sep 2013 – end unknown)');
    expect(timelineItem(dated('2026-06/'), NOW).end).toBe('2026-11-29T00:00:00.000Z');
  });

  test('a span with an approximate end is approximate', () => {
    const item = timelineItem(dated('2017/2019~'), NOW);
    expect(item.className.split(' ')).toEqual(['tl-people', 'tl-approximate', 'tl-span']);
    expect(item.uncertain).toBe(true);
  });

  test('labels and tooltips are escaped, long labels shortened, the full title kept as text', () => {
    const title = 'Scaling <b>laws</b> & the very long title of a paper that goes on and on about compute';
    const item = timelineItem(dated('2020-01-23', { title }), NOW);
    expect(item.content).not.toContain('<b>');
    expect(item.content).toContain('&lt;b&gt;');
    expect(item.content.endsWith('…')).toBe(true);
    expect(item.title).toContain('&amp; the very long title of a paper that goes on and on about compute');
    expect(item.text).toBe(title);
  });

  test('marks Chinese in labels and tooltips as Chinese, as the chronology does', () => {
    const title = 'The article "震惊!发现大模型规律的原来是百度" was published by 大咖科技';
    const item = timelineItem(dated('2024-11~', { title }), NOW);
    expect(item.content).toContain('&quot;<span lang="zh">震惊!发现大模型规律的原来是百度</span>&quot;');
    expect(item.title).toContain('by <span lang="zh">大咖科技</span>');
    expect(item.text).toBe(title);
  });

  test('a claim’s label and tooltip carry its verdict in the verdict badge’s symbol and word', () => {
    const claim = dated('2020-01-23', { id: 'claim:c', kind: 'claim', entity: 'c', collection: 'claims', title: 'Baidu found it first', url: '/claims/c/' });
    const item = timelineItem(claim, NOW, { verdict: 'partly-supported' });
    expect(item.content).toBe('⬢ Baidu found it first · ◐ Partly supported');
    expect(item.title).toBe('Baidu found it first\nVerdict: ◐ Partly supported\n23 Jan 2020\nEDTF: 2020-01-23');
    expect(item.verdict).toBe('partly-supported');
    expect(item.className, 'a verdict is no class of its own').toBe('tl-claims');
  });

  test('a fact of an entry not fully verified is marked † with its own class, in the label after the date and in the tooltip', () => {
    const item = timelineItem(dated('2024-11~'), NOW, { verification: 'secondary' });
    expect(item.content).toBe('◆ A work (c. Nov 2024) †');
    expect(item.title.split('\n').at(-1)).toBe('† Not fully verified: only secondary sources');
    expect(item.className.split(' ')).toEqual(['tl-works', 'tl-approximate', 'tl-not-verified']);
    expect(item).toMatchObject({ verification: 'secondary', uncertain: true });
  });

  test('the keyboard’s status line says in words what the label draws: kind, date, a claim’s verdict and that its entry is not fully verified', () => {
    const claim = dated('2024-11~', { id: 'claim:c', kind: 'claim', entity: 'c', collection: 'claims', title: 'Baidu discovered scaling laws first', url: '/claims/c/' });
    const item = timelineItem(claim, NOW, { verdict: 'partly-supported', verification: 'secondary' });
    expect(item.content).toBe('⬢ Baidu discovered scaling laws first (c. Nov 2024) · ◐ Partly supported †');
    expect(item.spoken).toEqual({ kind: 'Claim', after: '(c. Nov 2024). Verdict: Partly supported. Not fully verified: only secondary sources.' });
    expect(timelineItem(dated('2014-11/2017-04'), NOW).spoken, 'an affiliation is in the people’s row').toEqual({ kind: 'Person', after: '(Nov 2014 – Apr 2017).' });
  });

  test('factLabel draws and says the same parts; only the drawing leaves out a date its position shows', () => {
    const parts = { kind: 'work', title: 'A work', date: '23 Jan 2020' } as const;
    expect(factLabel({ ...parts, dateDrawn: false })).toEqual({ drawn: '◆ A work', spoken: { kind: 'Work', after: '(23 Jan 2020).' } });
    expect(factLabel({ ...parts, dateDrawn: true, verification: 'unverified' })).toEqual({ drawn: '◆ A work (23 Jan 2020) †', spoken: { kind: 'Work', after: '(23 Jan 2020). Not fully verified: central facts not checked.' } });
  });

  test('a fact of an entry whose date alone is unverified says so in the tooltip and in words, not that its facts are unchecked', () => {
    const item = timelineItem(dated('2017-12?'), NOW, { verification: 'date' });
    expect(item.content).toBe('◆ A work (Dec 2017?) †');
    expect(item.title.split('\n').at(-1)).toBe('† Date not verified');
    expect(item.spoken).toEqual({ kind: 'Work', after: '(Dec 2017?). Date not verified.' });
    expect(item.className.split(' ')).toContain('tl-not-verified');
  });

  test('an uncertain date is not an unverified entry, nor the other way round', () => {
    const verifiedButApproximate = timelineItem(dated('2024-11~'), NOW);
    expect(verifiedButApproximate.className).not.toContain('tl-not-verified');
    expect(verifiedButApproximate.content).not.toContain('†');
    expect(verifiedButApproximate).not.toHaveProperty('verification');
    const exactButUnverified = timelineItem(dated('2017-12-01'), NOW, { verification: 'unverified' });
    expect(exactButUnverified).toMatchObject({ className: 'tl-works tl-not-verified', uncertain: false, type: 'point' });
  });

  test('a fact of a collection without a row is an error naming it', () => {
    expect(() => timelineItem(dated('2020', { collection: 'datasets', id: 'x:y' }), NOW)).toThrow(/"x:y".*datasets/);
  });
});

describe('buildTimeline', () => {
  const { entries, issues } = checkFiles(validFiles());
  const kb = buildKnowledgeBase(entries as KbEntry[]);

  test('holds one item per dated fact, in the knowledge base order, in the row of its collection', () => {
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const timeline = buildTimeline(kb.dated, new Date(NOW));
    expect(timeline.items.map((item) => item.id)).toEqual(kb.dated.map((item) => item.id));
    expect(timeline.items.map((item) => `${item.group} ${item.type}`)).toEqual([
      'events point',
      'orgs point',
      'people range',
      'works point',
      'claims point',
      'works point',
    ]);
    expect(timeline.items.find((item) => item.kind === 'affiliation')).toMatchObject({ edtf: '2017/2019~', url: '/people/joel-hestness/' });
  });

  test('gives each fact its entry’s check: a claim its verdict, an affiliation the verification of its person', () => {
    const checks: Record<string, EntryCheck> = { 'baidu-first': { verdict: 'partly-supported' }, 'joel-hestness': { verification: 'unverified' } };
    const timeline = buildTimeline(kb.dated, new Date(NOW), (id) => checks[id] ?? {});
    expect(timeline.items.find((item) => item.kind === 'claim')).toMatchObject({ verdict: 'partly-supported' });
    expect(timeline.items.find((item) => item.kind === 'affiliation')).toMatchObject({ verification: 'unverified' });
    expect(timeline.items.filter((item) => item.verification).map((item) => item.kind)).toEqual(['affiliation']);
  });

  test('has five rows in a fixed order, each with its kind symbol', () => {
    const { groups } = buildTimeline(kb.dated, new Date(NOW));
    expect(groups.map((group) => [group.id, group.order])).toEqual([
      ['people', 0],
      ['orgs', 1],
      ['works', 2],
      ['events', 3],
      ['claims', 4],
    ]);
    expect(groups[0]!.content).toBe('● People');
  });

  test('is deterministic: the same facts and "now" give the same JSON', () => {
    const now = new Date(NOW);
    expect(JSON.stringify(buildTimeline(kb.dated, now))).toBe(JSON.stringify(buildTimeline(kb.dated, new Date(NOW))));
    expect(buildTimeline(kb.dated, now).now).toBe('2026-11-29T00:00:00.000Z');
  });
});

describe('helpers', () => {
  test('itemsByYear groups by start year, oldest first', () => {
    const items = ['2017-12-01', '1993', '2017-03', '2014-11/2017-04'].map((edtf) => timelineItem(dated(edtf), NOW));
    expect(itemsByYear(items).map(({ year, items: list }) => [year, list.map((item) => item.edtf)])).toEqual([
      [1993, ['1993']],
      [2014, ['2014-11/2017-04']],
      [2017, ['2017-12-01', '2017-03']],
    ]);
  });

  test('latestAccessed finds the latest accessed day at any depth', () => {
    const data = [{ sources: [{ accessed: '2026-11-20' }] }, { affiliations: [{ source: { accessed: '2026-11-29' } }] }, { accessed: 3 }];
    expect(latestAccessed(data)).toBe('2026-11-29');
    expect(latestAccessed([{ name: 'x' }])).toBeUndefined();
  });
});
