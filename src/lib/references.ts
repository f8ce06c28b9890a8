/**
 * Every place an entry names another entry, with the relation it stands for: one table of the
 * fields that hold entry ids. Integrity checks these references; the knowledge base turns them
 * into relations; repeated-ids.ts reads the lists in which an id may appear once.
 */
import type { CollectionName, EntryData, Evidence, Influence, Source } from './schema.ts';
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

/** The relation a reference makes. */
type Relation = NonNullable<Reference['relation']>;

/** How a list in which an id may appear once words a repeat. */
export interface RepeatRule {
  /** How the earlier item holds the id, e.g. "cited". */
  verb: string;
  /** What to do about the repeat. */
  fix: string;
}

/** A field that names other entries: where the id sits in its value or in each of its items, and what each id stands for. */
export interface IdField<Item, Entry> {
  /** Key of the id in the value or in each item; none when they are the ids. */
  key?: keyof Extract<Item, object> & string;
  /** Collections the id may belong to. */
  expects: readonly CollectionName[];
  /** The relation each id makes, if any. */
  relation?: (item: Item, entry: Entry) => Relation;
  /** References made inside an item at `itemPath`, e.g. the works an influence's evidence is read in. */
  inner?: (item: Item, itemPath: string) => Reference[];
  /** Set on a list in which an id may appear once: how a repeat is reported. */
  once?: RepeatRule;
}

/** An item of a field's value: each item of a list, else the value itself. */
type ItemOf<Value> = Value extends readonly (infer Item)[] ? Item : Exclude<Value, undefined>;

/** The fields of an entry of a collection that name other entries. */
type IdFields<C extends CollectionName> = { [F in keyof EntryData[C]]?: IdField<ItemOf<EntryData[C][F]>, EntryData[C]> };

/** The name of a field of a collection's entries. */
export type FieldName<C extends CollectionName> = keyof EntryData[C] & string;

const AGENTS = ['people', 'orgs', 'works'] as const;
const ANY = ['people', 'orgs', 'works', 'claims', 'events', 'datasets'] as const;
const MERGE = 'merge the two into one item';
const REMOVE_REPEAT: RepeatRule = { verb: 'listed', fix: 'remove the repeat' };
const MERGE_REPEAT: RepeatRule = { verb: 'listed', fix: MERGE };

/** Evidence made from a bare source, for relations whose proof is a single source. */
function sourced(source: Source | undefined, note?: string, work?: string): Evidence[] {
  return source ? [{ source, ...(note ? { note } : { note: '' }), ...(work ? { work } : {}) }] : [];
}

/** References from evidence items to the works that hold them (no relation of their own). */
function evidenceWorks(evidence: Evidence[], path: string): Reference[] {
  return evidence.flatMap((item, j) => (item.work ? [{ path: `${path}[${j}].work`, target: item.work, expects: ['works'] as const }] : []));
}

/** The influencedBy list of people, orgs, works and events, with the works cited as its evidence. */
const INFLUENCED_BY: IdField<Influence, unknown> = {
  key: 'by',
  expects: AGENTS,
  relation: (influence) => ({ type: 'influenced', reversed: true, evidence: influence.evidence, from: influence.date, note: influence.note }),
  inner: (influence, itemPath) => evidenceWorks(influence.evidence, `${itemPath}.evidence`),
  once: { verb: 'listed', fix: `${MERGE}, with the evidence of both` },
};

/** The fields of each collection that name other entries, in the order their references are listed. */
const ID_FIELDS: { [C in CollectionName]: IdFields<C> } = {
  people: {
    affiliations: {
      key: 'org',
      expects: ['orgs'],
      relation: (affiliation) => ({
        type: 'member_of',
        reversed: false,
        evidence: sourced(affiliation.source, affiliation.note),
        from: affiliation.from,
        to: affiliation.to === PRESENT ? ONGOING : affiliation.to,
        note: affiliation.role,
      }),
    },
    influencedBy: INFLUENCED_BY,
  },
  orgs: {
    parent: { expects: ['orgs'], relation: (_, org) => ({ type: 'part_of', reversed: false, evidence: sourced(org.sources[0]) }) },
    influencedBy: INFLUENCED_BY,
  },
  works: {
    authors: { key: 'person', expects: ['people'], relation: (_, work) => ({ type: 'authored', reversed: true, evidence: sourced(work.sources[0], 'author list') }), once: REMOVE_REPEAT },
    orgs: { expects: ['orgs'], relation: (_, work) => ({ type: 'authored', reversed: true, evidence: sourced(work.sources[0], 'credited organisation') }), once: REMOVE_REPEAT },
    partOf: { expects: ['works'], relation: (_, work) => ({ type: 'part_of', reversed: false, evidence: sourced(work.sources[0]) }) },
    cites: {
      key: 'work',
      expects: ['works'],
      relation: (citation) => ({ type: 'cites', reversed: false, evidence: sourced(citation.source, citation.context), note: citation.context }),
      once: { verb: 'cited', fix: MERGE },
    },
    doesNotCite: { key: 'work', expects: ['works'], once: MERGE_REPEAT },
    influencedBy: INFLUENCED_BY,
  },
  claims: {
    claimant: { expects: AGENTS, relation: (_, claim) => ({ type: 'made_claim', reversed: true, evidence: claimSource(claim), from: claim.date }) },
    madeIn: { key: 'work', expects: ['works'], relation: (madeIn, claim) => ({ type: 'part_of', reversed: false, evidence: claimSource(claim), note: madeIn.locator }) },
    repeatedIn: {
      key: 'work',
      expects: ['works'],
      relation: (repeat) => ({ type: 'part_of', reversed: false, evidence: sourced(repeat.source, repeat.locator, repeat.work), note: repeat.locator }),
      once: MERGE_REPEAT,
    },
    about: { expects: ANY, relation: (_, claim) => ({ type: 'about', reversed: false, evidence: claimSource(claim) }), once: REMOVE_REPEAT },
    evidence: { key: 'work', expects: ['works'], relation: (item) => ({ type: item.stance, reversed: true, evidence: [item], note: item.note }) },
  },
  events: {
    involved: { expects: AGENTS, relation: (_, event) => ({ type: 'involved', reversed: true, evidence: sourced(event.sources[0]), from: event.date }), once: REMOVE_REPEAT },
    influencedBy: INFLUENCED_BY,
  },
  datasets: {
    origin: {
      key: 'work',
      expects: ['works'],
      relation: (origin) => ({ type: 'part_of', reversed: false, evidence: sourced(origin.source, origin.locator, origin.work) }),
    },
  },
};

/** The evidence of a claim's own relations: its source, read at the place it was made. */
function claimSource(claim: EntryData['claims']): Evidence[] {
  return sourced(claim.source, claim.madeIn.locator, claim.madeIn.work);
}

/** One id a field names. */
export interface NamedId {
  /** The id. */
  id: string;
  /** Field path of the id, e.g. `cites[0].work`. */
  path: string;
  /** Field path of the item or value that holds it, e.g. `cites[0]`. */
  itemPath: string;
  /** That item or value. */
  item: unknown;
}

/** The fields of a collection that name other entries, in table order, each read the same way whatever its items. */
export function idFieldsOf<C extends CollectionName>(collection: C): [FieldName<C>, IdField<unknown, unknown>][] {
  return Object.entries(ID_FIELDS[collection]) as [FieldName<C>, IdField<unknown, unknown>][];
}

/** The ids a field of an entry names, from data as written or parsed: each item's of a list, else its value's; items of another shape (a plain author name, which two authors may share) name none. */
export function namedIds<C extends CollectionName>(collection: C, data: unknown, field: FieldName<C>): NamedId[] {
  const key = ID_FIELDS[collection][field]?.key;
  const value = (data as Record<string, unknown> | null)?.[field];
  const items = Array.isArray(value) ? value.map((item, i) => ({ item, itemPath: `${field}[${i}]` })) : value === undefined ? [] : [{ item: value, itemPath: field }];
  return items.flatMap(({ item, itemPath }) => {
    const id = !key ? item : item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
    return typeof id === 'string' ? [{ id, path: key ? `${itemPath}.${key}` : itemPath, itemPath, item }] : [];
  });
}

/** Every reference an entry makes, by collection. */
export function entryReferences<C extends CollectionName>(collection: C, data: EntryData[C]): Reference[] {
  return idFieldsOf(collection).flatMap(([field, { expects, relation, inner }]) =>
    namedIds(collection, data, field).flatMap(({ id, path, itemPath, item }) => [
      { path, target: id, expects, ...(relation ? { relation: relation(item, data) } : {}) },
      ...(inner ? inner(item, itemPath) : []),
    ])
  );
}
