/**
 * Entry bodies parsed as the build parses them (satteri, the MDX parser of @astrojs/mdx), so a
 * body the build cannot compile is reported with its line and a fix instead of a stack trace;
 * and the components in the parsed body checked as frontmatter fields are.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** A problem in an MDX body, with its 1-based line in the body. */
export interface BodyProblem {
  line: number;
  message: string;
}

/** A parse error of satteri: `line:column: reason (rule)`. */
const PARSE_ERROR = /^(\d+):\d+: ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/;

/** The reason of a parse error without the parser's asides (positions, notes on links). */
function plainReason(reason: string): string {
  return reason.replace(/ \(note: .*$/s, '').replace(/ \(\d+:\d+\)/g, '').trim();
}

/** What went wrong at a line of the body and how to fix it, from the parser's reason. */
function explain(reason: string, text: string): string {
  const unclosed = /<([A-Za-z][\w.]*)\b[^>]*$/.exec(text);
  if (unclosed) return `the tag <${unclosed[1]} is not closed (close the tag with />)`;
  const closing = /Expected a closing tag for `<([\w.]+)>`/.exec(reason);
  if (closing) return `<${closing[1]}> is opened but not closed (add </${closing[1]}> after its text, or end the tag with /> when it holds none)`;
  if (/Unexpected closing tag/.test(reason)) return `${plainReason(reason)} (remove it, or open the tag before it)`;
  return `${plainReason(reason)} (write \\< for a literal <, or complete the tag)`;
}

/** The body's syntax tree as the build parses it, or the parse error as a problem at its line. */
function parseBody(body: string): { tree: MdastNode } | { problem: BodyProblem } {
  try {
    return { tree: mdxToMdast(body) };
  } catch (error) {
    const match = PARSE_ERROR.exec(String((error as Error).message ?? error));
    const line = match ? Number(match[1]) : 1;
    return { problem: { line, message: explain(match?.[2] ?? String(error), body.split('\n')[line - 1] ?? '') } };
  }
}

/** A component element of a parsed body: its name, the 1-based line of its `<`, and its attributes whose values are written as strings (not `{expressions}`). */
export interface ComponentElement {
  name: string;
  line: number;
  attributes: ReadonlyMap<string, string>;
}

/** The string attributes of a component element, by name. */
function stringAttributes(node: MdastNode): Map<string, string> {
  const list = 'attributes' in node ? (node.attributes as { type: string; name?: string; value?: unknown }[]) : [];
  return new Map(list.flatMap((a) => (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string' ? [[a.name, a.value] as const] : [])));
}

/** Every component element of a parsed body, depth first; code blocks and inline code hold text, not elements. */
function elements(node: MdastNode): ComponentElement[] {
  const children = 'children' in node ? (node.children as MdastNode[]) : [];
  const own =
    node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
      ? [{ name: 'name' in node && typeof node.name === 'string' ? node.name : '', line: node.position?.start.line ?? 1, attributes: stringAttributes(node) }]
      : [];
  return [...own, ...children.flatMap(elements)];
}

/** Every component element of an MDX body, depth first; none when the body does not parse, which `mdxBodyProblems` reports. */
export function componentElements(body: string): ComponentElement[] {
  const parsed = parseBody(body);
  return 'tree' in parsed ? elements(parsed.tree) : [];
}

/** Every <Quote> of a parsed body that is not in English yet gives no English translation, as frontmatter quotes must. */
function untranslatedQuotes(tree: MdastNode): BodyProblem[] {
  return elements(tree).flatMap(({ name, line, attributes }) => {
    const lang = attributes.get('lang');
    if (name !== 'Quote' || !lang || lang === 'en' || attributes.has('translation')) return [];
    return [{ line, message: `<Quote lang="${lang}">: a quote not in English needs an English translation: add translation="…"` }];
  });
}

/** What in an MDX body the build cannot compile (its parse error), or else what its components lack. */
export function mdxBodyProblems(body: string): BodyProblem[] {
  const parsed = parseBody(body);
  return 'problem' in parsed ? [parsed.problem] : untranslatedQuotes(parsed.tree);
}
