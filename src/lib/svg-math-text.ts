/**
 * Formula text for SVG, where <sup> and <sub> do not exist: the pieces of src/lib/math-text.ts
 * flattened into runs, each with its size and its baseline offset, for <tspan dy font-size>.
 * SVG `baseline-shift` is not honoured by every browser; `dy` is, so a run says how far to move
 * from the run before it.
 */
import { mathPieces, type MathPiece } from './math-text.ts';

/** A run of text at one size and baseline. */
export interface SvgRun {
  text: string;
  /** Font size as a share of the text's own size (1, 0.75, 0.5625…). */
  size: number;
  /** Baseline offset from the text's baseline, in ems of the text's size (positive is down). */
  shift: number;
  /** Move from the previous run's baseline (or the text's, for the first run), in ems of this run's own size: the `dy` to print. */
  dy: number;
}

/** How much smaller a raised or lowered piece is than its base. */
const SCRIPT_SIZE = 0.75;
/** How far an exponent is raised and a subscript lowered, in ems of the base. */
const SUP_SHIFT = -0.38;
const SUB_SHIFT = 0.22;

/** The runs of `pieces` at a given size and shift, before `dy` is worked out. */
function flatten(pieces: readonly MathPiece[], size: number, shift: number): Omit<SvgRun, 'dy'>[] {
  return pieces.flatMap((piece) => {
    if (typeof piece === 'string') return [{ text: piece, size, shift }];
    const raised = 'sup' in piece;
    return flatten(raised ? piece.sup : piece.sub, size * SCRIPT_SIZE, shift + size * (raised ? SUP_SHIFT : SUB_SHIFT));
  });
}

/** A formula (as written in content/, e.g. "Compute C_min") as SVG runs; the last run returns to the baseline only if text follows it. */
export function svgRuns(text: string): SvgRun[] {
  let at = 0;
  return flatten(mathPieces(text), 1, 0).map((run) => {
    const dy = (run.shift - at) / run.size;
    at = run.shift;
    return { ...run, dy: Math.round(dy * 1000) / 1000 };
  });
}
