/**
 * Every built page is valid HTML by html-validate's standard, accessibility and document rules:
 * elements only where HTML allows them, attributes and ARIA that exist, references (`for`,
 * `aria-labelledby`) that resolve, no id twice.
 */
import { describe, expect, test } from 'vitest';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { htmlPages } from '../helpers/dist-files.ts';

/** The rule sets, and the rules changed for a reason that holds on every page. */
const CONFIG: ConfigData = {
  extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
  rules: {
    // A table whose rows stack as cards on a phone names the roles of its parts, which `display: block` takes away (StackedTable).
    'no-redundant-role': 'off',
    // Every script and style sheet comes from the site itself: there is no third party to guard against.
    'require-sri': 'off',
    // A box that scrolls is a focusable div with role="region" and a name, as the WAI-ARIA practices show; a <section> would want a heading.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
};

/** Messages accepted on one element of one page, each for its reason. */
const ACCEPTED: { rule: string; path: string; selector: string }[] = [
  // The timeline's row choices filter its list as they are ticked, without JavaScript too (CSS :has): there is nothing to submit.
  { rule: 'wcag/h32', path: '/timeline/', selector: '#tl-controls' },
];

const validator = new HtmlValidate(CONFIG);

/** The messages html-validate gives for an HTML text, less the accepted ones. */
function problems(path: string, html: string): Message[] {
  const messages = validator.validateStringSync(html, path).results.flatMap((result) => result.messages);
  return messages.filter((message) => !ACCEPTED.some((accepted) => accepted.rule === message.ruleId && accepted.path === path && accepted.selector === message.selector));
}

describe('valid HTML', () => {
  test('the rules catch what they are for: a link inside a button, an id twice, a label for nothing', () => {
    const page = '<!doctype html><html lang="en"><head><title>T</title></head><body><main><button type="button"><a href="/" id="x">b</a></button><span id="x"></span><label for="nothing">c</label></main></body></html>';
    const rules = problems('/sample/', page).map((message) => message.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['element-permitted-content', 'no-dup-id', 'no-missing-references']));
  });

  test('every page of the built site passes', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(100);
    const found = pages.flatMap((page) => problems(page.path, page.html).map((message) => `${page.path}:${message.line}:${message.column}: ${message.ruleId}: ${message.message} (${message.selector})`));
    expect(found).toEqual([]);
  });
});
