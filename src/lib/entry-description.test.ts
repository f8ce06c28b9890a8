import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { entryDescription } from './entry-description.ts';
import { checkFiles, validFiles, withEdit } from './test-fixtures.ts';

const PERSON = 'content/people/joel-hestness.md';

/** The knowledge base of `files`, which must check without errors. */
function kbOf(files: Record<string, string>) {
  const { entries, issues } = checkFiles(files);
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  return buildKnowledgeBase(entries as KbEntry[]);
}

describe('entryDescription', () => {
  test('leads an entry’s summary with its name or title', () => {
    const kb = kbOf(validFiles());
    expect(entryDescription(kb.get('joel-hestness'))).toBe('Joel Hestness: First author of the 2017 Baidu scaling paper.');
    expect(entryDescription(kb.get('hestness-2017'))).toBe('Deep Learning Scaling is Predictable, Empirically: Power-law learning curves in four domains.');
  });

  test('tells apart two people whose summaries are the same', () => {
    const twin = validFiles()[PERSON]!.replace('name: Joel Hestness', 'name: Sharan Narang');
    const kb = kbOf({ ...validFiles(), 'content/people/sharan-narang.md': twin });
    expect(entryDescription(kb.get('sharan-narang'))).toBe('Sharan Narang: First author of the 2017 Baidu scaling paper.');
    expect(entryDescription(kb.get('joel-hestness'))).toBe('Joel Hestness: First author of the 2017 Baidu scaling paper.');
  });

  test('does not repeat a name the summary already starts with', () => {
    const kb = kbOf(withEdit(PERSON, (text) => text.replace('summary: First author', 'summary: Joel Hestness is the first author')));
    expect(entryDescription(kb.get('joel-hestness'))).toBe('Joel Hestness is the first author of the 2017 Baidu scaling paper.');
  });

  test('gives a claim its verdict and statement', () => {
    expect(entryDescription(kbOf(validFiles()).get('baidu-first'))).toBe('Partly supported: Baidu found scaling laws before OpenAI.');
  });
});
