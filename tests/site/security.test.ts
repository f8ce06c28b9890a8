/** Every built page carries the Content-Security-Policy and runs no inline script. */
import { describe, expect, test } from 'vitest';
import { htmlPages } from '../helpers/dist-files.ts';

/** The CSP meta tag's policy, or undefined. */
function cspOf(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/i.exec(html)?.[0];
  return tag ? /content="([^"]*)"/.exec(tag)?.[1]?.replace(/&#39;|&apos;/g, "'") : undefined;
}

/** One directive of a policy, as a list of sources. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy.split(';').map((part) => part.trim().split(/\s+/)).find(([key]) => key === name);
  return found?.slice(1);
}

describe('content security', () => {
  const pages = htmlPages();

  test('every page has a CSP meta tag whose script-src is only \'self\', and object-src \'none\'', () => {
    const wrong = pages.flatMap((page) => {
      const policy = cspOf(page.html);
      if (!policy) return [`${page.path}: no CSP meta tag`];
      const problems: string[] = [];
      if (JSON.stringify(directive(policy, 'script-src')) !== JSON.stringify(["'self'"])) problems.push(`${page.path}: script-src is "${directive(policy, 'script-src')?.join(' ')}"`);
      if (JSON.stringify(directive(policy, 'object-src')) !== JSON.stringify(["'none'"])) problems.push(`${page.path}: object-src is not 'none'`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  test('no page has an inline script, an inline event handler or a javascript: URL (JSON-LD data blocks allowed)', () => {
    const inline = pages.flatMap((page) => [
      ...[...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
        .filter(([, attributes, body]) => !/\ssrc="/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!) && body!.trim() !== '')
        .map(([tag]) => `${page.path}: inline script ${tag!.slice(0, 80)}`),
      ...[...page.html.matchAll(/<[a-z][^>]*\son[a-z]+="[^"]*"/gi)].map(([tag]) => `${page.path}: event handler attribute ${tag.slice(0, 80)}`),
      ...[...page.html.matchAll(/(?:href|src|action)="\s*javascript:/gi)].map(() => `${page.path}: javascript: URL`),
    ]);
    expect(inline).toEqual([]);
  });

  test('every script file is loaded from this site', () => {
    const foreign = pages.flatMap((page) => [...page.html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/gi)].map(([, src]) => src!).filter((src) => /^(https?:)?\/\//.test(src)).map((src) => `${page.path}: ${src}`));
    expect(foreign).toEqual([]);
  });
});
