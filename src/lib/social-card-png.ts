/**
 * A social card drawn as PNG at build time: satori lays its element tree out as SVG, its text as
 * paths, and resvg paints that. Fonts are read from npm packages, never from the system, so every
 * machine draws the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_FONTS, SOCIAL_CARD_SIZE, SOCIAL_CARDS, socialCardPath, socialCardTree, type SocialCard } from './social-card.ts';

const require = createRequire(import.meta.url);

/** The font files a card uses (WOFF: satori reads no WOFF2), each read once. */
let fonts: Font[] | undefined;
function cardFonts(): Font[] {
  const font = (name: string, weight: Font['weight'], file: string): Font => ({ name, weight, style: 'normal', data: readFileSync(require.resolve(file)) });
  fonts ??= [
    font(CARD_FONTS.text, 400, '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
    font(CARD_FONTS.text, 700, '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'),
    font(CARD_FONTS.symbols, 400, '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff'),
  ];
  return fonts;
}

/** The PNG of `card`, 1200 × 630, in bytes of its own (a Response takes those, not a Node Buffer's shared pool). */
export async function socialCardPng(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(socialCardTree(card), { ...SOCIAL_CARD_SIZE, fonts: cardFonts() });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());
}

/** Every card as `[path from the site root, PNG bytes]`, in SOCIAL_CARDS order: what a build writes under `/social/`. */
export async function socialCardFiles(): Promise<[string, Uint8Array][]> {
  const files: [string, Uint8Array][] = [];
  for (const card of SOCIAL_CARDS) files.push([socialCardPath(card), await socialCardPng(card)]);
  return files;
}
