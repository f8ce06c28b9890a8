/** The feed of new and changed entries, RSS 2.0 (see src/lib/feed.ts). */
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { loadKnowledgeBase } from '../data/knowledge-base.ts';
import { lastUpdated } from '../data/last-updated.ts';
import { feedItems } from '../lib/feed.ts';
import { siteConfig } from '../site.config.ts';
import { historyUrl } from '../lib/urls.ts';
import { t } from '../i18n/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const home = new URL(import.meta.env.BASE_URL, site ?? siteConfig.site);
  // The feed names its own address (atom:link rel="self"), as the RSS Advisory Board recommends, so a reader that got it by a redirect or a copy knows where to poll.
  const self = new URL('feed.xml', home).href;
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: home,
    items: feedItems(await loadKnowledgeBase(), {
      lastUpdated: (entity) => lastUpdated(entity.file),
      history: (entity) => entity.file && historyUrl(siteConfig.repository, siteConfig.branch, entity.file),
      site: home,
    }),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
