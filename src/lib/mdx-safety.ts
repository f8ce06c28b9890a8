/**
 * Entry bodies are MDX, and MDX is code: only plain Markdown and an allowlist of components may
 * pass. This module finds everything else, with the line it is on.
 */
import { componentElements } from './mdx-syntax.ts';

/** Components an entry body may use. */
export const ALLOWED_COMPONENTS = ['ScalingChart', 'Quote', 'EntryRef'] as const;

/** Plain HTML elements an entry body may use (inline formatting only). */
export const ALLOWED_ELEMENTS = ['sup', 'sub', 'abbr', 'br', 'em', 'strong', 'kbd', 'cite', 'q', 'small'] as const;

/** Something unsafe in a body, with its 1-based line in the body. */
export interface UnsafeMdx {
  line: number;
  message: string;
}

interface Rule {
  pattern: RegExp;
  message: (match: RegExpMatchArray) => string | null;
  /** Match against the line with character references decoded and blanks removed, as a browser reads a URL. */
  asUrl?: boolean;
}

const RULES: Rule[] = [
  {
    pattern: /^\s*(import|export)\b/,
    message: (m) => `"${m[1]}" statements are not allowed in entries: they run code at build time; use the allowed components (${ALLOWED_COMPONENTS.join(', ')}) without importing them`,
  },
  {
    pattern: /<\s*(script|iframe|style|object|embed|link|meta|base|form|svg|math)\b/i,
    message: (m) => `<${m[1]!.toLowerCase()}> is not allowed in entries; write plain Markdown`,
  },
  {
    pattern: /\son[a-z]+\s*=/i,
    message: () => 'event-handler attributes (on…=) are not allowed in entries',
  },
  {
    pattern: /(?:javascript|vbscript):|(?:\]\(|<|=["']?|\]:)data:/i,
    message: (m) => `"${m[0].replace(/[\s\](<="':]/g, '')}:" URLs are not allowed in entries; link to an http(s) address`,
    asUrl: true,
  },
  {
    pattern: /<\s*\/?\s*([A-Za-z][\w.]*)/,
    message: (m) => {
      const name = m[1]!;
      if ((ALLOWED_COMPONENTS as readonly string[]).includes(name)) return null;
      if ((ALLOWED_ELEMENTS as readonly string[]).includes(name.toLowerCase())) return null;
      if (/^(script|iframe|style|object|embed|link|meta|base|form|svg|math)$/i.test(name)) return null; // reported above
      return `<${name}> is not allowed in entries; use Markdown, or one of the components ${ALLOWED_COMPONENTS.join(', ')}`;
    },
  },
  {
    pattern: /(?<!\\)\{/,
    message: () => 'MDX expressions in braces run code at build time and are not allowed; write \\{ for a literal brace',
  },
];

/** A line as a browser reads a URL in it: numeric and named character references decoded, blanks and control characters gone. */
export function asUrlText(line: string): string {
  const named: Record<string, string> = { colon: ':', tab: '', newline: '', lpar: '(', rpar: ')', sol: '/', amp: '&' };
  return line
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => named[name.toLowerCase()] ?? whole)
    .replace(/[\s\u0000-\u001f]+/g, '');
}

/** Blank out fenced code blocks and inline code, keeping line numbers, so their text is not flagged. */
function withoutCode(body: string): string {
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]+`/g, (span) => ' '.repeat(span.length));
}

/** Every unsafe construct in an MDX body, in order; an empty list means the body is safe. */
export function findUnsafeMdx(body: string): UnsafeMdx[] {
  const found: UnsafeMdx[] = [];
  withoutCode(body)
    .split('\n')
    .forEach((text, index) => {
      for (const rule of RULES) {
        const global = new RegExp(rule.pattern.source, `${rule.pattern.flags}g`);
        const message = [...(rule.asUrl ? asUrlText(text) : text).matchAll(global)].map((match) => rule.message(match)).find(Boolean);
        if (message) found.push({ line: index + 1, message });
      }
    });
  return found;
}

/**
 * Every use of an allowed component in a body, with the 1-based line of its `<` (code blocks ignored): plain `.md`
 * bodies cannot render them. Read line by line, not from the MDX tree: a `.md` body is Markdown and need not parse as MDX.
 */
export function componentUses(body: string): { line: number; component: string }[] {
  const tag = new RegExp(`<(${ALLOWED_COMPONENTS.join('|')})\\b`, 'g');
  return withoutCode(body)
    .split('\n')
    .flatMap((text, index) => [...text.matchAll(tag)].map((match) => ({ line: index + 1, component: match[1]! })));
}

/** Values of `attribute`, written as a string, on every use of `component` in an MDX body, with the 1-based line of each use's `<`; none when the body does not parse. */
export function componentAttributes(body: string, component: (typeof ALLOWED_COMPONENTS)[number], attribute: string): { line: number; value: string }[] {
  // Parsing is the costly part of checking a body, and a body that never names the component cannot use it.
  if (!new RegExp(`<\\s*${component}\\b`).test(body)) return [];
  return componentElements(body).flatMap(({ name, line, attributes }) => {
    const value = name === component ? attributes.get(attribute) : undefined;
    return value === undefined ? [] : [{ line, value }];
  });
}
