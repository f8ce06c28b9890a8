import { describe, expect, test } from 'vitest';
import { composite, contrastRatio, parseCssColor, relativeLuminance } from './contrast.ts';

describe('parseCssColor', () => {
  test('reads short and long hex, and rgb()/rgba() as browsers compute them', () => {
    expect(parseCssColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('#D6D4CC')).toEqual({ r: 214, g: 212, b: 204, a: 1 });
    expect(parseCssColor('rgb(22, 22, 21)')).toEqual({ r: 22, g: 22, b: 21, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
  });

  test('names the colour it cannot read rather than guessing', () => {
    expect(() => parseCssColor('oklab(0.5 0 0)')).toThrow('Not a colour this check can read: "oklab(0.5 0 0)"');
    expect(() => parseCssColor('#12345')).toThrow('"#12345"');
  });
});

describe('relativeLuminance', () => {
  test('is 0 for black, 1 for white and about 0.2159 for mid grey #808080', () => {
    expect(relativeLuminance(parseCssColor('#000'))).toBe(0);
    expect(relativeLuminance(parseCssColor('#fff'))).toBeCloseTo(1, 10);
    expect(relativeLuminance(parseCssColor('#808080'))).toBeCloseTo(0.2159, 4);
  });
});

describe('composite', () => {
  test('paints a translucent colour over its backdrop', () => {
    expect(composite(parseCssColor('rgba(0, 0, 0, 0.5)'), parseCssColor('#fff'))).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(composite(parseCssColor('#123456'), parseCssColor('#fff'))).toEqual(parseCssColor('#123456'));
  });
});

describe('contrastRatio', () => {
  test('gives 21 for black on white, 1 for a colour on itself, either way round', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#767676', '#767676')).toBe(1);
  });

  test('matches the published ratios: #767676 on white just reaches 4.5:1, the old control border #d6d4cc on #fdfdfb is 1.46:1', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#d6d4cc', '#fdfdfb')).toBeCloseTo(1.46, 2);
  });

  test('counts a translucent foreground as painted over the background', () => {
    expect(contrastRatio('rgba(0, 0, 0, 0)', '#fff')).toBe(1);
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#fff')).toBeCloseTo(contrastRatio('rgb(127.5, 127.5, 127.5)', '#fff'), 10);
  });

  test('refuses a translucent background, whose colour depends on what lies behind it', () => {
    expect(() => contrastRatio('#000', 'rgba(255, 255, 255, 0.5)')).toThrow('translucent');
  });
});
