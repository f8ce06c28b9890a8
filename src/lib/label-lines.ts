/**
 * A long graph label on two lines instead of one cut short: "Deep Learning Scaling is / Predictable,
 * Empirically" rather than "Deep Learning Scaling i…", so that two titles starting alike stay apart.
 */

/** The ellipsis that ends a second line cut short. */
export const ELLIPSIS = '…';

/**
 * `text` broken at spaces into two lines, each at most `width` wide as `measure` gives it: the first
 * takes as many words as fit, the second the rest, ending in an ellipsis where the rest is wider
 * still. Undefined where one line holds the whole text, or where its first word alone is too wide
 * (a single line cut short says as much).
 */
export function twoLines(text: string, width: number, measure: (text: string) => number): [string, string] | undefined {
  const words = text.trim().split(/\s+/);
  if (measure(words.join(' ')) <= width) return undefined;
  let count = 0;
  while (count < words.length && measure(words.slice(0, count + 1).join(' ')) <= width) count += 1;
  if (count === 0) return undefined;
  const rest = words.slice(count).join(' ');
  return [words.slice(0, count).join(' '), cutToWidth(rest, width, measure)];
}

/** `text` whole where it fits `width`, or else its longest start that fits with an ellipsis after it (trailing spaces dropped). */
function cutToWidth(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  let length = text.length;
  while (length > 0 && measure(`${text.slice(0, length).trimEnd()}${ELLIPSIS}`) > width) length -= 1;
  return `${text.slice(0, length).trimEnd()}${ELLIPSIS}`;
}
