/**
 * The latest changes to the atlas, by the dates git gives each entry's file: as the feed of new and
 * changed entries (/feed.xml, RSS 2.0) and as the page that lists them (/changes/). In the feed a
 * change gets an item of its own (its guid carries the date), so a reader following it sees a
 * corrected verdict again, not only a new entry.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Entity, KnowledgeBase } from './kb.ts';
import { t, tFill } from '../i18n/index.ts';

/** Most changes the feed and the changes page list: the latest, not the whole atlas (that is /graph.json and /claims.json). */
export const FEED_LENGTH = 50;

/** An item's title: "Person: Dario Amodei"; a claim also says its verdict. */
function feedTitle(entity: Entity): string {
  const title = tFill('feed.itemTitle', { kind: t(`kind.${entity.kind}`), title: entity.label });
  return entity.collection === 'claims' ? tFill('feed.claimTitle', { title, verdict: t(`verdict.${entity.data.verdict}`) }) : title;
}

/** An item's text: the entry's summary; for a claim (whose statement is the title), the verdict and its reasoning. */
function feedDescription(entity: Entity): string {
  return entity.collection === 'claims' ? tFill('feed.verdict', { verdict: t(`verdict.${entity.data.verdict}`), reasoning: entity.data.reasoning }) : entity.data.summary;
}

/** When an ISO date-time was, for ordering (offsets differ between committers); unknown sorts last. */
const timeOf = (isoDateTime: string | undefined) => (isoDateTime ? Date.parse(isoDateTime) : -Infinity);

/** One entry as the latest changes list it. */
export interface RecentChange {
  entity: Entity;
  /** When its file last changed (an ISO date-time), if git knows. */
  updated?: string;
}

/**
 * The entries changed most recently, newest first by `lastUpdated` (an ISO date-time from git);
 * entries git has no date for, such as files not yet committed, come last, by id. At most `length`.
 */
export function recentChanges(kb: KnowledgeBase, lastUpdated: (entity: Entity) => string | undefined, length = FEED_LENGTH): RecentChange[] {
  const dated = [...kb.entities.values()].map((entity) => ({ entity, updated: lastUpdated(entity) }));
  dated.sort((a, b) => timeOf(b.updated) - timeOf(a.updated) || a.entity.id.localeCompare(b.entity.id));
  return dated.slice(0, length);
}

/** Where the feed's items come from besides the knowledge base. */
export interface FeedOptions {
  /** When an entry last changed (an ISO date-time, from git), if known. */
  lastUpdated: (entity: Entity) => string | undefined;
  /** Where the changes to an entry's file can be read (its history on the forge), if it has a file. */
  history: (entity: Entity) => string | undefined;
  /** The site's address, for absolute links. */
  site: string | URL;
  /** Most items (FEED_LENGTH unless given). */
  length?: number;
}

/** The feed's items (see `recentChanges` for which and in what order), each linking to the entry's page and saying where its changes can be read. */
export function feedItems(kb: KnowledgeBase, { lastUpdated, history, site, length = FEED_LENGTH }: FeedOptions): RSSFeedItem[] {
  return recentChanges(kb, lastUpdated, length).map(({ entity, updated }) => {
    const link = new URL(entity.url, site).href;
    const changes = history(entity);
    return {
      title: feedTitle(entity),
      link,
      description: [feedDescription(entity), ...(changes ? [tFill('feed.history', { url: changes })] : [])].join(' '),
      categories: [t(`kind.${entity.kind}`), ...(entity.collection === 'claims' ? [t(`verdict.${entity.data.verdict}`)] : [])],
      ...(updated && { pubDate: new Date(updated), customData: `<guid isPermaLink="false">${link}#${updated}</guid>` }),
    };
  });
}
