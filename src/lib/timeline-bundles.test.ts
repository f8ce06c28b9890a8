import { describe, expect, test } from 'vitest';
import type { DatedItem } from './kb.ts';
import { parseEdtf } from './dates.ts';
import { buildTimeline, type TimelineItem } from './timeline.ts';
import { BUNDLE_MIN, claimBundles } from './timeline-bundles.ts';
import { drawnItems, stepThroughItems } from './timeline-view.ts';
import type { Verdict } from './schema.ts';

const NOW = new Date('2026-11-29T00:00:00Z');

/** The dated fact of work `id` published on `edtf`. */
function work(id: string, edtf: string, title = `Work ${id}`): DatedItem {
  return { id: `published:${id}`, kind: 'published', entity: id, collection: 'works', title, edtf, range: parseEdtf(edtf), url: `/works/${id}/`, involves: [id] };
}

/** The dated fact of claim `id`, made in work `madeIn` on `edtf`. */
function claim(id: string, madeIn: string, edtf: string): DatedItem {
  return { id: `claim:${id}`, kind: 'claim', entity: id, collection: 'claims', title: `Claim ${id}`, edtf, range: parseEdtf(edtf), url: `/claims/${id}/`, involves: [id], madeIn };
}

/** The verdict of each claim id in the fixtures. */
const VERDICTS: Record<string, Verdict> = { a: 'false', b: 'supported', c: 'supported', d: 'unverified', e: 'supported', f: 'partly-supported' };

/** The timeline of `dated`, claims checked as VERDICTS says and claim `c` not fully verified. */
const timelineOf = (dated: DatedItem[]) => buildTimeline(dated, NOW, (id) => ({ ...(VERDICTS[id] ? { verdict: VERDICTS[id] } : {}), ...(id === 'c' ? { verification: 'secondary' as const } : {}) }));

describe('claimBundles: claims of one work and one date drawn as one item', () => {
  const article = work('article', '2024-11~', 'Shocking! It turns out Baidu discovered the law of large models');
  const dated = [work('podcast', '2024-11-11'), article, claim('a', 'article', '2024-11~'), claim('b', 'article', '2024-11~'), claim('c', 'article', '2024-11~'), claim('d', 'podcast', '2024-11-11'), claim('e', 'article', '2024-12')];
  const timeline = timelineOf(dated);

  test('bundles the claims that share their work and date, at least BUNDLE_MIN of them, and no other', () => {
    expect(BUNDLE_MIN).toBe(3);
    expect(timeline.bundles.map((bundle) => bundle.members)).toEqual([['claim:a', 'claim:b', 'claim:c']]);
    expect(timeline.items.filter((item) => item.bundle).map((item) => item.id)).toEqual(['claim:a', 'claim:b', 'claim:c']);
    expect(timeline.items.every((item) => !item.bundle || item.bundle === timeline.bundles[0]!.id)).toBe(true);
  });

  test('two claims of a work and date are drawn one by one', () => {
    const two = timelineOf([article, claim('a', 'article', '2024-11~'), claim('b', 'article', '2024-11~')]);
    expect(two.bundles).toEqual([]);
    expect(two.items.some((item) => item.bundle)).toBe(false);
  });

  test('a bundle is drawn where its claims are, dated as they are, and opens the work’s list of its claims', () => {
    const [bundle] = timeline.bundles;
    const member = timeline.items.find((item) => item.id === 'claim:a')!;
    expect(bundle).toMatchObject({ id: 'claims-in:article:2024-11~', group: 'claims', type: 'range', start: member.start, end: member.end, url: '/works/article/#claims-heading' });
    expect(bundle!.className.split(' '), 'its date’s classes, not an entry’s "not fully verified"').toEqual(['tl-claims', 'tl-approximate', 'tl-bundle']);
  });

  test('its label counts the claims, names the work (shortened), gives an uncertain date and counts the verdicts, best supported first', () => {
    const [bundle] = timeline.bundles;
    expect(bundle!.content).toBe('⬢ 3 claims in “Shocking! It turns out Baidu…” (c. Nov 2024) · ✓ 2 ✗ 1');
    expect(bundle!.text).toBe('3 claims in “Shocking! It turns out Baidu discovered the law of large models”');
    expect(bundle!.spoken).toEqual({ kind: 'Claims', after: '(c. Nov 2024). Verdicts: Supported 2, False 1.' });
  });

  test('its tooltip lists every claim with its verdict’s symbol, best supported first, then the date and its EDTF, escaped', () => {
    const titled = timelineOf([article, claim('a', 'article', '2024-11~'), claim('b', 'article', '2024-11~'), { ...claim('f', 'article', '2024-11~'), title: 'A <b>bold</b> claim' }]);
    expect(titled.bundles[0]!.title.split('\n')).toEqual([
      '3 claims in “Shocking! It turns out Baidu discovered the law of large models”',
      '✓ Claim b',
      '◐ A &lt;b&gt;bold&lt;/b&gt; claim',
      '✗ Claim a',
      'c. Nov 2024',
      'EDTF: 2024-11~',
    ]);
  });

  test('claims whose work has no dated fact of its own are drawn one by one', () => {
    const orphans = [claim('a', 'lost', '2024-11~'), claim('b', 'lost', '2024-11~'), claim('c', 'lost', '2024-11~')];
    const items = orphans.map((fact) => ({ id: fact.id, kind: fact.kind, edtf: fact.edtf }) as TimelineItem);
    expect(claimBundles(items, orphans)).toEqual([]);
  });

  test('the drawing shows each bundle instead of its claims, and the keyboard steps over a bundle as one item', () => {
    const drawn = drawnItems(timeline);
    expect(drawn.map((item) => item.id).sort()).toEqual(['claim:d', 'claim:e', 'claims-in:article:2024-11~', 'published:article', 'published:podcast'].sort());
    const order: string[] = [];
    for (let at: string | undefined, move = 'first' as const; order.length < 3; ) {
      at = stepThroughItems(drawn, ['claims'], at, order.length === 0 ? move : 'next');
      order.push(at!);
    }
    expect(order).toEqual(['claims-in:article:2024-11~', 'claim:d', 'claim:e']);
  });
});
