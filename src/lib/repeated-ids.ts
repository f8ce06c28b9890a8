/**
 * Relations said twice or contradicted within one entry: a work cited twice, a work both cited
 * and not cited, an author, org or `about` id listed twice — in each list references.ts marks
 * `once`. Read from the raw data, so they are found even while another field of the entry fails
 * its schema.
 */
import { idFieldsOf, namedIds, type FieldName, type RepeatRule } from './references.ts';
import type { CollectionName } from './schema.ts';

/** A repeated or contradicted id, at a field path. */
export interface RepeatProblem {
  /** Field path of the repeat, e.g. `cites[2].work`. */
  path: string;
  /** Where the id was first given and what to do. */
  message: string;
}

/** Each id of a list field written again after its first item. */
function repeatsIn<C extends CollectionName>(collection: C, data: unknown, field: FieldName<C>, { verb, fix }: RepeatRule): RepeatProblem[] {
  const first = new Map<string, string>();
  return namedIds(collection, data, field).flatMap(({ path, itemPath, id }) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, itemPath);
    return earlier === undefined ? [] : [{ path, message: `${id} is ${verb} already at ${earlier}: ${fix}` }];
  });
}

/** Works a work says it both cites and does not cite. */
function citedAndNot(data: unknown): RepeatProblem[] {
  const cited = new Map(namedIds('works', data, 'cites').map(({ itemPath, id }) => [id, itemPath]));
  return namedIds('works', data, 'doesNotCite').flatMap(({ path, id }) => {
    const citedAt = cited.get(id);
    return citedAt ? [{ path, message: `${id} is cited at ${citedAt}: a work cannot both cite and not cite it; remove the wrong one` }] : [];
  });
}

/** Every repeated or contradicted id in an entry's data (parsed or still raw). */
export function repeatedIds(collection: CollectionName, data: unknown): RepeatProblem[] {
  return [
    ...idFieldsOf(collection).flatMap(([field, { once }]) => (once ? repeatsIn(collection, data, field, once) : [])),
    ...(collection === 'works' ? citedAndNot(data) : []),
  ];
}
