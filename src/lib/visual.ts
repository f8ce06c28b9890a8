/**
 * One visual language for entity kinds and verdicts, used by pages, graph, timeline and search:
 * a colour (Okabe–Ito, colour-blind safe) always paired with a shape and a symbol.
 */
import type { EntityKind } from './kb.ts';
import type { Verdict, Stance } from './schema.ts';
import type { GraphEdgeType } from './graph.ts';

/** How an entity kind is drawn everywhere. */
export interface KindStyle {
  /** Fill colour (Okabe–Ito). */
  color: string;
  /** Cytoscape node shape. */
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'barrel';
  /** Text symbol with the same shape, for HTML and legends. */
  symbol: string;
}

/** Style of each entity kind. */
export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  person: { color: '#0072B2', shape: 'ellipse', symbol: '●' },
  org: { color: '#009E73', shape: 'round-rectangle', symbol: '■' },
  work: { color: '#E69F00', shape: 'diamond', symbol: '◆' },
  claim: { color: '#CC79A7', shape: 'hexagon', symbol: '⬢' },
  event: { color: '#D55E00', shape: 'triangle', symbol: '▲' },
  dataset: { color: '#56B4E9', shape: 'barrel', symbol: '▮' },
};

/** A colour the page defines for both themes: its custom property (a `light-dark()` pair) and the colour to use where there is no page. */
export interface ThemedColour {
  /** Custom property of the site's stylesheet, e.g. `--ok`. */
  property: `--${string}`;
  /** The same colour without the page (Okabe–Ito). */
  color: string;
}

/**
 * Connection kinds drawn in a colour of their own, beside their line style: evidence for (bluish
 * green, the site's colour for support) and against (vermillion, its colour for a refutation), an
 * Okabe–Ito pair told apart with every common colour-vision deficiency, and influence, the atlas's
 * story, in the text's colour (Okabe–Ito's black), darker than every other line. Other kinds use the line colour.
 */
export const EDGE_COLOURS: Partial<Record<GraphEdgeType, ThemedColour>> = {
  supports: { property: '--ok', color: '#009E73' },
  contradicts: { property: '--bad', color: '#D55E00' },
  influenced: { property: '--influence', color: '#000000' },
};

/** How a verdict is shown: a word, a symbol and a colour, never colour alone. */
export interface VerdictStyle {
  /** Symbol shown before the word. */
  symbol: string;
  /** Accent colour (Okabe–Ito or grey). */
  color: string;
  /** Rank from best supported (0) to unverified (5), for sorting. */
  rank: number;
}

/** Style of each verdict. */
export const VERDICT_STYLES: Record<Verdict, VerdictStyle> = {
  supported: { symbol: '✓', color: '#009E73', rank: 0 },
  'partly-supported': { symbol: '◐', color: '#0072B2', rank: 1 },
  contested: { symbol: '⇄', color: '#E69F00', rank: 2 },
  unsupported: { symbol: '∅', color: '#6b6b6b', rank: 3 },
  false: { symbol: '✗', color: '#D55E00', rank: 4 },
  unverified: { symbol: '?', color: '#6b6b6b', rank: 5 },
};

/** The mark of an entry whose central facts are not fully verified (secondary sources only, or not checked): a dagger, as a footnote's caveat. */
export const NOT_VERIFIED_SYMBOL = '†';

/** Symbol of each evidence stance. */
export const STANCE_SYMBOLS: Record<Stance, string> = {
  supports: '＋',
  contradicts: '－',
  context: '·',
};
