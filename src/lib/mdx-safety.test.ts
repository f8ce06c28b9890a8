import { describe, expect, test } from 'vitest';
import { componentAttributes, componentUses } from './mdx-safety.ts';

describe('componentAttributes reads the attributes of a component from the parsed body', () => {
  test('a tag split over lines is found, at the line of its <', () => {
    const body = 'As found by\n<EntryRef\n  id="kaplan-2020"\n/>\nand <EntryRef id="hestness-2017" />.\n';
    expect(componentAttributes(body, 'EntryRef', 'id')).toEqual([
      { line: 2, value: 'kaplan-2020' },
      { line: 5, value: 'hestness-2017' },
    ]);
  });

  test('the attribute is read wherever it stands among the others, and only on the component asked for', () => {
    const body = '<ScalingChart title="Loss" dataset="kaplan-fits" />\n\n<ScalingChart dataset=\'hoffmann-fits\' title="Compute" />\n\n<EntryRef id="x" dataset="not-a-chart" />\n';
    expect(componentAttributes(body, 'ScalingChart', 'dataset')).toEqual([
      { line: 1, value: 'kaplan-fits' },
      { line: 3, value: 'hoffmann-fits' },
    ]);
  });

  test('a use inside another component or a list is found', () => {
    const body = '- first\n- see <EntryRef id="in-a-list" />\n\n<Quote lang="en">\nAs <EntryRef id="in-a-quote" /> wrote.\n</Quote>\n';
    expect(componentAttributes(body, 'EntryRef', 'id')).toEqual([
      { line: 2, value: 'in-a-list' },
      { line: 5, value: 'in-a-quote' },
    ]);
  });

  test('an expression or a bare attribute is not read as a string', () => {
    expect(componentAttributes('<EntryRef id={x} />\n\n<EntryRef id />\n', 'EntryRef', 'id')).toEqual([]);
  });

  test('a tag in a code block or in inline code is text, not a use', () => {
    const body = '```mdx\n<EntryRef id="in-a-block" />\n```\n\n~~~\n<EntryRef\n  id="in-a-tilde-block" />\n~~~\n\nWrite `<EntryRef id="inline" />` to link.\n';
    expect(componentAttributes(body, 'EntryRef', 'id')).toEqual([]);
  });

  test('a body that does not parse gives no uses (its parse error is reported elsewhere), rather than throwing', () => {
    expect(componentAttributes('<EntryRef id="kaplan-2020"\n\nmore text <Quote>\n', 'EntryRef', 'id')).toEqual([]);
  });
});

describe('componentUses finds components in a body line by line, as a plain .md body is not MDX', () => {
  test('each use is found at the line of its <, a split tag too; code is not a use', () => {
    const body = 'Text <EntryRef id="a" /> and\n<Quote\n  lang="en">q</Quote>\n\n```\n<ScalingChart dataset="d" />\n```\n\n`<EntryRef />`\n';
    expect(componentUses(body)).toEqual([
      { line: 1, component: 'EntryRef' },
      { line: 2, component: 'Quote' },
    ]);
  });

  test('a body that is Markdown but not MDX (an HTML comment) still has its uses found', () => {
    expect(componentUses('<!-- a note -->\n\nSee <EntryRef id="a" />.\n')).toEqual([{ line: 3, component: 'EntryRef' }]);
  });
});
