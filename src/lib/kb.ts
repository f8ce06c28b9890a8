/**
 * The knowledge base: validated entries turned into entities, typed relations with evidence,
 * backlinks both ways and dated items. Every view (pages, graph, timeline, search, exports) reads it.
 */
import type { CollectionName, EntryData, Evidence, Source } from './schema.ts';
import { COLLECTIONS } from './schema.ts';
import { entityPath } from './urls.ts';
import { t } from '../i18n/index.ts';
import { ONGOING, PRESENT } from './open-ends.ts';
import { entryReferences, type RelationType } from './references.ts';
import { compareEdtf, parseEdtf, formatEdtf, spanRange, type DateRange } from './dates.ts';

/** The input of `buildKnowledgeBase`: one validated entry. */
export type KbEntry = {
  [C in CollectionName]: {
    collection: C;
    id: string;
    data: EntryData[C];
    /** Source file relative to the project root. */
    file?: string;
  };
}[CollectionName];

/** What kind of thing an entity is, in the singular. */
export type EntityKind = 'person' | 'org' | 'work' | 'claim' | 'event' | 'dataset';

/** The singular kind of each collection. */
export const KIND_OF: Record<CollectionName, EntityKind> = {
  people: 'person',
  orgs: 'org',
  works: 'work',
  claims: 'claim',
  events: 'event',
  datasets: 'dataset',
};

/** One entry of the knowledge base, with what every view needs to show and link it. */
export type Entity<C extends CollectionName = CollectionName> = {
  [K in C]: {
    id: string;
    collection: K;
    kind: EntityKind;
    /** Display name: a person's or org's name, a work's title, a claim's statement. */
    label: string;
    /** Name or title in the original script, when there is one. */
    nativeLabel?: { text: string; lang: string };
    /** Page path from the site root, e.g. `/people/dario-amodei/`. */
    url: string;
    /** The entity's own date (EDTF), when it has one: published, founded, made, happened. */
    date?: string;
    /** Year the entity's date starts in. */
    year?: number;
    /** Source file relative to the project root. */
    file?: string;
    /** The validated entry data. */
    data: EntryData[K];
  };
}[C];

/** A typed edge between two entities, carrying the evidence that shows it. */
export interface Relation {
  /** Stable id: `<type>:<source>-><target>` plus a counter when repeated. */
  id: string;
  type: RelationType;
  /** Id of the entity the edge starts at (e.g. the author, the citing work, the influencer). */
  source: string;
  /** Id of the entity the edge ends at. */
  target: string;
  /** Evidence for the edge; every relation has at least one item. */
  evidence: Evidence[];
  /** Start of the relation (EDTF), e.g. joining an org. */
  from?: string;
  /** End of the relation (EDTF); ONGOING while it still holds, missing when unknown or not a span. */
  to?: string;
  /** Short description: a role, a citation context, an influence. */
  note?: string;
  /** Entry and field the relation was declared in. */
  declaredIn: { entity: string; path: string };
}

/** A notable citation a work does not make. */
export interface CitationAbsence {
  /** The work that does not cite. */
  source: string;
  /** The work that is not cited. */
  target: string;
  note: string;
  evidence: Source;
}

/** Kinds of dated fact. */
export type DatedKind = 'published' | 'affiliation' | 'founded' | 'event' | 'claim';

/** One dated fact, for timelines and chronologies. */
export interface DatedItem {
  /** Stable id, e.g. `published:kaplan-2020-scaling-laws`. */
  id: string;
  kind: DatedKind;
  /** The entity the fact belongs to (for affiliations: the person). */
  entity: string;
  /** Other entity involved (for affiliations: the org). */
  related?: string;
  /** Collection of `entity`, used to group items. */
  collection: CollectionName;
  /** A short line describing the fact. */
  title: string;
  /** EDTF as written: a single date, or `from/to` for spans. */
  edtf: string;
  /** Parsed range of `edtf`. */
  range: DateRange;
  /** Page the fact links to. */
  url: string;
  /** Every entity the fact concerns: itself, the related entity, authors, claimant, subjects, participants. */
  involves: string[];
  /** For a claim: the id of the work it was made in. */
  madeIn?: string;
}

/** The whole model. */
export interface KnowledgeBase {
  /** Every entity by id. */
  entities: Map<string, Entity>;
  /** Entities per collection, in `entityOrder`: works, claims and events by date, the rest by label. */
  byCollection: { [C in CollectionName]: Entity<C>[] };
  /** Every relation. */
  relations: Relation[];
  /** Notable citations that are not made. */
  absences: CitationAbsence[];
  /** Every dated fact, in chronological order. */
  dated: DatedItem[];
  /** Relations starting at an entity. */
  outgoing(id: string): Relation[];
  /** Relations ending at an entity. */
  incoming(id: string): Relation[];
  /** Dated facts about an entity (as subject or related), in order. */
  datedFor(id: string): DatedItem[];
  /** The entity with this id; throws when it does not exist (the integrity check rules that out). */
  get(id: string): Entity;
}

/** Display label and own date of an entry. */
function describe(entry: KbEntry): { label: string; nativeLabel?: { text: string; lang: string }; date?: string } {
  switch (entry.collection) {
    case 'people':
      return { label: entry.data.name, nativeLabel: entry.data.nativeName };
    case 'orgs':
      return { label: entry.data.name, nativeLabel: entry.data.nativeName, date: entry.data.founded };
    case 'works':
      return { label: entry.data.title, nativeLabel: entry.data.nativeTitle, date: entry.data.date };
    case 'claims':
      return { label: entry.data.statement, nativeLabel: entry.data.statementZh ? { text: entry.data.statementZh, lang: 'zh' } : undefined, date: entry.data.date };
    case 'events':
      return { label: entry.data.title, date: entry.data.date };
    case 'datasets':
      return { label: entry.data.title };
  }
}

/** Work types a shared title means by default; a work of another type sharing its title is labelled with its type. */
const TITLE_OWNERS: readonly string[] = ['paper', 'preprint'];

/** Ids of the works whose title another work also has and that are not TITLE_OWNERS (a blog post presenting a paper of the same title). */
function worksNeedingType(entries: readonly KbEntry[]): Set<string> {
  const works = entries.filter((entry): entry is Extract<KbEntry, { collection: 'works' }> => entry.collection === 'works');
  const count = new Map<string, number>();
  for (const work of works) count.set(work.data.title, (count.get(work.data.title) ?? 0) + 1);
  return new Set(works.filter((work) => count.get(work.data.title)! > 1 && !TITLE_OWNERS.includes(work.data.type)).map((work) => work.id));
}

/** Build the knowledge base from validated entries (pure: same input, same output). */
export function buildKnowledgeBase(entries: readonly KbEntry[]): KnowledgeBase {
  const entities = new Map<string, Entity>();
  const typed = worksNeedingType(entries);
  for (const entry of entries) {
    const { label, nativeLabel, date } = describe(entry);
    entities.set(entry.id, {
      id: entry.id,
      collection: entry.collection,
      kind: KIND_OF[entry.collection],
      label: typed.has(entry.id) && entry.collection === 'works' ? `${label} (${t(`workType.${entry.data.type}`)})` : label,
      ...(nativeLabel ? { nativeLabel } : {}),
      url: entityPath(entry.collection, entry.id),
      ...(date ? { date, year: new Date(parseEdtf(date).start).getUTCFullYear() } : {}),
      ...(entry.file ? { file: entry.file } : {}),
      data: entry.data,
    } as Entity);
  }

  const relations: Relation[] = [];
  const seen = new Map<string, number>();
  const absences: CitationAbsence[] = [];
  for (const entry of entries) {
    for (const reference of entryReferences(entry.collection, entry.data as never)) {
      if (!entities.has(reference.target) || !reference.relation) continue;
      const { type, reversed, evidence, from, to, note } = reference.relation;
      const source = reversed ? reference.target : entry.id;
      const target = reversed ? entry.id : reference.target;
      const key = `${type}:${source}->${target}`;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      relations.push({
        id: count === 1 ? key : `${key}#${count}`,
        type,
        source,
        target,
        evidence,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(note ? { note } : {}),
        declaredIn: { entity: entry.id, path: reference.path },
      });
    }
    if (entry.collection === 'works') {
      for (const absence of entry.data.doesNotCite) {
        if (entities.has(absence.work)) absences.push({ source: entry.id, target: absence.work, note: absence.note, evidence: absence.source });
      }
    }
  }

  const outgoing = groupBy(relations, (r) => r.source);
  const incoming = groupBy(relations, (r) => r.target);
  const dated = datedItems(entities, relations);
  const datedByEntity = new Map<string, DatedItem[]>();
  for (const item of dated) {
    for (const id of item.involves) datedByEntity.set(id, [...(datedByEntity.get(id) ?? []), item]);
  }

  const byCollection = Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, [...entities.values()].filter((e) => e.collection === collection).sort(entityOrder)])
  ) as KnowledgeBase['byCollection'];

  return {
    entities,
    byCollection,
    relations,
    absences,
    dated,
    outgoing: (id) => outgoing.get(id) ?? [],
    incoming: (id) => incoming.get(id) ?? [],
    datedFor: (id) => datedByEntity.get(id) ?? [],
    get: (id) => {
      const entity = entities.get(id);
      if (!entity) throw new Error(`No entry with id "${id}"`);
      return entity;
    },
  };
}

/** Collections a reader scans as a history, so they are listed by date; people, organisations and datasets are looked up by name. */
const LISTED_BY_DATE: ReadonlySet<CollectionName> = new Set(['works', 'claims', 'events']);

/** The order of a collection's list: works, claims and events by date (newest last, undated after them), the rest alphabetically by label. */
export function entityOrder(a: Pick<Entity, 'collection' | 'date' | 'label'>, b: Pick<Entity, 'collection' | 'date' | 'label'>): number {
  const byLabel = a.label.localeCompare(b.label);
  if (!LISTED_BY_DATE.has(a.collection) || (!a.date && !b.date)) return byLabel;
  if (!a.date || !b.date) return a.date ? -1 : 1;
  return compareEdtf(a.date, b.date) || byLabel;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Relations that tie a dated entity to another one: its authors, its claimant, its participants (edge ends at the dated entity). */
const DATED_AT_TARGET: ReadonlySet<RelationType> = new Set(['authored', 'made_claim', 'involved']);

/** For each dated entity (work, claim, event), the other entities its date concerns. */
function datedLinks(relations: readonly Relation[]): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const relation of relations) {
    const ends = relation.type === 'about' ? [relation.source, relation.target] : DATED_AT_TARGET.has(relation.type) ? [relation.target, relation.source] : undefined;
    if (ends) links.set(ends[0]!, [...(links.get(ends[0]!) ?? []), ends[1]!]);
  }
  return links;
}

/** One dated item per dated fact: works published, affiliations, orgs founded, events, claims. */
function datedItems(entities: Map<string, Entity>, relations: readonly Relation[]): DatedItem[] {
  const items: DatedItem[] = [];
  const links = datedLinks(relations);
  const add = (item: Omit<DatedItem, 'range' | 'involves'>, range = parseEdtf(item.edtf)) => {
    const involves = [item.entity, ...(item.related ? [item.related] : []), ...(item.kind === 'affiliation' ? [] : (links.get(item.entity) ?? []))];
    items.push({ ...item, range, involves: [...new Set(involves)] });
  };
  for (const entity of entities.values()) {
    if (!entity.date) continue;
    const kind: DatedKind | undefined = { works: 'published', orgs: 'founded', events: 'event', claims: 'claim' }[entity.collection as string] as DatedKind | undefined;
    if (!kind) continue;
    const title = kind === 'founded' ? `${entity.label} founded` : entity.label;
    const madeIn = entity.collection === 'claims' ? { madeIn: entity.data.madeIn.work } : {};
    add({ id: `${kind}:${entity.id}`, kind, entity: entity.id, collection: entity.collection, title, edtf: entity.date, url: entity.url, ...madeIn });
  }
  for (const relation of relations) {
    if (relation.type !== 'member_of' || !relation.from) continue;
    const person = entities.get(relation.source)!;
    const org = entities.get(relation.target)!;
    const range = spanRange(relation.from, relation.to);
    add({
      id: `affiliation:${relation.source}@${relation.target}:${relation.from}`,
      kind: 'affiliation',
      entity: person.id,
      related: org.id,
      collection: 'people',
      title: `${person.label}${relation.note ? `, ${relation.note},` : ''} at ${org.label}`,
      edtf: range.edtf,
      url: person.url,
    }, range);
  }
  return items.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.id.localeCompare(b.id));
}

/** A date for readers, or '' when there is none. */
export function displayDate(edtf: string | undefined): string {
  return edtf ? formatEdtf(edtf) : '';
}

/** When a relation held, for readers: a span for memberships ("2021 – present", "Sep 2013 – end unknown"), a single date otherwise, '' when undated. */
export function relationSpan(relation: { type: string; from?: string; to?: string }): string {
  if (!relation.from) return '';
  if (relation.type !== 'member_of') return displayDate(relation.from);
  return formatEdtf(spanRange(relation.from, relation.to).edtf);
}

/** When an affiliation held, for readers, as its entry writes it (`to: present` while it still holds): "2021 – present", "Sep 2013 – end unknown", '' without a start. */
export function affiliationSpan(affiliation: { from?: string; to?: string }): string {
  return relationSpan({ type: 'member_of', from: affiliation.from, to: affiliation.to === PRESENT ? ONGOING : affiliation.to });
}

/**
 * `relations` in time order, for lists: by the relation's own start (joining a lab) or else the date
 * of its other end (`otherEnd`: a work's publication); undated ones last, ties by the other end's label.
 */
export function inTimeOrder<R extends Pick<Relation, 'from'>>(relations: readonly R[], otherEnd: (relation: R) => Pick<Entity, 'date' | 'label'>): R[] {
  const dateOf = (relation: R) => relation.from ?? otherEnd(relation).date;
  return [...relations].sort((a, b) => {
    const [left, right] = [dateOf(a), dateOf(b)];
    if (left && right) return compareEdtf(left, right) || otherEnd(a).label.localeCompare(otherEnd(b).label);
    if (left || right) return left ? -1 : 1;
    return otherEnd(a).label.localeCompare(otherEnd(b).label);
  });
}
