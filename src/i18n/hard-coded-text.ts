/**
 * Finds interface text written straight into an Astro template instead of going through `t()`:
 * the check that keeps every UI string in the translation module, so Chinese can follow.
 */
import { parse } from '@astrojs/compiler-rs';

/** Attributes whose value a reader sees or hears, and so must be translatable. */
export const READABLE_ATTRIBUTES = ['title', 'alt', 'aria-label', 'aria-description', 'placeholder', 'label', 'description'] as const;

/** Elements whose text is code, not interface text. */
const CODE_ELEMENTS = new Set(['script', 'style', 'code', 'pre']);

/** Text counts as words when it has two Latin letters in a row ("→", "·" and "¶" do not). */
const WORDS = /[A-Za-z]{2}/;

/** One piece of hard-coded interface text. */
export interface HardCodedText {
  /** Line in the file, from 1. */
  line: number;
  /** The text, trimmed. */
  text: string;
  /** Where it sits: between tags, or in the named attribute. */
  in: 'text' | `attribute ${string}`;
}

type AstNode = { type?: string; start?: number; [key: string]: unknown };

/** Every hard-coded word of interface text in the template of the Astro component `source` (its frontmatter is code and is not searched). */
export function findHardCodedText(source: string): HardCodedText[] {
  const { ast } = parse(source);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found: HardCodedText[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as AstNode;
    if (n.type === 'JSXElement' && CODE_ELEMENTS.has(elementName(n))) return;
    if (n.type === 'JSXText' && typeof n.value === 'string' && WORDS.test(n.value)) {
      found.push({ line: lineOf(n.start ?? 0), text: n.value.trim().replace(/\s+/g, ' '), in: 'text' });
    }
    if (n.type === 'JSXAttribute') {
      const name = (n.name as AstNode | undefined)?.name;
      const value = n.value as AstNode | null;
      if (typeof name === 'string' && (READABLE_ATTRIBUTES as readonly string[]).includes(name) && value?.type === 'Literal' && typeof value.value === 'string' && WORDS.test(value.value)) {
        found.push({ line: lineOf(n.start ?? 0), text: value.value, in: `attribute ${name}` });
      }
    }
    for (const [key, child] of Object.entries(n)) if (key !== 'frontmatter' && child && typeof child === 'object') visit(child);
  };
  visit(ast);
  return found;
}

/** The tag name of a JSX element node ("" for fragments and member names). */
function elementName(element: AstNode): string {
  const name = ((element.openingElement as AstNode | undefined)?.name as AstNode | undefined)?.name;
  return typeof name === 'string' ? name : '';
}
