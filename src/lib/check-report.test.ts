import { describe, expect, test } from 'vitest';
import { formatReport, githubAnnotations, groupByFile, issuesOfFiles, jsonReport, parseCheckArgs, projectRelative, wantsColour } from './check-report.ts';
import type { Issue } from './integrity.ts';

const ISSUES: Issue[] = [
  { file: 'content/works/b.mdx', path: 'date', message: 'is not a valid EDTF date', severity: 'error', line: 4 },
  { file: 'content/people/a.mdx', path: 'links.wikidata', message: 'recommended: the Wikidata item id', severity: 'warning' },
  { file: 'content/people/a.mdx', path: 'affiliations[0].org', message: 'unknown org "baidu-svial"', severity: 'error', line: 12 },
  { file: 'content/people/a.mdx', path: 'name', message: 'required field is missing', severity: 'error', line: 2 },
];

describe('parseCheckArgs', () => {
  test('reads --json, --warnings and file paths relative to the root', () => {
    expect(parseCheckArgs(['--json', './content/people/a.mdx', '/repo/content/works/b.mdx', '--warnings', '-x'], '/repo')).toEqual({
      json: true,
      warnings: true,
      files: ['content/people/a.mdx', 'content/works/b.mdx'],
      unknown: ['-x'],
    });
    expect(projectRelative('content\\people\\a.mdx', 'C:\\repo')).toBe('content/people/a.mdx');
  });
});

describe('issuesOfFiles', () => {
  test('keeps only the named files or folders, or all when none is named', () => {
    expect(issuesOfFiles(ISSUES, ['content/works/b.mdx']).map((i) => i.path)).toEqual(['date']);
    expect(issuesOfFiles(ISSUES, ['content/works/']).map((i) => i.path)).toEqual(['date']);
    expect(issuesOfFiles(ISSUES, ['content/work'])).toEqual([]);
    expect(issuesOfFiles(ISSUES, [])).toHaveLength(4);
  });
});

describe('formatReport', () => {
  test('groups by file, orders by line and names line, severity, field and fix', () => {
    const text = formatReport(ISSUES, { colour: false, warnings: 'all' });
    expect(text).toBe(
      [
        'content/people/a.mdx',
        '           ⚠ warning  links.wikidata: recommended: the Wikidata item id',
        '  line  2  ✖ error    name: required field is missing',
        '  line 12  ✖ error    affiliations[0].org: unknown org "baidu-svial"',
        '',
        'content/works/b.mdx',
        '  line  4  ✖ error    date: is not a valid EDTF date',
        '',
        '3 errors in 2 files: fix them and run npm run check again.',
        '1 warning about recommended fields (they do not fail the check).',
      ].join('\n')
    );
  });

  test('only counts warnings in the short form, and has no colour codes unless asked', () => {
    const text = formatReport(ISSUES, { colour: false, warnings: 'count' });
    expect(text).not.toContain('links.wikidata');
    expect(text).toContain('1 warning about recommended fields in 1 file; see them with npm run check -- --warnings');
    expect(text).not.toContain('\u001b[');
    expect(formatReport(ISSUES, { colour: true, warnings: 'count' })).toContain('\u001b[31m✖ error');
  });

  test('does not repeat the line number of a body or YAML problem', () => {
    const text = formatReport([{ file: 'content/people/a.mdx', path: 'body line 9', message: '<script> is not allowed', severity: 'error', line: 9 }], { colour: false, warnings: 'all' });
    expect(text).toContain('  line 9  ✖ error    body: <script> is not allowed');
  });

  test('groupByFile keeps every issue', () => {
    expect(groupByFile(ISSUES).flatMap(([, list]) => list)).toHaveLength(4);
  });
});

describe('wantsColour', () => {
  test('colours a terminal, never when NO_COLOR is set or output is piped, always with FORCE_COLOR', () => {
    expect(wantsColour(true, {})).toBe(true);
    expect(wantsColour(false, {})).toBe(false);
    expect(wantsColour(undefined, {})).toBe(false);
    expect(wantsColour(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColour(false, { FORCE_COLOR: '' })).toBe(false);
    expect(wantsColour(true, { NO_COLOR: '' })).toBe(true);
  });
});

describe('jsonReport', () => {
  test('is JSON with counts and every issue', () => {
    const report = JSON.parse(jsonReport(ISSUES, 7));
    expect(report).toMatchObject({ ok: false, entries: 7, errors: 3, warnings: 1 });
    expect(report.issues).toHaveLength(4);
    expect(report.issues[2]).toEqual(ISSUES[2]);
  });
});

describe('githubAnnotations', () => {
  test('puts each issue on its file and line in a pull request', () => {
    expect(githubAnnotations(ISSUES.slice(1, 3)).split('\n')).toEqual([
      '::warning file=content/people/a.mdx,title=links.wikidata::recommended: the Wikidata item id',
      '::error file=content/people/a.mdx,line=12,title=affiliations[0].org::unknown org "baidu-svial"',
    ]);
    expect(githubAnnotations([{ file: 'a', path: 'x', message: '100% wrong\nreally', severity: 'error' }])).toBe('::error file=a,title=x::100%25 wrong%0Areally');
  });
});
