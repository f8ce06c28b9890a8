import { describe, expect, test } from 'vitest';
import { escapeHtml, labelHtml, MAX_LABEL, shorten } from './label-text.ts';

describe('label text', () => {
  test('shorten cuts at a word and keeps short text whole', () => {
    expect(shorten('short')).toBe('short');
    expect(shorten('one two three four', 12)).toBe('one two…');
  });

  test('shorten cuts within a word when the last space is early, and never past MAX_LABEL by default', () => {
    expect(shorten('a verylongwordthatgoesonandon', 12)).toBe('a verylongw…');
    expect(shorten('x'.repeat(100))).toHaveLength(MAX_LABEL);
  });

  test('escapeHtml escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  test('labelHtml escapes as escapeHtml does and marks each Chinese stretch as Chinese', () => {
    expect(labelHtml('⬢ The article "震惊!发现大模型规律的原来是百度" was published by <b> & co')).toBe('⬢ The article &quot;<span lang="zh">震惊!发现大模型规律的原来是百度</span>&quot; was published by &lt;b&gt; &amp; co');
    expect(labelHtml('机器之心')).toBe('<span lang="zh">机器之心</span>');
    expect(labelHtml(`<a href="x">'&'</a>`)).toBe(escapeHtml(`<a href="x">'&'</a>`));
  });
});
