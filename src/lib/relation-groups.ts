/**
 * An entry's connections as its page lists them: grouped by relation type and direction, and split
 * into those the Connections list shows and those the page shows in its own way (a work's authors,
 * a claim's evidence), so the list can say where the rest are.
 */
import { inTimeOrder, type KnowledgeBase, type Relation } from './kb.ts';
import type { Evidence, Stance } from './schema.ts';
import { RELATION_TYPES, type RelationType } from './references.ts';

/** Which way a relation runs from the entry: `out` when the entry is its source. */
export type Direction = 'out' | 'in';

/** An entry's relations of one type and direction, in time order of the entity at their other end. */
export interface RelationGroup {
  type: RelationType;
  direction: Direction;
  relations: Relation[];
  /** The page shows this group in its own way (its `skip` names `<type>.<direction>`), not in the Connections list. */
  shownElsewhere: boolean;
}

/** The id of the entity at a relation's other end from the entry. */
export const otherEnd = (relation: Pick<Relation, 'source' | 'target'>, direction: Direction): string => (direction === 'out' ? relation.target : relation.source);

/** Every non-empty relation group of entry `id`, in RELATION_TYPES order, outgoing before incoming; `skip` lists the `<type>.<direction>` groups the page shows elsewhere. */
export function relationGroups(kb: Pick<KnowledgeBase, 'get' | 'outgoing' | 'incoming'>, id: string, skip: readonly string[] = []): RelationGroup[] {
  return RELATION_TYPES.flatMap((type) =>
    (['out', 'in'] as const).map((direction) => ({
      type,
      direction,
      relations: inTimeOrder(
        (direction === 'out' ? kb.outgoing(id) : kb.incoming(id)).filter((relation) => relation.type === type),
        (relation) => kb.get(otherEnd(relation, direction))
      ),
      shownElsewhere: skip.includes(`${type}.${direction}`),
    }))
  ).filter((group) => group.relations.length > 0);
}

/**
 * Whether a claim's Evidence section heads a stance with a number other than the entries the Connections
 * list counts for it (several items from one entry, or items citing only a source outside the atlas),
 * so the list must say what it counts.
 */
export function evidenceCountsDiffer(evidence: readonly { stance: Stance }[], groups: readonly Pick<RelationGroup, 'type' | 'direction' | 'relations' | 'shownElsewhere'>[]): boolean {
  return groups.some((group) => {
    const items = evidence.filter((item) => item.stance === group.type).length;
    return group.shownElsewhere && group.direction === 'in' && items > 0 && items !== otherEndCount(group);
  });
}

/** How many different entities a group's relations lead to (two pieces of evidence for one tie count once). */
export function otherEndCount(group: Pick<RelationGroup, 'relations' | 'direction'>): number {
  return new Set(group.relations.map((relation) => otherEnd(relation, group.direction))).size;
}

/**
 * The one piece of evidence every relation of a group rests on, when there is one: a claim's `about`
 * connections all cite the claim's own words, which a page lists once for the group rather than once
 * a line. Undefined for a single relation, or when any relation has other or more evidence.
 */
export function sharedEvidence(relations: readonly Pick<Relation, 'evidence'>[]): Evidence | undefined {
  const [first] = relations;
  if (relations.length < 2 || first?.evidence.length !== 1) return undefined;
  const key = JSON.stringify(first.evidence[0]);
  return relations.every((relation) => relation.evidence.length === 1 && JSON.stringify(relation.evidence[0]) === key) ? first.evidence[0] : undefined;
}
