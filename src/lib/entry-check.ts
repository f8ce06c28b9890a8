/**
 * How far the atlas stands behind an entry, as the graph and the timeline mark it: a claim's verdict,
 * and the verification status of an entry whose central facts are not fully verified.
 */
import type { Entity } from './kb.ts';
import type { Verdict, VerificationStatus } from './schema.ts';

/** A verification status short of verified: `secondary` (read only in secondary sources) or `unverified` (not checked). */
export type NotVerified = Exclude<VerificationStatus, 'verified'>;

/** What a view marks about how far an entry is checked; each field is left out when it does not apply. */
export interface EntryCheck {
  /** A claim's verdict, on the scale supported … unverified. */
  verdict?: Verdict;
  /** The entry's verification status, only when its central facts are not fully verified. */
  verification?: NotVerified;
}

/** A claim's verdict and the status of an entry not fully verified, as fields to spread into a graph node or timeline item (none for a verified entry that is not a claim). */
export function entryCheck(entity: Entity): EntryCheck {
  // A claim has no verification of its own: its verdict says how far it holds.
  const status = 'verification' in entity.data ? entity.data.verification?.status : undefined;
  return {
    ...(entity.collection === 'claims' ? { verdict: entity.data.verdict } : {}),
    ...(status && status !== 'verified' ? { verification: status } : {}),
  };
}
