/**
 * How far the atlas stands behind an entry, as the graph and the timeline mark it: a claim's verdict,
 * and how an entry not fully verified falls short (its status, or the one part left unverified).
 */
import type { Entity } from './kb.ts';
import type { Verdict, Verification, VerificationStatus } from './schema.ts';

/** How an entry falls short of verified: `secondary` (central facts read only in secondary sources), `unverified` (not checked) or `date` (all checked but its date). */
export type NotVerified = Exclude<VerificationStatus, 'verified'> | NonNullable<Verification['only']>;

/** Every way of falling short of verified, for telling one from any other text (a search record's meta). */
const NOT_VERIFIED: Record<NotVerified, true> = { secondary: true, unverified: true, date: true };

/** Whether `value` names a way of falling short of verified. */
export const isNotVerified = (value: unknown): value is NotVerified => typeof value === 'string' && Object.hasOwn(NOT_VERIFIED, value);

/** How far short of verified an entry's `verification` leaves it: the part named by `only` when the rest was checked, else its status; undefined when verified or not given. */
export function notVerified(verification: Verification | undefined): NotVerified | undefined {
  if (!verification || verification.status === 'verified') return undefined;
  return verification.only ?? verification.status;
}

/** What a view marks about how far an entry is checked; each field is left out when it does not apply. */
export interface EntryCheck {
  /** A claim's verdict, on the scale supported … unverified. */
  verdict?: Verdict;
  /** How the entry falls short of verified, only when it does. */
  verification?: NotVerified;
}

/** A claim's verdict and how an entry not fully verified falls short, as fields to spread into a graph node or timeline item (none for a verified entry that is not a claim). */
export function entryCheck(entity: Entity): EntryCheck {
  // A claim has no verification of its own: its verdict says how far it holds.
  const verification = notVerified('verification' in entity.data ? entity.data.verification : undefined);
  return {
    ...(entity.collection === 'claims' ? { verdict: entity.data.verdict } : {}),
    ...(verification ? { verification } : {}),
  };
}
