import { describe, expect, test } from 'vitest';
import { dayOf, parseFileDates } from './git-history.ts';

const LOG = [
  '',
  '2026-11-29T07:01:28+00:00\n\ncontent/people/a.mdx\ncontent/orgs/b.mdx\n',
  '2026-11-20T23:30:00-08:00\n\ncontent/people/a.mdx\ncontent/works/c.mdx\n',
].join('\0');

describe('parseFileDates', () => {
  test('gives each file the oldest commit that changed it as added and the newest as updated', () => {
    expect(Object.fromEntries(parseFileDates(LOG))).toEqual({
      'content/people/a.mdx': { added: '2026-11-20T23:30:00-08:00', updated: '2026-11-29T07:01:28+00:00' },
      'content/orgs/b.mdx': { added: '2026-11-29T07:01:28+00:00', updated: '2026-11-29T07:01:28+00:00' },
      'content/works/c.mdx': { added: '2026-11-20T23:30:00-08:00', updated: '2026-11-20T23:30:00-08:00' },
    });
  });

  test('gives nothing for an empty log (no git, or no commits yet)', () => {
    expect(parseFileDates('').size).toBe(0);
    expect(parseFileDates('fatal: not a git repository').size).toBe(0);
  });
});

describe('dayOf', () => {
  test('keeps the committer’s calendar day', () => {
    expect(dayOf('2026-11-20T23:30:00-08:00')).toBe('2026-11-20');
  });
});
