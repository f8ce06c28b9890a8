/** A verdict badge built in the browser (search cards, the graph explorer's panel), with the markup and words of VerdictBadge.astro. */
import type { Verdict } from '../lib/schema.ts';
import { verdictLabel } from '../lib/check-labels.ts';

/** The verdict as symbol (hidden from screen readers) and word, its definition as the tooltip. */
export function verdictBadge(verdict: Verdict): HTMLElement {
  const { symbol, text, help } = verdictLabel(verdict);
  const mark = Object.assign(document.createElement('span'), { textContent: symbol });
  mark.setAttribute('aria-hidden', 'true');
  const badge = Object.assign(document.createElement('span'), { className: `verdict verdict-${verdict}`, title: help });
  badge.append(mark, text);
  return badge;
}
