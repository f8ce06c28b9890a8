import { describe, expect, test } from 'vitest';
import { checkFiles, MDX_ATTACKS, validFiles, withEdit } from './test-fixtures.ts';
import { formatIssue } from './integrity.ts';
import yaml from 'js-yaml';

const PERSON = 'content/people/joel-hestness.md';
const WORK = 'content/works/hestness-2017.mdx';
const KAPLAN = 'content/works/kaplan-2020.mdx';
const CLAIM = 'content/claims/baidu-first.mdx';

/** The fixture files with `body` added to the person's entry (plain Markdown), saved under the file ending `ending`. */
function personWithBody(body: string, ending: '.md' | '.mdx'): Record<string, string> {
  const files = validFiles();
  const text = `${files[PERSON]!}\n${body}`;
  delete files[PERSON];
  return { ...files, [PERSON.replace(/\.mdx?$/, ending)]: text };
}

/** The formatted error lines a check reports for some files. */
function lines(files: Record<string, string>): string[] {
  return errorsOf(files).map(formatIssue);
}

/** The errors (not warnings) a check reports for some files. */
function errorsOf(files: Record<string, string>) {
  return checkFiles(files).issues.filter((issue) => issue.severity === 'error');
}

describe('checkEntries on valid content', () => {
  test('reports no error and keeps every entry', () => {
    const result = checkFiles(validFiles());
    expect(errorsOf(validFiles())).toEqual([]);
    expect(result.entries.map((e) => e.id).sort()).toEqual(['baidu-first', 'baidu-svail', 'hestness-2017', 'joel-hestness', 'kaplan-2020', 'svail-opens']);
  });
});

describe('each kind of mistake is reported as file: field: message', () => {
  test('unknown reference, with a did-you-mean', () => {
    expect(lines(withEdit(PERSON, (t) => t.replace('org: baidu-svail', 'org: baidu-svial')))).toContain(
      `${PERSON}: affiliations[0].org: unknown org "baidu-svial" (did you mean "baidu-svail"?)`
    );
  });

  test('an unknown reference is only suggested an id of the collection the field expects', () => {
    expect(lines(withEdit(PERSON, (t) => t.replace('org: baidu-svail', 'org: joel-hestnes')))).toContain(
      `${PERSON}: affiliations[0].org: unknown org "joel-hestnes"; create the entry with npm run new -- orgs "Joel Hestnes"`
    );
  });

  test('reference to an entry of the wrong collection', () => {
    expect(lines(withEdit(PERSON, (t) => t.replace('org: baidu-svail', 'org: hestness-2017')))).toContain(
      `${PERSON}: affiliations[0].org: "hestness-2017" is a work, but this field needs an org`
    );
  });

  test('duplicate id across collections', () => {
    const files = { ...validFiles(), 'content/events/joel-hestness.mdx': validFiles()['content/events/svail-opens.mdx']! };
    expect(lines(files)).toEqual([
      'content/events/joel-hestness.mdx: (file name): duplicate id "joel-hestness": content/people/joel-hestness.md has the same id and keeps it (it comes first by collection and path); ids must be unique across all collections, so rename one file',
      'content/people/joel-hestness.md: (file name): duplicate id "joel-hestness": content/events/joel-hestness.mdx has the same id; this file keeps it (it comes first by collection and path); ids must be unique across all collections, so rename one file',
    ]);
  });

  test('a new entry taking an existing id is reported on both files, and references to the existing entry still resolve', () => {
    const person = validFiles()[PERSON]!.replace('name: Joel Hestness', 'name: Baidu Person');
    const files = { ...validFiles(), 'content/people/baidu-svail.md': person };
    expect(lines(files)).toEqual([
      'content/orgs/baidu-svail.md: (file name): duplicate id "baidu-svail": content/people/baidu-svail.md has the same id and keeps it (it comes first by collection and path); ids must be unique across all collections, so rename one file',
      'content/people/baidu-svail.md: (file name): duplicate id "baidu-svail": content/orgs/baidu-svail.md has the same id; this file keeps it (it comes first by collection and path); ids must be unique across all collections, so rename one file',
    ]);
  });

  test('a date that is not valid EDTF', () => {
    const [line] = lines(withEdit(WORK, (t) => t.replace('date: 2017-12-01', 'date: "December 2017"')));
    expect(line).toMatch(new RegExp(`^${WORK}: date: is not a valid EDTF date`));
  });

  test('an end before its start', () => {
    expect(lines(withEdit(PERSON, (t) => t.replace('from: 2017', 'from: 2020')))).toContain(`${PERSON}: affiliations[0].to: ends (2019~) before it starts (2020)`);
  });

  test('a schema error does not hide a date error in the same file', () => {
    const result = lines(withEdit(PERSON, (t) => t.replace('from: 2017', 'from: 2020').replace('name: Joel Hestness', 'name: Joel Hestness\nnickname: Joel')));
    expect(result).toContainEqual(expect.stringMatching(new RegExp(`^${PERSON}: nickname: unknown field "nickname"`)));
    expect(result).toContain(`${PERSON}: affiliations[0].to: ends (2019~) before it starts (2020)`);
  });

  test('a date in the future', () => {
    expect(lines(withEdit(WORK, (t) => t.replace('date: 2017-12-01', 'date: 2027-01-01')))).toContain(
      `${WORK}: date: date 2027-01-01 is in the future; write the date it happened, or an approximate one such as 2027~`
    );
  });

  test('a name as printed that only repeats the person\'s own name', () => {
    expect(lines(withEdit(WORK, (t) => t.replace('  - person: joel-hestness', '  - { person: joel-hestness, asPrinted: Joel Hestness }')))).toContain(
      `${WORK}: authors[0].asPrinted: "Joel Hestness" is already the name of joel-hestness: remove asPrinted (it is only for a name printed differently on this work)`
    );
    expect(lines(withEdit(WORK, (t) => t.replace('  - person: joel-hestness', '  - { person: joel-hestness, asPrinted: J. Hestness }')))).toEqual([]);
  });

  test('a claim without evidence', () => {
    const broken = withEdit(CLAIM, (t) => t.replace(/evidence:\n[\s\S]*?source: \{[^\n]*\}\nsource:/, 'evidence: []\nsource:'));
    expect(lines(broken)).toContain(`${CLAIM}: evidence: a claim needs at least one evidence item`);
  });

  test('an influenced relation without evidence', () => {
    const broken = withEdit(KAPLAN, (t) => t.replace(/    evidence:\n      - work: kaplan-2020\n        note: Section 7.\n        source: [^\n]*\n/, '    evidence: []\n'));
    expect(lines(broken)).toContain(`${KAPLAN}: influencedBy[0].evidence: an influence needs at least one evidence item`);
  });

  test('a source without URL', () => {
    expect(lines(withEdit(CLAIM, (t) => t.replace('source: { url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-29 }\n---', 'source: { accessed: 2026-11-29 }\n---')))).toContain(
      `${CLAIM}: source.url: required field is missing: add url: "https://arxiv.org/abs/1712.00409" (the page that shows the facts)`
    );
  });

  test('a source without accessed date', () => {
    expect(lines(withEdit(CLAIM, (t) => t.replace('source: { url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-29 }\n---', 'source: { url: "https://arxiv.org/abs/1712.00409" }\n---')))).toContain(
      `${CLAIM}: source.accessed: required field is missing: add accessed: 2026-11-29 (the day you read the source)`
    );
  });

  test('an entry without any source', () => {
    expect(lines(withEdit('content/events/svail-opens.mdx', (t) => t.replace(/sources:\n  - [^\n]*\n/, '')))).toContain(
      'content/events/svail-opens.mdx: sources: add at least one source: { url: "https://…", accessed: YYYY-MM-DD } for the facts on this entry'
    );
  });

  test('an unknown field, with a did-you-mean', () => {
    expect(lines(withEdit(PERSON, (t) => t.replace('affiliations:', 'affilations:')))).toContainEqual(
      expect.stringMatching(new RegExp(`^${PERSON}: affilations: unknown field "affilations" \\(did you mean "affiliations"\\?\\)`))
    );
  });

  test('a verdict off the scale, with a did-you-mean', () => {
    expect(lines(withEdit(CLAIM, (t) => t.replace('verdict: partly-supported', 'verdict: partly-suported')))).toContainEqual(
      expect.stringMatching(new RegExp(`^${CLAIM}: verdict: "partly-suported" is not allowed \\(did you mean "partly-supported"\\?\\); use one of: supported, partly-supported`))
    );
  });

  test('an unquoted verdict false, which YAML reads as a boolean', () => {
    expect(lines(withEdit(CLAIM, (t) => t.replace('verdict: partly-supported', 'verdict: false')))).toContain(
      `${CLAIM}: verdict: YAML reads false without quotes as a boolean: write it in quotes, "false"`
    );
  });

  test('a title YAML reads as a number is quoted as written', () => {
    expect(lines(withEdit(WORK, (t) => t.replace('title: Deep Learning Scaling is Predictable, Empirically', 'title: 1984')))).toEqual([
      `${WORK}: title: expected text, but YAML read 1984 as a number: write it in quotes, "1984"`,
    ]);
  });

  test('a locator YAML reads as a shorter number is quoted with its digits as written', () => {
    expect(lines(withEdit(CLAIM, (t) => t.replace('locator: "§7"', 'locator: 3.10')))).toEqual([
      `${CLAIM}: madeIn.locator: expected text, but YAML read 3.10 as the number 3.1: write it in quotes, "3.10", so its digits are kept as written`,
    ]);
  });

  test('text YAML reads as a boolean is quoted as written', () => {
    expect(lines(withEdit(CLAIM, (t) => t.replace('locator: "§7"', 'locator: True')))).toEqual([
      `${CLAIM}: madeIn.locator: expected text, but YAML read True as the boolean true: write it in quotes, "True", so it is kept as written`,
    ]);
  });

  test('a Chinese quote without translation', () => {
    expect(lines(withEdit(CLAIM, (t) => t.replace(', translation: Baidu found it first', '')))).toContain(
      `${CLAIM}: quote.translation: a quote not in English needs an English translation`
    );
  });

  test('a verification naming the one part left unverified while saying everything is verified', () => {
    const withVerification = (verification: string) => withEdit(PERSON, (t) => t.replace('sources:', `verification: ${verification}\nsources:`));
    expect(lines(withVerification('{ status: verified, only: date }'))).toEqual([
      `${PERSON}: verification.only: names the one part left unverified, but status is verified: remove "only: date", or set status: unverified`,
    ]);
    expect(lines(withVerification('{ status: unverified, only: date, note: The day is a guess. }'))).toEqual([]);
  });

  test('Chinese unverified parts that do not match the English ones line for line', () => {
    const withParts = (zh: string) => withEdit(CLAIM, (t) => t.replace('reasoning: The 2017 preprint came first, but not first of all.', `reasoning: The 2017 preprint came first, but not first of all.\nunverifiedParts: [The exact day, Who read it]\nunverifiedPartsZh: ${zh}`));
    expect(lines(withParts('[确切日期]'))).toContain(`${CLAIM}: unverifiedPartsZh: has 1 line for 2 unverifiedParts: give one Chinese line for each unverified part, in the same order`);
    expect(lines(withParts('[确切日期, 谁读过]'))).toEqual([]);
  });

  test('broken YAML names the line', () => {
    const [line] = lines(withEdit(PERSON, (t) => t.replace('name: Joel Hestness', 'name: Joel: Hestness: [')));
    expect(line).toMatch(new RegExp(`^${PERSON}: line \\d+: YAML syntax error`));
  });

  test('a mistake never drops the other entries or hides other mistakes', () => {
    const files = withEdit(PERSON, (t) => t.replace('org: baidu-svail', 'org: nowhere').replace('date: 2017-12-01', 'date: 2017-13'));
    files[WORK] = files[WORK]!.replace('date: 2017-12-01', 'date: 2017-13');
    const result = checkFiles(files);
    expect(errorsOf(files).length).toBe(2);
    expect(result.entries.length).toBe(5);
  });
});

describe('unsafe MDX bodies are errors with the body line', () => {
  for (const { body, message } of MDX_ATTACKS) {
    test(body, () => {
      const result = lines(withEdit(PERSON, (t) => `${t}\n${body}\n`));
      expect(result.some((line) => line.startsWith(`${PERSON}: body line `) && line.includes(message)), result.join('\n')).toBe(true);
    });
  }
});

test('plain Markdown, allowed components and code samples pass', () => {
  const body = '## Notes\n\nSee [the paper](https://arxiv.org/abs/1712.00409), <sup>1</sup> and <EntryRef id="baidu-svail" />.\n\n`<script>` in code is fine, and so is a literal \\{ brace. Data: a lot.\n';
  expect(lines(personWithBody(body, '.mdx'))).toEqual([]);
});

describe('components need an .mdx file', () => {
  const body = '\nAs <EntryRef id="baidu-svail" /> found:\n\n<Quote lang="zh" translation="the original">原文</Quote>\n\n`<Quote>` in code is fine.\n';
  const personAs = (ending: '.md' | '.mdx') => personWithBody(body, ending);

  test('a plain .md entry using components is told to become .mdx, once per use, with its line', () => {
    expect(PERSON.endsWith('.md')).toBe(true);
    expect(lines(personAs('.md')).filter((line) => line.includes('only .mdx entries can use components'))).toEqual([
      expect.stringMatching(new RegExp(`^${PERSON}: body line \\d+: <EntryRef> is a component, and only \\.mdx entries can use components: rename the file to joel-hestness\\.mdx$`)),
      expect.stringMatching(/body line \d+: <Quote> is a component/),
    ]);
  });

  test('the same body in an .mdx entry passes', () => {
    expect(lines(personAs('.mdx'))).toEqual([]);
  });
});

test('an EntryRef in a body must name an entry, with a did-you-mean', () => {
  const result = lines(withEdit(PERSON, (t) => `${t}\nSee <EntryRef id="baidu-svial" />.\n`));
  expect(result).toContainEqual(expect.stringMatching(/body line \d+: <EntryRef id="baidu-svial"> names no entry \(did you mean "baidu-svail"\?\)$/));
});

test('an EntryRef written over several lines is checked too, at the line of its <', () => {
  const files = personWithBody('\nAs\n<EntryRef\n  id="baidu-svial"\n/>\nfound.\n', '.mdx');
  const line = files[PERSON.replace(/\.md$/, '.mdx')]!.split('\n').indexOf('<EntryRef') + 1;
  expect(lines(files)).toEqual([`${PERSON}x: body line ${line}: <EntryRef id="baidu-svial"> names no entry (did you mean "baidu-svail"?)`]);
});

describe('each issue carries the line its field is written on', () => {
  test('a wrong reference points at its line; a missing nested field at its parent', () => {
    const issues = checkFiles(withEdit(PERSON, (t) => t.replace('org: baidu-svail', 'org: baidu-svial'))).issues;
    expect(issues.find((i) => i.path === 'affiliations[0].org')?.line).toBe(5);
    const missing = checkFiles(withEdit(CLAIM, (t) => t.replace('source: { url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-29 }\n---', 'source: { accessed: 2026-11-29 }\n---'))).issues;
    expect(missing.find((i) => i.path === 'source.url')?.line).toBe(15);
  });

  test('with locate: errors (the build, which only counts warnings) errors keep their line and warnings get none', () => {
    const files = withEdit(PERSON, (t) => t.replace('org: baidu-svail', 'org: baidu-svial'));
    const all = checkFiles(files).issues;
    const errorsOnly = checkFiles(files, undefined, { locate: 'errors' }).issues;
    expect(errorsOnly.find((i) => i.path === 'affiliations[0].org')?.line).toBe(5);
    expect(all.filter((i) => i.severity === 'warning' && i.line !== undefined).length).toBeGreaterThan(0);
    expect(errorsOnly.filter((i) => i.severity === 'warning' && i.line !== undefined)).toEqual([]);
    const unlocated = (issues: typeof all) => issues.map(({ line: _, ...issue }) => JSON.stringify(issue)).sort();
    expect(unlocated(errorsOnly)).toEqual(unlocated(all));
  });

  test('an unsafe body line and a YAML syntax error carry their file line', () => {
    const body = checkFiles(withEdit(PERSON, (t) => `${t}\n<script>alert(1)</script>\n`)).issues.find((i) => i.path.startsWith('body line'));
    expect(body?.line).toBe(Number(body?.path.replace('body line ', '')));
    const yaml = checkFiles(withEdit(PERSON, (t) => t.replace('name: Joel Hestness', 'name: Joel: Hestness: ['))).issues.find((i) => i.file === PERSON && i.severity === 'error');
    expect(yaml?.line).toBeGreaterThan(1);
  });
});

describe('placeholders left from npm run new', () => {
  test('are errors that say what to write, instead of the schema complaint', () => {
    const files = withEdit(PERSON, (t) => t.replace('org: baidu-svail', 'org: "TODO: id of the organisation, e.g. baidu-svail"').replace(/summary: .*/, 'summary: "TODO: one or two sentences"'));
    const found = errorsOf(files).filter((i) => i.file === PERSON);
    expect(found.map(formatIssue)).toContain(`${PERSON}: affiliations[0].org: placeholder not filled in: replace the "TODO" text with id of the organisation, e.g. baidu-svail`);
    expect(found.map(formatIssue)).toContain(`${PERSON}: summary: placeholder not filled in: replace the "TODO" text with one or two sentences`);
    expect(found.some((i) => i.path === 'affiliations[0].org' && i.message.includes('must be an entry id'))).toBe(false);
  });
});

describe('charts in bodies and dataset chart specs', () => {
  const DATASET = 'content/datasets/kaplan-fits.yaml';
  const dataset = `title: Kaplan fits
summary: Loss against parameters.
origin:
  work: kaplan-2020
  locator: Eq. 1.1
  reading: primary
  source: { url: "https://arxiv.org/abs/2001.08361", accessed: 2026-11-29 }
columns:
  - { key: law, label: Law, type: text }
  - { key: exponent, label: Exponent }
  - { key: constant, label: Constant }
rows:
  - { law: "L(N)", exponent: "0.076", constant: "8.8e13" }
chart:
  description: One falling line.
  panels:
    - x: { label: Parameters, domain: [768, 1.5e9] }
      y: { label: Loss }
      curves:
        - { label: "L(N)", law: inverse-power, row: "L(N)", params: { constant: constant, exponent: exponent } }
`;
  const withDataset = (edit: (text: string) => string = (t) => t): Record<string, string> => ({ ...validFiles(), [DATASET]: edit(dataset) });

  test('a number without quotes in a row is reported once, at its cell, with its digits as written in the file', () => {
    expect(lines(withDataset((t) => t.replace('exponent: "0.076", constant: "8.8e13"', 'exponent: 0.0760, constant: 6.4e13')))).toEqual([
      `${DATASET}: rows[0].exponent: expected text, but YAML read 0.0760 as the number 0.076: write it in quotes, "0.0760", so its digits are kept as written`,
      `${DATASET}: rows[0].constant: expected text, but YAML read 6.4e13 as the number 64000000000000: write it in quotes, "6.4e13", so its digits are kept as written`,
    ]);
  });

  test('a number without quotes in a later row is reported at that row and column', () => {
    const secondRow = '  - { law: "L(N)", exponent: "0.076", constant: "8.8e13" }\n  - { law: "L(D)", exponent: 0.0760, constant: "5.4e13" }';
    expect(lines(withDataset((t) => t.replace('  - { law: "L(N)", exponent: "0.076", constant: "8.8e13" }', secondRow)))).toEqual([
      `${DATASET}: rows[1].exponent: expected text, but YAML read 0.0760 as the number 0.076: write it in quotes, "0.0760", so its digits are kept as written`,
    ]);
  });

  test('a valid dataset and a <ScalingChart> naming it pass', () => {
    const files = withDataset();
    files[KAPLAN] = `${files[KAPLAN]}\n<ScalingChart dataset="kaplan-fits" />\n`;
    expect(lines(files)).toEqual([]);
  });

  test('a <ScalingChart> naming an unknown dataset is an error on its body line, with a did-you-mean', () => {
    const files = withDataset();
    files[KAPLAN] = `${files[KAPLAN]}\n<ScalingChart dataset="kaplan-fit" />\n`;
    expect(lines(files)).toEqual([
      expect.stringMatching(new RegExp(`^${KAPLAN}: body line \\d+: <ScalingChart dataset="kaplan-fit">: unknown dataset \\(did you mean "kaplan-fits"\\?\\)`)),
    ]);
  });

  test('Chinese in a text the chart’s PNG image shows is an error at its file and field, once, even in the work the chart cites', () => {
    const fix = "which the font of the chart's PNG image (DejaVu Sans) cannot draw; write this text in Latin script (a text column of the table may keep the original)";
    expect(lines(withDataset((t) => t.replace('locator: Eq. 1.1', 'locator: 公式 1.1').replace('y: { label: Loss }', 'y: { label: 损失 }'))).sort()).toEqual([
      `${DATASET}: chart.panels[0].y.label: holds "损", ${fix}`,
      `${DATASET}: origin.locator: holds "公", ${fix}`,
    ]);
    const files = withDataset();
    files[KAPLAN] = files[KAPLAN]!.replace(/^title: .*$/m, 'title: "缩放定律 Scaling Laws for Neural Language Models"');
    expect(lines(files)).toEqual([`${KAPLAN}: title: holds "缩", ${fix}`]);
  });

  test('Chinese in a dataset without a chart, or in a field the image does not show, is allowed', () => {
    expect(lines(withDataset((t) => t.replace('summary: Loss against parameters.', 'summary: 损失与参数。')))).toEqual([]);
    expect(lines(withDataset((t) => t.replace(/chart:[^]*$/u, '').replace('locator: Eq. 1.1', 'locator: 公式 1.1')))).toEqual([]);
  });

  test('a chart curve naming a row that does not exist is an error at its field', () => {
    expect(lines(withDataset((t) => t.replace('row: "L(N)"', 'row: "L(D)"')))).toEqual([
      `${DATASET}: chart.panels[0].curves[0].params.constant: dataset "kaplan-fits" has no row "L(D)"; rows are named by their first column: "L(N)"`,
      `${DATASET}: chart.panels[0].curves[0].params.exponent: dataset "kaplan-fits" has no row "L(D)"; rows are named by their first column: "L(N)"`,
    ]);
  });

  test('an unknown formula is an error listing the known ones', () => {
    const [line] = lines(withDataset((t) => t.replace('law: inverse-power', 'law: inverse-powr')));
    expect(line).toMatch(new RegExp(`^${DATASET}: chart.panels\\[0\\].curves\\[0\\].law: "inverse-powr" is not allowed \\(did you mean "inverse-power"\\?\\); use one of: inverse-power, `));
  });
});

describe('dates are read as written, not as YAML timestamps', () => {
  test('an impossible day is reported, not rolled over to the next month', () => {
    expect(lines(withEdit(WORK, (t) => t.replace('date: 2017-12-01', 'date: 2021-02-30')))).toEqual([`${WORK}: date: 2021-02-30 is not a real calendar day; check its month and day`]);
  });

  test('an impossible accessed day is reported as such, not as a rolled-over day in the future', () => {
    for (const day of ['2025-13-01', '2026-13-01']) {
      expect(lines(withEdit(WORK, (t) => t.replace('accessed: 2026-11-29', `accessed: ${day}`)))).toEqual([`${WORK}: sources[0].accessed: ${day} is not a real calendar day; check its month and day`]);
    }
  });

  test('an accessed day in the future asks for the day the source was read, not an approximate date', () => {
    expect(lines(withEdit(WORK, (t) => t.replace('accessed: 2026-11-29', 'accessed: 2026-12-24')))).toEqual([
      `${WORK}: sources[0].accessed: date 2026-12-24 is in the future; write the day you read the source`,
    ]);
  });

  test('valid unquoted dates keep their text', () => {
    const work = checkFiles(validFiles()).entries.find((entry) => entry.id === 'hestness-2017')!;
    expect(work.data).toMatchObject({ date: '2017-12-01', sources: [{ accessed: '2026-11-29' }] });
  });

  test('the build reads frontmatter with timestamps, which would publish a rolled-over date, so the check that runs first must stop it', () => {
    const frontmatter = 'date: 2021-02-30';
    expect((yaml.load(frontmatter) as { date: Date }).date.toISOString().slice(0, 10)).toBe('2021-03-02');
    expect(errorsOf(withEdit(WORK, (t) => t.replace('date: 2017-12-01', frontmatter))).map((issue) => issue.path)).toEqual(['date']);
  });
});

describe('MDX bodies are parsed as the build parses them', () => {
  /** The fixture with `body` after the work's frontmatter (after a blank line: its text starts on line 15 of the file). */
  const workWithBody = (body: string) => withEdit(WORK, (t) => `${t}\n${body}`);

  test('an unclosed component tag is reported at its line, with the fix', () => {
    expect(lines(workWithBody('Baidu said:\n\n<Quote text="百度" lang="zh" translation="Baidu" cite="x"\n\nMore text.\n'))).toEqual([
      `${WORK}: body line 17: the tag <Quote is not closed (close the tag with />)`,
    ]);
  });

  test('a component opened and never closed', () => {
    expect(lines(workWithBody('<Quote text="百度" lang="zh" translation="Baidu">\nMore text.\n'))).toEqual([
      `${WORK}: body line 15: <Quote> is opened but not closed (add </Quote> after its text, or end the tag with /> when it holds none)`,
    ]);
  });

  test('a bare < that starts no tag', () => {
    expect(lines(workWithBody('Loss falls as N <1e9.\n'))).toEqual([
      `${WORK}: body line 15: Unexpected character after \`<\`, expected a valid JSX tag (write \\< for a literal <, or complete the tag)`,
    ]);
  });

  test('a quote in the body not in English needs a translation, as in the frontmatter', () => {
    expect(lines(workWithBody('Baidu said:\n\n<Quote text="百度最先发现" lang="zh" />\n'))).toEqual([
      `${WORK}: body line 17: <Quote lang="zh">: a quote not in English needs an English translation: add translation="…"`,
    ]);
  });

  test('a complete quote with its translation passes', () => {
    expect(lines(workWithBody('Baidu said:\n\n<Quote text="百度最先发现" lang="zh" translation="Baidu found it first" cite="x" />\n'))).toEqual([]);
  });
});
