/** The article the atlas was started to check, and its claims as the home page and its Chinese check (/zh/) list them. */
import type { Entity, KnowledgeBase } from './kb.ts';
import { claimsInWork } from './claims-in-work.ts';

/** Id of the Chinese article that said Baidu found scaling laws three years before OpenAI. */
export const ARTICLE = 'article-baidu-scaling-law-2024';

/** Id of that article's headline claim. */
export const HEADLINE = 'baidu-found-scaling-laws-first';

/** The claims `article` (ARTICLE unless given) makes or repeats: its `headline` first, then best supported first (as `claimsInWork`). */
export function articleClaims(kb: Pick<KnowledgeBase, 'get' | 'incoming' | 'outgoing'>, article = ARTICLE, headline = HEADLINE): Entity<'claims'>[] {
  return claimsInWork(kb, article).sort((a, b) => Number(b.id === headline) - Number(a.id === headline));
}

/** The id of a claim's checked section on the page that goes through the article (/zh/), for links from its contents. */
export const claimCheckId = (claimId: string): string => `check-${claimId}`;
