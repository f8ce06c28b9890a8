import { describe, expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { markChineseInBodies } from './body-lang.ts';

/** A Markdown body as the build renders it, with the plugin. */
const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [markChineseInBodies] }).html.trim();

describe('markChineseInBodies', () => {
  test('marks each Chinese stretch of an English paragraph, in emphasis and links too', () => {
    expect(html('The outlet 机器之心 asked *whether 百度 was first*.')).toBe('<p>The outlet <span lang="zh">机器之心</span> asked <em>whether <span lang="zh">百度</span> was first</em>.</p>');
    expect(html('See [《科学之路》](https://example.org/).')).toBe('<p>See <a href="https://example.org/"><span lang="zh">《科学之路》</span></a>.</p>');
  });

  test('marks a mostly Chinese text as one stretch, and leaves English alone', () => {
    expect(html('“四年前,我们对外正式宣布成立深度学习研究院IDL”')).toBe('<p><span lang="zh">“四年前,我们对外正式宣布成立深度学习研究院IDL”</span></p>');
    expect(html('Plain English, no Chinese.')).toBe('<p>Plain English, no Chinese.</p>');
  });

  test('leaves the text of a component that says its language to it', () => {
    const code = mdxToJs('Before 百度. <Quote text="x" lang="zh">百度</Quote>', { hastPlugins: [markChineseInBodies] }).code;
    expect(code.match(/lang: "zh"/g), 'the span before the component, and the component’s own attribute').toHaveLength(2);
    expect(code).toMatch(/_jsx\(Quote, \{[^}]*children: "百度"\s*\}/);
  });
});
