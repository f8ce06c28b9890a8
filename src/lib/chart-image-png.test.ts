import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { CHART_PNG_SCALE, chartImagePng, chartPngOptions } from './chart-image-png.ts';

/** Width and height of a PNG, from its header. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

/** An SVG of one line of `text` in the image's font stack, at `weight`. */
const line = (text: string, weight = 400) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><style>svg { font-family: system-ui, 'Noto Sans', sans-serif; }</style><text x="5" y="28" font-size="20" font-weight="${weight}">${text}</text></svg>`;

/** How wide the painted ink of `svg` is, in SVG units. */
const inkWidth = async (svg: string) => new Resvg(svg, await chartPngOptions()).getBBox()!.width;

describe('chartImagePng', () => {
  test('paints the SVG at twice its size as PNG', async () => {
    const png = await chartImagePng(line('L(N) = (N_c/N)^α'));
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: 300 * CHART_PNG_SCALE, height: 40 * CHART_PNG_SCALE });
  });

  test('paints with its own fonts only, the bold one for bold text, whatever the system has', async () => {
    const options = await chartPngOptions();
    expect(options.font).toMatchObject({ loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' });
    const [regular, bold] = options.font!.fontFiles!.map((file) => readFileSync(file));
    expect(regular!.equals(bold!), 'two different fonts').toBe(false);
    expect(await inkWidth(line('Scaling laws', 600))).toBeGreaterThan(await inkWidth(line('Scaling laws')));
  });

  test('has a glyph for the Greek letters, sub- and superscript digits and signs charts print', async () => {
    const options = await chartPngOptions();
    const pixels = (text: string) => Buffer.from(new Resvg(line(text), options).render().pixels);
    // A character the font lacks is painted as its "missing" box, the same for every such character.
    const missing = pixels('百');
    expect(pixels('度').equals(missing), 'the test can tell a missing glyph').toBe(true);
    for (const char of ['α', 'β', 'ε', 'δ', '₀', '⁸', '⁻', '≈', '×', '·', '−', '’', '“']) expect(pixels(char).equals(missing), char).toBe(false);
  });
});

