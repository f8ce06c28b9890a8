/**
 * Exponents and subscripts in plain-text formulas, as the atlas writes them in findings and data
 * notes ("L(N) = (N_c/N)^α_N", "8.8×10^13", "C_c^min"), turned into pieces a page draws raised or
 * lowered. The text in content/ and in the data exports stays plain; only pages typeset it.
 */

/** A piece of text: plain, or raised (an exponent) or lowered (a subscript), with pieces of its own; `grouped` when the text had them in brackets. */
export type MathPiece = string | { sup: MathPiece[]; grouped?: true } | { sub: MathPiece[] };

/**
 * The plain-text marks a page keeps, hidden, inside what it raises or lowers, so that copied text,
 * search excerpts and screen readers still read `C^b` and `N_c`, not `Cb` and `Nc`.
 */
export const PLAIN_MARKS = { sup: '^', sub: '_', open: '(', close: ')' } as const;

const GREEK = '\\u0391-\\u03A9\\u03B1-\\u03C9';
/** What may carry an exponent: a letter, digit or closing bracket right before `^`. */
const EXPONENT_BASE = new RegExp(`[A-Za-z0-9${GREEK})\\]]$`);
/** What may carry a subscript: a single letter standing alone ("N_c", "α_N"), not a word ("read_in"). */
const SUBSCRIPT_BASE = new RegExp(`(?:^|[^A-Za-z${GREEK}])[A-Za-z${GREEK}]$`);
/** A subscript: letters and digits ("c", "opt", "p90"). */
const SUBSCRIPT = /^[A-Za-z0-9]+/;
/** An exponent without brackets: a signed decimal number, or a (Greek) letter and letters ("0.076", "−0.35", "α", "min"). */
const EXPONENT = new RegExp(`^(?:[−-]?\\d+(?:\\.\\d+)?|[${GREEK}][A-Za-z]*|[A-Za-z]+)`);

/** Where the bracket opened at `start` closes, or -1. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** `text` as plain pieces with its exponents (`x^2`, `x^(a/b)`, `m^β_g`) raised and its subscripts (`N_c`) lowered. */
export function mathPieces(text: string): MathPiece[] {
  const pieces: MathPiece[] = [];
  let plain = '';
  const flush = () => {
    if (plain) pieces.push(plain);
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const mark = text[i];
    const rest = text.slice(i + 1);
    if (mark === '_' && SUBSCRIPT_BASE.test(plain)) {
      const sub = SUBSCRIPT.exec(rest)?.[0];
      if (sub) {
        flush();
        pieces.push({ sub: [sub] });
        i += 1 + sub.length;
        continue;
      }
    }
    if (mark === '^' && (EXPONENT_BASE.test(plain) || (plain === '' && pieces.length > 0))) {
      if (rest.startsWith('(')) {
        const close = closingBracket(text, i + 1);
        if (close > 0) {
          flush();
          pieces.push({ sup: mathPieces(text.slice(i + 2, close)), grouped: true });
          i = close + 1;
          continue;
        }
      }
      const atom = EXPONENT.exec(rest)?.[0];
      if (atom) {
        // An exponent keeps its own subscript and exponent: `^α_N`, `^α_C^min`.
        let end = i + 1 + atom.length;
        while ((text[end] === '_' && SUBSCRIPT.test(text.slice(end + 1))) || (text[end] === '^' && EXPONENT.test(text.slice(end + 1)))) {
          end += 1 + (text[end] === '_' ? SUBSCRIPT : EXPONENT).exec(text.slice(end + 1))![0].length;
        }
        flush();
        pieces.push({ sup: mathPieces(text.slice(i + 1, end)) });
        i = end;
        continue;
      }
    }
    plain += mark;
    i++;
  }
  flush();
  return pieces;
}
