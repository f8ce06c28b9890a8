import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { ISSUE_FORMS, issueUrl, publicUrl } from './urls.ts';

const REPO = 'https://github.com/scaling-atlas/scaling-atlas';

describe('publicUrl', () => {
  test('is the path under the base on the site, anchor kept', () => {
    expect(publicUrl('/charts/#kaplan-fits', '/atlas/', 'https://example.org')).toBe('https://example.org/atlas/charts/#kaplan-fits');
    expect(publicUrl('/claims/x/', '/', new URL('https://scaling-atlas.github.io'))).toBe('https://scaling-atlas.github.io/claims/x/');
  });
});

describe('issueUrl', () => {
  test('opens the named issue form with the title and the field naming the page filled in', () => {
    const url = new URL(issueUrl(`${REPO}/`, 'dispute', 'Baidu discovered scaling laws first', 'https://scaling-atlas.github.io/claims/x/'));
    expect(`${url.origin}${url.pathname}`).toBe(`${REPO}/issues/new`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ template: 'dispute-claim.yml', title: 'Dispute: Baidu discovered scaling laws first', claim: 'https://scaling-atlas.github.io/claims/x/' });
  });

  test('keeps a title with commas, ampersands and Chinese intact', () => {
    const url = new URL(issueUrl(REPO, 'error', 'Baidu & “百度”, 2017', 'https://scaling-atlas.github.io/works/y/'));
    expect(url.searchParams.get('title')).toBe('Error: Baidu & “百度”, 2017');
    expect(url.searchParams.get('where')).toBe('https://scaling-atlas.github.io/works/y/');
  });
});

/** The parts of a GitHub issue form that the links rely on. */
interface IssueForm {
  title?: string;
  body?: { type: string; id?: string }[];
}

describe('ISSUE_FORMS', () => {
  for (const [name, form] of Object.entries(ISSUE_FORMS)) {
    test(`"${name}" names a form of the repository whose title starts as the links' titles do and whose "${form.pageField}" field takes the page's address`, () => {
      const file = resolve(import.meta.dirname, '../../.github/ISSUE_TEMPLATE', form.template);
      const template = yaml.load(readFileSync(file, 'utf8')) as IssueForm;
      expect(template.title).toBe(form.titlePrefix);
      expect(template.body?.find((field) => field.id === form.pageField)?.type, `${form.template}: field ${form.pageField}`).toBe('input');
    });
  }
});
