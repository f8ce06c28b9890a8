/** How many claims have each verdict: the home page's and /zh/'s tallies, and the timeline's bundles of claims. */
import { verdict as verdictSchema, type Verdict } from './schema.ts';

/** How many of `verdicts` are each verdict, in the verdict scale's order, leaving out verdicts none is (and missing ones). */
export function verdictTally(verdicts: readonly (Verdict | undefined)[]): { verdict: Verdict; count: number }[] {
  return verdictSchema.options.map((verdict) => ({ verdict, count: verdicts.filter((each) => each === verdict).length })).filter(({ count }) => count > 0);
}
