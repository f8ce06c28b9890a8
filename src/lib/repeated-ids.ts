/**
 * Relations said twice or contradicted within one entry: a work cited twice, a work both cited
 * and not cited, an author, org or `about` id listed twice. Read from the raw data, so they are
 * found even while another field of the entry fails its schema.
 */
import type { CollectionName } from './schema.ts';

/** A repeated or contradicted id, at a field path. */
export interface RepeatProblem {
  path: string;
  message: string;
}

/** A list field of ids: where the id sits in an item, and what to do about a repeat. */
interface IdList {
  field: string;
  /** Key of the id in each item; none when the items are the ids. */
  key?: string;
  /** How an earlier item holds it, e.g. "cited". */
  verb: string;
  fix: string;
}

const MERGE = 'merge the two into one item';
const REMOVE = 'remove the repeat';
const CITES: IdList = { field: 'cites', key: 'work', verb: 'cited', fix: MERGE };
const DOES_NOT_CITE: IdList = { field: 'doesNotCite', key: 'work', verb: 'listed', fix: MERGE };
const INFLUENCES: IdList = { field: 'influencedBy', key: 'by', verb: 'listed', fix: `${MERGE}, with the evidence of both` };

/** The id lists of each collection in which an id may appear once. */
const ID_LISTS: Record<CollectionName, IdList[]> = {
  people: [INFLUENCES],
  orgs: [INFLUENCES],
  works: [
    { field: 'authors', key: 'person', verb: 'listed', fix: REMOVE },
    { field: 'orgs', verb: 'listed', fix: REMOVE },
    CITES,
    DOES_NOT_CITE,
    INFLUENCES,
  ],
  claims: [
    { field: 'about', verb: 'listed', fix: REMOVE },
    { field: 'repeatedIn', key: 'work', verb: 'listed', fix: MERGE },
  ],
  events: [{ field: 'involved', verb: 'listed', fix: REMOVE }, INFLUENCES],
  datasets: [],
};

/** The ids of a list field as written, with their paths; items of another shape (a plain author name, which two authors may share) are left out. */
function idsOf(data: unknown, list: IdList): { path: string; item: string; id: string }[] {
  const items = (data as Record<string, unknown> | null)?.[list.field];
  if (!Array.isArray(items)) return [];
  return items.flatMap((value, i) => {
    const id = !list.key ? value : value && typeof value === 'object' ? (value as Record<string, unknown>)[list.key] : undefined;
    const item = `${list.field}[${i}]`;
    return typeof id === 'string' ? [{ path: list.key ? `${item}.${list.key}` : item, item, id }] : [];
  });
}

/** Each id of a list written again after its first item. */
function repeatsIn(data: unknown, list: IdList): RepeatProblem[] {
  const first = new Map<string, string>();
  return idsOf(data, list).flatMap(({ path, item, id }) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, item);
    return earlier === undefined ? [] : [{ path, message: `${id} is ${list.verb} already at ${earlier}: ${list.fix}` }];
  });
}

/** Works a work says it both cites and does not cite. */
function citedAndNot(data: unknown): RepeatProblem[] {
  const cited = new Map(idsOf(data, CITES).map(({ item, id }) => [id, item]));
  return idsOf(data, DOES_NOT_CITE).flatMap(({ path, id }) => {
    const citedAt = cited.get(id);
    return citedAt ? [{ path, message: `${id} is cited at ${citedAt}: a work cannot both cite and not cite it; remove the wrong one` }] : [];
  });
}

/** Every repeated or contradicted id in an entry's data (parsed or still raw). */
export function repeatedIds(collection: CollectionName, data: unknown): RepeatProblem[] {
  return [...ID_LISTS[collection].flatMap((list) => repeatsIn(data, list)), ...(collection === 'works' ? citedAndNot(data) : [])];
}
