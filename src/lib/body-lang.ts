/**
 * Entry bodies (Markdown and MDX) with each Chinese stretch of their English text marked
 * `lang="zh"`, as LangText marks the pages' own text: a hast plugin for the build's Markdown processor.
 */
import { defineHastPlugin, type HastNode, type HastVisitorContext } from 'satteri';
import { langRuns } from './text-lang.ts';

/** Whether an element (HTML, or an MDX component) says its own language: its text is then left as it is. */
function namesItsLanguage(node: Readonly<HastNode>): boolean {
  if (node.type === 'element') return node.properties?.lang !== undefined;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang');
  return false;
}

/** Whether `node` sits inside an element that says its own language. */
function inNamedLanguage(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) if (namesItsLanguage(parent)) return true;
  return false;
}

/** The hast plugin: a text with Chinese in it becomes its runs, each Chinese one a `<span lang="zh">`. */
export const markChineseInBodies = defineHastPlugin({
  name: 'scaling-atlas:chinese-in-bodies',
  text(node, ctx) {
    const runs = langRuns(node.value);
    if (!runs.some((run) => run.lang) || inNamedLanguage(node, ctx)) return;
    ctx.replaceNode(node, runs.map((run): HastNode => (run.lang ? { type: 'element', tagName: 'span', properties: { lang: run.lang }, children: [{ type: 'text', value: run.text }] } : { type: 'text', value: run.text })));
  },
});
