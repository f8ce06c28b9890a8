import { describe, expect, test } from 'vitest';
import { ELLIPSIS, twoLines } from './label-lines.ts';

/** One unit of width per character, as a monospaced font would measure. */
const chars = (text: string) => text.length;

describe('twoLines', () => {
  test('leaves a label that fits on one line alone', () => {
    expect(twoLines('Baidu Research', 20, chars)).toBeUndefined();
    expect(twoLines('Baidu Research', 14, chars)).toBeUndefined();
  });

  test('puts as many words as fit on the first line and the rest on the second', () => {
    expect(twoLines('Deep Learning Scaling is Predictable', 22, chars)).toEqual(['Deep Learning Scaling', 'is Predictable']);
  });

  test('ends a second line that is still too wide in an ellipsis, within the width', () => {
    const lines = twoLines('Deep Learning Scaling is Predictable, Empirically', 22, chars)!;
    expect(lines[0]).toBe('Deep Learning Scaling');
    expect(lines[1]).toBe(`is Predictable, Empir${ELLIPSIS}`);
    expect(lines.every((line) => chars(line) <= 22)).toBe(true);
  });

  test('two titles that start alike differ on their second lines', () => {
    const a = twoLines('Deep Learning Scaling is Predictable, Empirically', 22, chars)!;
    const b = twoLines('Deep Learning Scaling Laws for Machine Translation', 22, chars)!;
    expect(a[0]).toBe(b[0]);
    expect(a[1]).not.toBe(b[1]);
  });

  test('gives up where the first word alone is too wide: a single line cut short says as much', () => {
    expect(twoLines('Incomprehensibilities abound', 10, chars)).toBeUndefined();
  });

  test('drops spaces before the ellipsis', () => {
    expect(twoLines('aaaa bbbb cc dddd', 5, chars)).toEqual(['aaaa', `bbbb${ELLIPSIS}`]);
  });
});
