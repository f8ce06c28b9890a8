/** `npm run check` and `npm run new` as a contributor runs them, on a small project in a temp folder. */
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validFiles } from '../src/lib/test-fixtures.ts';
import { tempFolders } from '../src/lib/temp-folders.ts';

const SCRIPTS = resolve(import.meta.dirname);
const projects = tempFolders('atlas-cli-');
afterAll(projects.removeAll);
/** A project folder holding `files` under their content/ paths. */
const project = projects.folder;

/** Run one of the scripts in a project folder, output piped (not a terminal). */
function run(script: string, dir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(SCRIPTS, script), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BROKEN = { ...validFiles(), 'content/people/joel-hestness.md': validFiles()['content/people/joel-hestness.md']!.replace('org: baidu-svail', 'org: baidu-svial') };

describe('npm run check', { timeout: 60_000 }, () => {
  test('passes valid content with exit 0', () => {
    const result = run('check.ts', project(validFiles()), []);
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('Content OK: 6 entries');
  });

  test('fails with exit 1, grouped by file with the line, and no colour when piped', () => {
    const result = run('check.ts', project(BROKEN), []);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('content/people/joel-hestness.md\n  line 5  ✖ error    affiliations[0].org: unknown org "baidu-svial" (did you mean "baidu-svail"?)');
    expect(result.stdout).not.toContain('\u001b[');
  });

  test('a file outside the collection folders fails the full check and the check of that file, with the folder meant', () => {
    const text = validFiles()['content/works/hestness-2017.mdx']!;
    const dir = project({ ...validFiles(), 'content/work/foo.md': text, 'content/foo.md': text });
    const full = run('check.ts', dir, []);
    expect(full.status).toBe(1);
    expect(full.stdout).toMatch(/content\/work\/foo\.md\n +✖ error +\(file name\): not read: entries go in content\/works\/ \(did you mean works\?\)/);
    expect(full.stdout).toMatch(/content\/foo\.md\n +✖ error +\(file name\): not read: entries go in a collection folder: content\/people\//);
    const named = run('check.ts', dir, ['content/work/foo.md']);
    expect(named.status).toBe(1);
    expect(named.stdout).toContain('not read: entries go in content/works/ (did you mean works?)');
  });

  test('a new file taking an existing id fails when only that file is named', () => {
    const person = validFiles()['content/people/joel-hestness.md']!.replace('name: Joel Hestness', 'name: Baidu Person');
    const result = run('check.ts', project({ ...validFiles(), 'content/people/baidu-svail.md': person }), ['content/people/baidu-svail.md']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('duplicate id "baidu-svail": content/orgs/baidu-svail.md has the same id');
  });

  test('--json prints the issues for machines', () => {
    const result = run('check.ts', project(BROKEN), ['--json']);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.issues).toContainEqual(expect.objectContaining({ file: 'content/people/joel-hestness.md', path: 'affiliations[0].org', line: 5, severity: 'error' }));
  });

  test('named files are reported alone, with their warnings, while references still resolve against everything', () => {
    const dir = project(BROKEN);
    const other = run('check.ts', dir, ['content/works/hestness-2017.mdx']);
    expect(other.status, other.stdout).toBe(0);
    expect(other.stdout).not.toContain('joel-hestness.mdx');
    expect(other.stdout).toContain('⚠ warning');
    expect(run('check.ts', dir, ['./content/people/joel-hestness.md']).status).toBe(1);
  });

  test('explains an unknown option or a path outside content/', () => {
    const dir = project(validFiles());
    writeFileSync(join(dir, 'notes.md'), 'x');
    expect(run('check.ts', dir, ['--jsn']).stderr).toContain('unknown option --jsn');
    expect(run('check.ts', dir, ['notes.md']).stderr).toContain('notes.md: not a content file');
  });
});

describe('npm run new', { timeout: 60_000 }, () => {
  test('creates the file, which the check then rejects until its placeholders are filled', () => {
    const dir = project(validFiles());
    const made = run('new-entry.ts', dir, ['person', 'Wei Xu']);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('Created content/people/wei-xu.md');
    expect(readFileSync(join(dir, 'content/people/wei-xu.md'), 'utf8')).toContain('name: "Wei Xu"');
    const checked = run('check.ts', dir, ['content/people/wei-xu.md']);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain('summary: placeholder not filled in: replace the "TODO" text with who this is and why they matter to the history of scaling laws, in one or two sentences');
    expect(checked.stdout).toContain('sources[0].url: placeholder not filled in: replace the "TODO" text with the page that shows the facts, e.g. https://arxiv.org/abs/1712.00409');
  });

  test('refuses an id that exists and names its file', () => {
    const dir = project(validFiles());
    const result = run('new-entry.ts', dir, ['events', 'Joel Hestness']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"joel-hestness" already exists: content/people/joel-hestness.md');
    expect(existsSync(join(dir, 'content/events/joel-hestness.mdx'))).toBe(false);
  });

  test('explains its usage', () => {
    const result = run('new-entry.ts', project({}), []);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run new -- <collection> "<name>"');
  });
});
