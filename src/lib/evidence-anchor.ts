/**
 * Where a claim's evidence item can be linked to: `#evidence-3` for the third item of its `evidence`
 * list, numbered as the entry lists them (the field path `evidence[2]` the sources index shows), so a
 * link keeps pointing at the same item when the page groups the items by stance.
 */

/** The id of the evidence item at `index` (from 0) of a claim's list; `prefix` tells apart claims shown on one page. */
export function evidenceAnchor(index: number, prefix = 'evidence'): string {
  return `${prefix}-${index + 1}`;
}

const EVIDENCE_FIELD = /^evidence\[(\d+)\]/;

/** The anchor of the evidence item a field path of a claim lies in (`evidence[2].source` → `evidence-3`); undefined for any other field. */
export function evidenceAnchorOfField(field: string): string | undefined {
  const match = EVIDENCE_FIELD.exec(field);
  return match ? evidenceAnchor(Number(match[1])) : undefined;
}
