import { describe, expect, test } from 'vitest';
import { markdownTable, median, ms } from './figures.ts';

describe('benchmark figures', () => {
  test('the median is the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('durations print in milliseconds below a second and in seconds from there', () => {
    expect(ms(316.4)).toBe('316 ms');
    expect(ms(999.4)).toBe('999 ms');
    expect(ms(1820)).toBe('1.82 s');
  });

  test('a table has its head, a rule and one line per row', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});
