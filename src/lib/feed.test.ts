import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type Entity, type KbEntry } from './kb.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';
import { feedItems } from './feed.ts';

const kb = buildKnowledgeBase(checkFiles(validFiles()).entries as KbEntry[]);
const SITE = 'https://atlas.example/';

/** Last-changed dates by entry id, as git would give them for their files. */
const changedOn = (dates: Record<string, string>) => (entity: Entity) => dates[entity.id];
/** Feed options with entries last changed on `dates` and each entry's history at a made-up forge address. */
const options = (dates: Record<string, string>, length?: number) => ({ lastUpdated: changedOn(dates), history: (entity: Entity) => `https://forge.example/history/${entity.id}`, site: SITE, length });

describe('feed items', () => {
  test('list the last changed first, comparing instants across time-zone offsets, entries without a date last by id', () => {
    const items = feedItems(kb, options({ 'joel-hestness': '2026-11-29T23:30:00-05:00', 'baidu-first': '2026-11-30T02:00:00+00:00', 'kaplan-2020': '2026-11-30T06:00:00+01:00' }));
    // Written as text, Kaplan's date would come first and Hestness's last; as instants, Hestness's (04:30 UTC) is between.
    expect(items.slice(0, 3).map((item) => item.link)).toEqual(['https://atlas.example/works/kaplan-2020/', 'https://atlas.example/people/joel-hestness/', 'https://atlas.example/claims/baidu-first/']);
    const undated = items.slice(3);
    expect(undated.every((item) => item.pubDate === undefined)).toBe(true);
    const undatedIds = undated.map((item) => idOf(item.link!));
    expect(undatedIds).toEqual([...undatedIds].sort());
  });

  test('name the kind and the entry; a claim also its verdict, and its reasoning as the text; each says where its changes can be read', () => {
    const items = feedItems(kb, options({}));
    const claim = items.find((item) => item.link!.endsWith('/claims/baidu-first/'))!;
    expect(claim.title).toBe('Claim: Baidu found scaling laws before OpenAI. (verdict: Partly supported)');
    expect(claim.description).toBe('Verdict: Partly supported. The 2017 preprint came first, but not first of all. What changed, commit by commit: https://forge.example/history/baidu-first');
    expect(claim.categories).toEqual(['Claim', 'Partly supported']);
    const person = items.find((item) => item.link!.endsWith('/people/joel-hestness/'))!;
    expect(person).toMatchObject({ title: 'Person: Joel Hestness', description: 'First author of the 2017 Baidu scaling paper. What changed, commit by commit: https://forge.example/history/joel-hestness', categories: ['Person'] });
    const withoutFile = feedItems(kb, { ...options({}), history: () => undefined }).find((item) => item.link === person.link)!;
    expect(withoutFile.description).toBe('First author of the 2017 Baidu scaling paper.');
  });

  test('give each change its own guid, so a changed entry shows again in a feed reader; the date is the change\'s', () => {
    const first = feedItems(kb, options({ 'baidu-first': '2026-11-29T10:00:00+00:00' }))[0]!;
    const again = feedItems(kb, options({ 'baidu-first': '2026-12-02T09:00:00+00:00' }))[0]!;
    expect(first.customData).toBe('<guid isPermaLink="false">https://atlas.example/claims/baidu-first/#2026-11-29T10:00:00+00:00</guid>');
    expect(again.customData).not.toBe(first.customData);
    expect(again.pubDate).toEqual(new Date('2026-12-02T09:00:00Z'));
  });

  test('hold at most the given number of items, the latest changes', () => {
    const items = feedItems(kb, options({ 'svail-opens': '2026-11-30T00:00:00Z', 'kaplan-2020': '2026-11-29T00:00:00Z' }, 2));
    expect(items.map((item) => item.link)).toEqual(['https://atlas.example/events/svail-opens/', 'https://atlas.example/works/kaplan-2020/']);
  });
});

/** The entry id at the end of a page address. */
function idOf(link: string): string {
  return link.split('/').at(-2)!;
}
