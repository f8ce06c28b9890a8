/**
 * Placeholders that `npm run new` writes for what a contributor still has to fill in.
 * Every placeholder is a text starting with "TODO:" followed by what to write there; the check
 * reports each one that is left, with that hint, instead of a less helpful schema message.
 */
import { formatPath } from './paths.ts';

/** The word every placeholder starts with. */
export const PLACEHOLDER_MARK = 'TODO';

const PLACEHOLDER = /^\s*TODO\b:?\s*/;

/** A placeholder text: "TODO: <what to write here>". */
export function placeholder(hint: string): string {
  return `${PLACEHOLDER_MARK}: ${hint}`;
}

/** True when a value is a placeholder that was not filled in. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/** A placeholder left in an entry: its field path and what should be written there. */
export interface LeftPlaceholder {
  path: string;
  hint: string;
}

/** Every placeholder left in parsed frontmatter, in document order. */
export function findPlaceholders(data: unknown): LeftPlaceholder[] {
  const found: LeftPlaceholder[] = [];
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (isPlaceholder(node)) found.push({ path: formatPath(path), hint: node.replace(PLACEHOLDER, '').trim() });
    else if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, i]));
    else if (node && typeof node === 'object' && !(node instanceof Date)) {
      for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
    }
  };
  visit(data, []);
  return found;
}

/** True when `path` is `placeholderPath` or a field inside it. */
export function isWithin(path: string, placeholderPath: string): boolean {
  return path === placeholderPath || path.startsWith(`${placeholderPath}.`) || path.startsWith(`${placeholderPath}[`);
}
