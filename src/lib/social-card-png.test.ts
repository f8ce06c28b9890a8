import { describe, expect, test } from 'vitest';
import { socialCardFiles, socialCardPng } from './social-card-png.ts';
import { SOCIAL_CARD_SIZE, SOCIAL_CARDS, socialCardPath } from './social-card.ts';
import { pngSize } from './png-size.ts';

describe('socialCardPng', () => {
  test('draws a card as a 1200 × 630 PNG', async () => {
    const png = await socialCardPng('partly-supported');
    expect(pngSize(png)).toEqual(SOCIAL_CARD_SIZE);
  });

  test('draws the same bytes every time, so two builds give the same files', async () => {
    const started = performance.now();
    const first = await socialCardPng('site');
    const drawn = performance.now();
    const second = await socialCardPng('site');
    console.log(`a social card drawn in ${Math.round(drawn - started)} ms, then again in ${Math.round(performance.now() - drawn)} ms`);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  test('draws different cards differently', async () => {
    const [supported, refuted] = await Promise.all([socialCardPng('supported'), socialCardPng('false')]);
    expect(Buffer.from(supported).equals(Buffer.from(refuted))).toBe(false);
  });

  test('gives every card as a file under /social/, as the build writes them', async () => {
    const files = await socialCardFiles();
    expect(files.map(([path]) => path)).toEqual(SOCIAL_CARDS.map(socialCardPath));
    expect(files.map(([path]) => path)).toContain('/social/site.png');
    const [, falseCard] = files.find(([path]) => path === '/social/false.png')!;
    expect(Buffer.from(falseCard).equals(Buffer.from(await socialCardPng('false')))).toBe(true);
  });
});
