/**
 * Every place an entry names another entry, with the relation it stands for.
 * Integrity checks these references; the knowledge base turns them into relations.
 */
import type { CollectionName, EntryData, Evidence, Source } from './schema.ts';
import { ONGOING, PRESENT } from './open-ends.ts';

/** The kinds of relation between entries. */
export const RELATION_TYPES = [
  'authored',
  'member_of',
  'part_of',
  'cites',
  'influenced',
  'made_claim',
  'about',
  'supports',
  'contradicts',
  'context',
  'involved',
] as const;

/** One kind of relation between entries. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** One reference from an entry's field to another entry. */
export interface Reference {
  /** Field path in the entry, e.g. `affiliations[0].org`. */
  path: string;
  /** The id named. */
  target: string;
  /** Collections the id may belong to. */
  expects: readonly CollectionName[];
  /** The relation this reference makes, if any (evidence links make none of their own). */
  relation?: {
    type: RelationType;
    /** True when the edge runs from the named entry to this one (e.g. `influencedBy`, authors). */
    reversed: boolean;
    /** What shows the relation. */
    evidence: Evidence[];
    /** EDTF dates of the relation, where it has them. */
    from?: string;
    to?: string;
    /** A short description of the relation. */
    note?: string;
  };
}

const AGENTS = ['people', 'orgs', 'works'] as const;
const ANY = ['people', 'orgs', 'works', 'claims', 'events', 'datasets'] as const;

/** Evidence made from a bare source, for relations whose proof is a single source. */
function sourced(source: Source | undefined, note?: string, work?: string): Evidence[] {
  return source ? [{ source, ...(note ? { note } : { note: '' }), ...(work ? { work } : {}) }] : [];
}

/** The references of an influencedBy list, plus the works cited as its evidence. */
function influenceReferences(list: EntryData['people']['influencedBy']): Reference[] {
  return list.flatMap((influence, i) => [
    {
      path: `influencedBy[${i}].by`,
      target: influence.by,
      expects: AGENTS,
      relation: { type: 'influenced' as const, reversed: true, evidence: influence.evidence, from: influence.date, note: influence.note },
    },
    ...evidenceWorks(influence.evidence, `influencedBy[${i}].evidence`),
  ]);
}

/** References from evidence items to the works that hold them (no relation of their own). */
function evidenceWorks(evidence: Evidence[], path: string): Reference[] {
  return evidence.flatMap((item, j) => (item.work ? [{ path: `${path}[${j}].work`, target: item.work, expects: ['works'] as const }] : []));
}

/** Every reference an entry makes, by collection. */
export function entryReferences<C extends CollectionName>(collection: C, data: EntryData[C]): Reference[] {
  switch (collection) {
    case 'people': {
      const person = data as EntryData['people'];
      return [
        ...person.affiliations.map((affiliation, i) => ({
          path: `affiliations[${i}].org`,
          target: affiliation.org,
          expects: ['orgs'] as const,
          relation: {
            type: 'member_of' as const,
            reversed: false,
            evidence: sourced(affiliation.source, affiliation.note),
            from: affiliation.from,
            to: affiliation.to === PRESENT ? ONGOING : affiliation.to,
            note: affiliation.role,
          },
        })),
        ...influenceReferences(person.influencedBy),
      ];
    }
    case 'orgs': {
      const org = data as EntryData['orgs'];
      return [
        ...(org.parent
          ? [{ path: 'parent', target: org.parent, expects: ['orgs'] as const, relation: { type: 'part_of' as const, reversed: false, evidence: sourced(org.sources[0]) } }]
          : []),
        ...influenceReferences(org.influencedBy),
      ];
    }
    case 'works': {
      const work = data as EntryData['works'];
      const ownSource = work.sources[0];
      return [
        ...work.authors.flatMap((author, i) =>
          typeof author === 'string'
            ? []
            : [{ path: `authors[${i}].person`, target: author.person, expects: ['people'] as const, relation: { type: 'authored' as const, reversed: true, evidence: sourced(ownSource, 'author list') } }]
        ),
        ...work.orgs.map((org, i) => ({
          path: `orgs[${i}]`,
          target: org,
          expects: ['orgs'] as const,
          relation: { type: 'authored' as const, reversed: true, evidence: sourced(ownSource, 'credited organisation') },
        })),
        ...(work.partOf
          ? [{ path: 'partOf', target: work.partOf, expects: ['works'] as const, relation: { type: 'part_of' as const, reversed: false, evidence: sourced(ownSource) } }]
          : []),
        ...work.cites.map((citation, i) => ({
          path: `cites[${i}].work`,
          target: citation.work,
          expects: ['works'] as const,
          relation: { type: 'cites' as const, reversed: false, evidence: sourced(citation.source, citation.context), note: citation.context },
        })),
        ...work.doesNotCite.map((absence, i) => ({ path: `doesNotCite[${i}].work`, target: absence.work, expects: ['works'] as const })),
        ...influenceReferences(work.influencedBy),
      ];
    }
    case 'claims': {
      const claim = data as EntryData['claims'];
      const claimSource = sourced(claim.source, claim.madeIn.locator, claim.madeIn.work);
      return [
        { path: 'claimant', target: claim.claimant, expects: AGENTS, relation: { type: 'made_claim' as const, reversed: true, evidence: claimSource, from: claim.date } },
        {
          path: 'madeIn.work',
          target: claim.madeIn.work,
          expects: ['works'] as const,
          relation: { type: 'part_of' as const, reversed: false, evidence: claimSource, note: claim.madeIn.locator },
        },
        ...claim.repeatedIn.map((repeat, i) => ({
          path: `repeatedIn[${i}].work`,
          target: repeat.work,
          expects: ['works'] as const,
          relation: { type: 'part_of' as const, reversed: false, evidence: sourced(repeat.source, repeat.locator, repeat.work), note: repeat.locator },
        })),
        ...claim.about.map((about, i) => ({ path: `about[${i}]`, target: about, expects: ANY, relation: { type: 'about' as const, reversed: false, evidence: claimSource } })),
        ...claim.evidence.flatMap((item, i) =>
          item.work
            ? [{ path: `evidence[${i}].work`, target: item.work, expects: ['works'] as const, relation: { type: item.stance, reversed: true, evidence: [item], note: item.note } }]
            : []
        ),
      ];
    }
    case 'events': {
      const event = data as EntryData['events'];
      return [
        ...event.involved.map((id, i) => ({
          path: `involved[${i}]`,
          target: id,
          expects: ['people', 'orgs', 'works'] as const,
          relation: { type: 'involved' as const, reversed: true, evidence: sourced(event.sources[0]), from: event.date },
        })),
        ...influenceReferences(event.influencedBy),
      ];
    }
    case 'datasets': {
      const dataset = data as EntryData['datasets'];
      return [
        {
          path: 'origin.work',
          target: dataset.origin.work,
          expects: ['works'] as const,
          relation: { type: 'part_of' as const, reversed: false, evidence: sourced(dataset.origin.source, dataset.origin.locator, dataset.origin.work) },
        },
      ];
    }
    default:
      return [];
  }
}
