/** WCAG 2 contrast ratios between CSS colours, as a browser reports them in computed styles or as hex in a stylesheet. */

/** A colour's sRGB channels (0–255) and opacity (0–1). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Read `#rgb`, `#rrggbb`, or a computed `rgb(…)`/`rgba(…)` (comma or space separated, alpha as a number or percentage). */
export function parseCssColor(text: string): Rgba {
  const colour = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(colour) ?? /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(colour);
  if (hex) {
    const [r, g, b] = hex.slice(1).map((digits) => parseInt(digits.length === 1 ? digits + digits : digits, 16)) as [number, number, number];
    return { r, g, b, a: 1 };
  }
  const number = String.raw`(-?[\d.]+)`;
  const functional = new RegExp(String.raw`^rgba?\(\s*${number}[\s,]+${number}[\s,]+${number}(?:\s*[,/]\s*${number}(%?))?\s*\)$`).exec(colour);
  if (functional) {
    const [r, g, b, alpha] = functional.slice(1, 5).map((value) => (value === undefined ? 1 : Number(value))) as [number, number, number, number];
    const a = functional[5] ? alpha / 100 : alpha;
    if ([r, g, b, a].every(Number.isFinite)) return { r, g, b, a };
  }
  throw new Error(`Not a colour this check can read: "${text}" (expected #rrggbb, rgb() or rgba()).`);
}

/** `colour` painted over the opaque `backdrop`: what the eye sees where a translucent colour lies. */
export function composite(colour: Rgba, backdrop: Rgba): Rgba {
  const mix = (top: number, bottom: number) => top * colour.a + bottom * (1 - colour.a);
  return { r: mix(colour.r, backdrop.r), g: mix(colour.g, backdrop.g), b: mix(colour.b, backdrop.b), a: 1 };
}

/** Relative luminance of an opaque sRGB colour (WCAG 2: 0 for black, 1 for white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio (1 to 21) of `foreground` on the opaque `background`; a translucent foreground is first painted over it. */
export function contrastRatio(foreground: string, background: string): number {
  const back = parseCssColor(background);
  if (back.a < 1) throw new Error(`The background "${background}" is translucent: give the opaque colour behind it.`);
  const lighter = relativeLuminance(composite(parseCssColor(foreground), back));
  const darker = relativeLuminance(back);
  return (Math.max(lighter, darker) + 0.05) / (Math.min(lighter, darker) + 0.05);
}
