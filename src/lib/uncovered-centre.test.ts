import { describe, expect, test } from 'vitest';
import { uncoveredCentre } from './uncovered-centre.ts';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const phone = box(0, 0, 390, 844);

describe('uncoveredCentre', () => {
  test('with no panel, the middle of the canvas part on screen', () => {
    expect(uncoveredCentre(box(0, 100, 400, 500), box(0, 0, 1200, 800))).toEqual({ x: 200, y: 200 });
    // The canvas runs off the bottom of the screen: the middle of what shows.
    expect(uncoveredCentre(box(10, 400, 380, 1000), phone)).toEqual({ x: 185, y: 222 });
  });

  test('a panel floating over the right side leaves the left part', () => {
    expect(uncoveredCentre(box(0, 0, 1000, 600), box(0, 0, 1200, 800), box(600, 10, 990, 590))).toEqual({ x: 300, y: 300 });
  });

  test('a panel stuck to the bottom of a phone screen over the drawing leaves the part above it', () => {
    expect(uncoveredCentre(box(10, 200, 380, 706), phone, box(10, 544, 380, 844))).toEqual({ x: 185, y: 172 });
  });

  test('a panel below the canvas covers none of it', () => {
    expect(uncoveredCentre(box(0, 0, 390, 400), phone, box(0, 410, 390, 700))).toEqual({ x: 195, y: 200 });
  });

  test('a canvas scrolled off the screen, or mostly below it, keeps its own middle', () => {
    expect(uncoveredCentre(box(0, -900, 390, -100), phone)).toEqual({ x: 195, y: 400 });
    expect(uncoveredCentre(box(10, 640, 380, 1146), phone, box(10, 1154, 380, 1490))).toEqual({ x: 185, y: 253 });
  });

  test('a panel covering all that shows leaves the canvas part on screen as it is', () => {
    expect(uncoveredCentre(box(0, 0, 390, 400), phone, box(0, 0, 390, 400))).toEqual({ x: 195, y: 200 });
  });
});
