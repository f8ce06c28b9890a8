import { describe, expect, test } from 'vitest';
import { formatIssue } from './integrity.ts';
import { checkFiles, withEdit } from './test-fixtures.ts';

const KAPLAN = 'content/works/kaplan-2020.mdx';
const WORK = 'content/works/hestness-2017.mdx';
const CLAIM = 'content/claims/baidu-first.mdx';
const EVENT = 'content/events/svail-opens.mdx';
const CITATION = '  - work: hestness-2017\n    source: { url: "https://arxiv.org/abs/2001.08361", accessed: 2026-11-29 }\n';

/** The formatted errors a check reports for some files. */
function errors(files: Record<string, string>): string[] {
  return checkFiles(files).issues.filter((issue) => issue.severity === 'error').map(formatIssue);
}

describe('a relation said twice or contradicted in one entry', () => {
  test('a work cited twice', () => {
    expect(errors(withEdit(KAPLAN, (t) => t.replace('influencedBy:', `${CITATION}influencedBy:`)))).toEqual([
      `${KAPLAN}: cites[1].work: hestness-2017 is cited already at cites[0]: merge the two into one item`,
    ]);
  });

  test('a work both cited and not cited', () => {
    const absent = 'doesNotCite:\n  - work: hestness-2017\n    note: Not in the references.\n    source: { url: "https://arxiv.org/abs/2001.08361", accessed: 2026-11-29 }\ninfluencedBy:';
    expect(errors(withEdit(KAPLAN, (t) => t.replace('influencedBy:', absent)))).toEqual([
      `${KAPLAN}: doesNotCite[0].work: hestness-2017 is cited at cites[0]: a work cannot both cite and not cite it; remove the wrong one`,
    ]);
  });

  test('the same person listed twice as an author, while two authors may share a plain name', () => {
    expect(errors(withEdit(WORK, (t) => t.replace('  - Sharan Narang', '  - Sharan Narang\n  - Sharan Narang\n  - person: joel-hestness')))).toEqual([
      `${WORK}: authors[3].person: joel-hestness is listed already at authors[0]: remove the repeat`,
    ]);
  });

  test('an id repeated in orgs, about and involved', () => {
    expect(errors(withEdit(WORK, (t) => t.replace('orgs: [baidu-svail]', 'orgs: [baidu-svail, baidu-svail]')))).toEqual([
      `${WORK}: orgs[1]: baidu-svail is listed already at orgs[0]: remove the repeat`,
    ]);
    expect(errors(withEdit(CLAIM, (t) => t.replace('about: [baidu-svail, hestness-2017]', 'about: [baidu-svail, hestness-2017, baidu-svail]')))).toEqual([
      `${CLAIM}: about[2]: baidu-svail is listed already at about[0]: remove the repeat`,
    ]);
    expect(errors(withEdit(EVENT, (t) => t.replace('involved: [baidu-svail]', 'involved: [baidu-svail, baidu-svail]')))).toEqual([
      `${EVENT}: involved[1]: baidu-svail is listed already at involved[0]: remove the repeat`,
    ]);
  });

  test('a repeat is found while another field of the entry fails its schema', () => {
    expect(errors(withEdit(WORK, (t) => t.replace('orgs: [baidu-svail]', 'orgs: [baidu-svail, baidu-svail]\nsummery: typo')))).toContain(
      `${WORK}: orgs[1]: baidu-svail is listed already at orgs[0]: remove the repeat`
    );
  });
});
