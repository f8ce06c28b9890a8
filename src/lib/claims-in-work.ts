/**
 * The claims a work makes or repeats, as its page and the home page list them: the claims that are
 * part of it (made or repeated in it) and those it makes as their claimant.
 */
import type { Entity, KnowledgeBase } from './kb.ts';
import { VERDICT_STYLES } from './visual.ts';

/** Claims made or repeated in work `id`, best supported first, ties by label. */
export function claimsInWork(kb: Pick<KnowledgeBase, 'get' | 'incoming' | 'outgoing'>, id: string): Entity<'claims'>[] {
  const ids = new Set([
    ...kb.incoming(id).filter((relation) => relation.type === 'part_of').map((relation) => relation.source),
    ...kb.outgoing(id).filter((relation) => relation.type === 'made_claim').map((relation) => relation.target),
  ]);
  return [...ids]
    .map((claimId) => kb.get(claimId))
    .filter((entity): entity is Entity<'claims'> => entity.collection === 'claims')
    .sort((a, b) => VERDICT_STYLES[a.data.verdict].rank - VERDICT_STYLES[b.data.verdict].rank || a.label.localeCompare(b.label));
}

/** Whether every entry that is part of work `id` is a claim, so a list of its claims shows all of them. */
export function onlyClaimsArePartOf(kb: Pick<KnowledgeBase, 'get' | 'incoming'>, id: string): boolean {
  return kb.incoming(id).every((relation) => relation.type !== 'part_of' || kb.get(relation.source).collection === 'claims');
}
