/**
 * A chart's image file (`/charts/<id>.svg`) painted as PNG, for the sites and messaging apps that take
 * no SVG. resvg paints it with DejaVu Sans, read from an npm package (never from the system, so every
 * machine draws the same bytes): one font that has every letter, Greek symbol, sub- and superscript
 * digit and sign the charts print, where a font split into subsets leaves gaps resvg fills unevenly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { decompress } from 'wawoff2';
import { CHART_PNG_FONT } from './chart-texts.ts';

const require = createRequire(import.meta.url);

/** How many PNG pixels each SVG unit becomes: twice, so the image stays sharp on high-density screens and in print. */
export const CHART_PNG_SCALE = 2;

let fontFiles: Promise<string[]> | undefined;
/**
 * DejaVu Sans at weights 400 and 700 as TrueType files, decompressed once per process into the
 * system's temporary folder: resvg reads no WOFF2, and its Node binding ignores every option when
 * given fonts as bytes (`fontBuffers`), so it is given files.
 */
function chartFontFiles(): Promise<string[]> {
  fontFiles ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scaling-atlas-chart-fonts-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    const files: string[] = [];
    // One at a time, each written before the next starts: wawoff2 may hand back a view of memory that its next call reuses.
    for (const weight of ['400', '700']) {
      const file = join(folder, `dejavu-sans-${weight}.ttf`);
      writeFileSync(file, await decompress(readFileSync(require.resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff2`))));
      files.push(file);
    }
    return files;
  })();
  return fontFiles;
}

/** resvg's options for a chart's PNG: its fonts only, at CHART_PNG_SCALE. */
export async function chartPngOptions(): Promise<ResvgRenderOptions> {
  return { fitTo: { mode: 'zoom', value: CHART_PNG_SCALE }, font: { loadSystemFonts: false, fontFiles: await chartFontFiles(), defaultFontFamily: CHART_PNG_FONT, sansSerifFamily: CHART_PNG_FONT } };
}

/** The PNG of a chart's image `svg`, in bytes of its own (the content check has made sure its font can paint every text: src/lib/chart-texts.ts). */
export async function chartImagePng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(new Resvg(svg, await chartPngOptions()).render().asPng());
}
