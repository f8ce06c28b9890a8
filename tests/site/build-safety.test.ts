/**
 * The build itself refuses unsafe entries, not only `npm run check`: a copy of the project gets one
 * bad entry per attack and `astro build` must stop with the file and a message, without a stack trace.
 * A second copy gets frontmatter full of markup, which must come out escaped.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { fillPlaceholders, MDX_ATTACKS } from '../../src/lib/test-fixtures.ts';
import { parseContentFile } from '../../src/lib/content-files.ts';
import type { CollectionName } from '../../src/lib/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'notes', 'bench-out', 'test-results']);
const copies: string[] = [];

/** A throw-away copy of the project (without git, so "last updated" must degrade quietly). */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  copies.push(dir);
  cpSync(ROOT, dir, { recursive: true, filter: (source) => source === ROOT || !SKIP.has(basename(source)) || !source.startsWith(`${ROOT}/${basename(source)}`) });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Run `astro build` in a copy; returns its exit status and everything it printed. */
function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A valid person entry with `body` as its MDX body. */
function person(name: string, body = '', summary = 'A test entry.'): string {
  return `---\nname: ${JSON.stringify(name)}\nsummary: ${JSON.stringify(summary)}\nsources:\n  - { url: "https://example.org/", accessed: 2026-11-29 }\n---\n\n${body}\n`;
}

afterAll(() => {
  if (!process.env.KEEP_BUILD) for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('the build refuses every MDX attack', () => {
  let result: { status: number | null; output: string };
  beforeAll(() => {
    const dir = copyProject();
    for (const attack of MDX_ATTACKS) writeFileSync(join(dir, 'content/people', `attack-${attack.name}.mdx`), person(`Attack ${attack.name}`, attack.body));
    result = build(dir);
  });

  test('exits non-zero without a stack trace', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.output).toContain('Content check failed');
  });

  for (const attack of MDX_ATTACKS) {
    test(`${attack.name}: names the file, the body line and the fix`, () => {
      const file = `content/people/attack-${attack.name}.mdx`;
      const group = result.output.split('\n\n').find((block) => block.trimStart().startsWith(`${file}\n`)) ?? '';
      expect(group, result.output).toMatch(/line\s+\d+\s+✖ error\s+body: /);
      expect(group).toContain(attack.message);
    });
  }
});

describe('a new contributor’s entry, and frontmatter markup', () => {
  let result: { status: number | null; output: string };
  let scaffold: { status: number | null; output: string };
  let html = '';
  let newPage = '';
  beforeAll(() => {
    const dir = copyProject();
    const made = spawnSync('npm', ['run', '--silent', 'new', '--', 'people', 'Contributor Test'], { cwd: dir, encoding: 'utf8' });
    scaffold = { status: made.status, output: `${made.stdout}\n${made.stderr}` };
    const file = join(dir, 'content/people/contributor-test.md');
    writeFileSync(file, fillPlaceholders(readFileSync(file, 'utf8')));
    writeFileSync(join(dir, 'content/people/markup-in-frontmatter.mdx'), person('<script>alert("name")</script> Markup', '', '<img src=x onerror="alert(1)"> and </script><script>alert(2)</script>'));
    result = build(dir);
    if (process.env.KEEP_BUILD) console.log(dir);
    if (result.status === 0) html = readFileSync(join(dir, 'dist/people/markup-in-frontmatter/index.html'), 'utf8');
    if (result.status === 0) newPage = readFileSync(join(dir, 'dist/people/contributor-test/index.html'), 'utf8');
  });

  test('npm run new then filling the fields gives a page', () => {
    expect(scaffold.status, scaffold.output).toBe(0);
    expect(scaffold.output).toContain('Created content/people/contributor-test.md');
    expect(result.status, result.output).toBe(0);
    expect(newPage).toContain('>Contributor Test</h1>');
    expect(newPage).toContain('Written by the contributor');
  });

  test('the build succeeds and shows the text, not the markup', () => {
    expect(result.status, result.output).toBe(0);
    expect(html).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; Markup</h1>');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    // Inside a quoted attribute (<meta content="…">) a "<" is only text; outside tags it must be escaped.
    const withoutAttributeValues = html.replace(/<[a-zA-Z][^>"]*(?:"[^"]*"[^>"]*)*>/g, (tag) => tag.replace(/"[^"]*"/g, (value) => (value === '"application/ld+json"' ? value : '""')));
    expect(withoutAttributeValues).not.toMatch(/<script>alert|<img src=x/);
    for (const [, attributes, content] of withoutAttributeValues.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (!/type="application\/ld\+json"/.test(attributes!)) expect(content!.trim(), attributes).toBe('');
    }
  });

  test('without git, pages simply have no "last updated"', () => {
    expect(html).not.toContain('last-updated');
  });
});

/** Rewrite the frontmatter of a real entry in a copy through `edit`, keeping its body. */
function editEntry(dir: string, file: string, edit: (data: Record<string, any>) => void): void {
  const path = join(dir, file);
  // Read as the check reads it (no timestamp type), so dates are written back as they were, not as timestamps.
  const entry = parseContentFile(file.split('/')[1] as CollectionName, file, readFileSync(path, 'utf8'));
  if (!('data' in entry)) throw new Error(`${file}: ${entry.message}`);
  const data = entry.data as Record<string, any>;
  edit(data);
  writeFileSync(path, `---\n${yaml.dump(data, { lineWidth: -1 })}---\n${entry.body}`);
}

/** Rewrite the text of a file in a copy through `edit`, for a mistake only the written text shows (an unquoted value). */
function editText(dir: string, file: string, edit: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

/** Each kind of content mistake of the integrity rules, made in a real entry: file, field and what the message says. */
const CONTENT_MISTAKES: { kind: string; file: string; field: string; message: string; make: (dir: string) => void }[] = [
  {
    kind: 'unknown reference',
    file: 'content/people/andrew-ng.md',
    field: 'affiliations[0].org',
    message: 'unknown org "stanfrod" (did you mean "stanford"?)',
    make: (dir) => editEntry(dir, 'content/people/andrew-ng.md', (d) => (d.affiliations[0].org = 'stanfrod')),
  },
  {
    kind: 'duplicate id',
    // Works are read before events, so the event file is the one reported as the duplicate.
    file: 'content/events/svail-opens-2014.md',
    field: '(file name)',
    message: 'duplicate id "svail-opens-2014"',
    make: (dir) => cpSync(join(dir, 'content/events/svail-opens-2014.md'), join(dir, 'content/works/svail-opens-2014.mdx')),
  },
  {
    // Unquoted, as YAML writes it: a YAML timestamp reader would roll it over to 2021-01-23.
    kind: 'impossible day',
    file: 'content/works/kaplan-2020-scaling-laws.mdx',
    field: 'date',
    message: '2020-13-23 is not a real calendar day',
    make: (dir) => editText(dir, 'content/works/kaplan-2020-scaling-laws.mdx', (text) => text.replace(/^date: .*$/m, 'date: 2020-13-23')),
  },
  {
    // Unquoted, YAML reads a published number as a float that drops its digits (6.4e13 → 64000000000000).
    kind: 'unquoted number in a dataset cell',
    file: 'content/datasets/kaplan-2020-combined-fit.yaml',
    field: 'rows[0].N_c',
    message: 'expected text, but YAML read 6.4e13 as the number 64000000000000: write it in quotes, "6.4e13", so its digits are kept as written',
    make: (dir) => editText(dir, 'content/datasets/kaplan-2020-combined-fit.yaml', (text) => text.replace('N_c: "6.4e13"', 'N_c: 6.4e13')),
  },
  {
    kind: 'end before start',
    file: 'content/people/andrew-ng.md',
    field: 'affiliations[2].to',
    message: 'ends (2013-04) before it starts (2014-05-16)',
    make: (dir) => editEntry(dir, 'content/people/andrew-ng.md', (d) => (d.affiliations[2].to = '2013-04')),
  },
  {
    kind: 'date in the future',
    file: 'content/events/openai-launched-2015.md',
    field: 'date',
    message: 'date 2999-01-01 is in the future',
    make: (dir) => editEntry(dir, 'content/events/openai-launched-2015.md', (d) => (d.date = '2999-01-01')),
  },
  {
    kind: 'claim without evidence',
    file: 'content/claims/ernie-released-2019.md',
    field: 'evidence',
    message: 'a claim needs at least one evidence item',
    make: (dir) => editEntry(dir, 'content/claims/ernie-released-2019.md', (d) => (d.evidence = [])),
  },
  {
    kind: 'influence without evidence',
    file: 'content/people/dario-amodei.md',
    field: 'influencedBy[0].evidence',
    message: 'an influence needs at least one evidence item',
    make: (dir) => editEntry(dir, 'content/people/dario-amodei.md', (d) => (d.influencedBy[0].evidence = [])),
  },
  {
    kind: 'source without URL',
    file: 'content/orgs/baidu-svail.md',
    field: 'sources[0].url',
    message: 'required field is missing',
    make: (dir) => editEntry(dir, 'content/orgs/baidu-svail.md', (d) => delete d.sources[0].url),
  },
  {
    kind: 'source without accessed date',
    file: 'content/works/hestness-2017-scaling-predictable.mdx',
    field: 'sources[0].accessed',
    message: 'required field is missing',
    make: (dir) => editEntry(dir, 'content/works/hestness-2017-scaling-predictable.mdx', (d) => delete d.sources[0].accessed),
  },
];

describe('each kind of content mistake, made in a real entry, stops npm run check and the build', () => {
  let check: { status: number | null; output: string };
  let built: { status: number | null; output: string };
  beforeAll(() => {
    const dir = copyProject();
    for (const mistake of CONTENT_MISTAKES) mistake.make(dir);
    if (process.env.KEEP_BUILD) console.log(dir);
    const checked = spawnSync('npm', ['run', '--silent', 'check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    check = { status: checked.status, output: `${checked.stdout}\n${checked.stderr}` };
    built = build(dir);
  });

  test('both exit non-zero without a stack trace', () => {
    expect(check.status, check.output).toBe(1);
    expect(built.status, built.output).not.toBe(0);
    for (const output of [check.output, built.output]) expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  for (const mistake of CONTENT_MISTAKES) {
    test(`${mistake.kind}: both name the file, the field and what is wrong`, () => {
      for (const output of [check.output, built.output]) {
        const group = output.split('\n\n').find((block) => block.trimStart().startsWith(`${mistake.file}\n`)) ?? '';
        expect(group, output).toContain(`${mistake.field}: ${mistake.message}`);
      }
    });
  }
});
