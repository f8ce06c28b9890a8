import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { entryCheck, isNotVerified, notVerified } from './entry-check.ts';
import { checkFiles, withEdit } from './test-fixtures.ts';

/** The knowledge base of the fixture with Joel Hestness's entry given `verification` (YAML), if any. */
function kbWithPersonVerification(verification?: string) {
  const files = withEdit('content/people/joel-hestness.md', (text) => (verification ? text.replace('sources:', `verification: ${verification}\nsources:`) : text));
  const { entries, issues } = checkFiles(files);
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  return buildKnowledgeBase(entries as KbEntry[]);
}

describe('entryCheck', () => {
  test('a claim has its verdict', () => {
    expect(entryCheck(kbWithPersonVerification().get('baidu-first'))).toEqual({ verdict: 'partly-supported' });
  });

  test('an entry read only in secondary sources, or not checked, has that status', () => {
    expect(entryCheck(kbWithPersonVerification('{ status: secondary }').get('joel-hestness'))).toEqual({ verification: 'secondary' });
    expect(entryCheck(kbWithPersonVerification('{ status: unverified, note: Not found. }').get('joel-hestness'))).toEqual({ verification: 'unverified' });
  });

  test('an entry whose date alone is unverified is marked for its date, not as unchecked', () => {
    expect(entryCheck(kbWithPersonVerification('{ status: unverified, only: date, note: The day is a guess. }').get('joel-hestness'))).toEqual({ verification: 'date' });
  });

  test('a verified entry, said so or not, has nothing to mark', () => {
    expect(entryCheck(kbWithPersonVerification('{ status: verified }').get('joel-hestness'))).toEqual({});
    expect(entryCheck(kbWithPersonVerification().get('joel-hestness'))).toEqual({});
  });
});

describe('notVerified', () => {
  test('is the status short of verified, or the one part named when the rest was checked', () => {
    expect(notVerified({ status: 'secondary' })).toBe('secondary');
    expect(notVerified({ status: 'unverified', note: 'Not found.' })).toBe('unverified');
    expect(notVerified({ status: 'unverified', only: 'date' })).toBe('date');
    expect(notVerified({ status: 'secondary', only: 'date' })).toBe('date');
  });

  test('is nothing for a verified entry or one that says nothing', () => {
    expect(notVerified({ status: 'verified' })).toBeUndefined();
    expect(notVerified(undefined)).toBeUndefined();
  });
});

describe('isNotVerified', () => {
  test('tells a way of falling short of verified from any other value', () => {
    for (const value of ['secondary', 'unverified', 'date']) expect(isNotVerified(value), value).toBe(true);
    for (const value of ['verified', 'toString', '', undefined, 1]) expect(isNotVerified(value), String(value)).toBe(false);
  });
});
