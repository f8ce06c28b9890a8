import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { entryCheck } from './entry-check.ts';
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

  test('a verified entry, said so or not, has nothing to mark', () => {
    expect(entryCheck(kbWithPersonVerification('{ status: verified }').get('joel-hestness'))).toEqual({});
    expect(entryCheck(kbWithPersonVerification().get('joel-hestness'))).toEqual({});
  });
});
