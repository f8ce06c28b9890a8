import { describe, expect, test } from 'vitest';
import { swipeAxis } from './swipe-axis.ts';

describe('the way a swipe goes', () => {
  const down = { x: 100, y: 100 };

  test('is not decided while the finger stays within a tap of where it went down', () => {
    expect(swipeAxis(down, { x: 105, y: 104 }, 8)).toBeUndefined();
    expect(swipeAxis(down, down, 8)).toBeUndefined();
  });

  test('is up or down when the finger went farther along the screen than across it, either way', () => {
    expect(swipeAxis(down, { x: 103, y: 60 }, 8)).toBe('upDown');
    expect(swipeAxis(down, { x: 90, y: 140 }, 8)).toBe('upDown');
  });

  test('is sideways when it went farther across, and a diagonal counts as sideways', () => {
    expect(swipeAxis(down, { x: 140, y: 110 }, 8)).toBe('sideways');
    expect(swipeAxis(down, { x: 70, y: 95 }, 8)).toBe('sideways');
    expect(swipeAxis(down, { x: 120, y: 120 }, 8)).toBe('sideways');
  });
});
