/**
 * Fold `details` (a page's filters or options) when the window is at most `maxWidth` wide: on a
 * phone they sit above what the reader came for (results, a drawing) and would push it screens down.
 */
export function foldWhenNarrow(details: HTMLDetailsElement | null, maxWidth: string): void {
  if (details && window.matchMedia(`(max-width: ${maxWidth})`).matches) details.open = false;
}
