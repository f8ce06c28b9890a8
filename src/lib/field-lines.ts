/**
 * Where each field of a YAML text is: field paths (`affiliations[0].org`) mapped to 1-based lines,
 * so a problem can point at the line to edit. Uses the `yaml` package's source ranges.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Field path → 1-based line in the file, for a YAML text that starts at `firstLine` of the file. */
export function fieldLines(yamlText: string, firstLine = 1): Map<string, number> {
  const lines = new Map<string, number>();
  const counter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: counter, keepSourceTokens: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const visit = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const name = key && 'value' in key ? String((key as { value: unknown }).value) : String(pair.key);
        const here = path ? `${path}.${name}` : name;
        const range = key?.range ?? (pair.value as Node | null)?.range;
        if (range) lines.set(here, lineAt(range[0]));
        visit(pair.value, here);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const here = `${path}[${i}]`;
        const range = (item as Node | null)?.range;
        if (range) lines.set(here, lineAt(range[0]));
        visit(item, here);
      });
    }
  };
  visit(document.contents, '');
  return lines;
}

/** The line of a field, or of its nearest written parent (a missing `source.url` points at `source`). */
export function lineOfField(lines: ReadonlyMap<string, number>, path: string): number | undefined {
  let current = path;
  while (current) {
    const line = lines.get(current);
    if (line !== undefined) return line;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) return undefined;
    current = current.slice(0, cut);
  }
  return undefined;
}

/** The text of a scalar as written in a YAML text (e.g. `0.0760`, which YAML reads as 0.076), at a path of keys and indexes such as a zod issue's. */
export function writtenScalar(yamlText: string, path: readonly PropertyKey[]): string | undefined {
  const node = parseDocument(yamlText).getIn(path, true) as Node | undefined;
  return node?.range ? yamlText.slice(node.range[0], node.range[1]) : undefined;
}
