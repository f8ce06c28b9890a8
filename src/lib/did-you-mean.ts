/** Typo suggestions for names a contributor writes: ids, fields, folders, allowed values. */
import { closest, distance } from 'fastest-levenshtein';

/** The nearest of `candidates` to `value` when it is close enough to be a typo of it, or else the only one that `value` begins (a name cut short). */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates as string[]);
  if (distance(value, best) <= Math.max(2, Math.floor(value.length / 3))) return best;
  const longer = candidates.filter((candidate) => candidate.startsWith(value));
  return longer.length === 1 ? longer[0] : undefined;
}

/** Suggest the nearest of `candidates` to `value` when it is close enough to be a typo. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const best = nearest(value, candidates);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}
