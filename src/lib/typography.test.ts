import { describe, expect, test } from 'vitest';
import { typographicQuotes } from './typography.ts';

describe('typographicQuotes', () => {
  test('turns straight double quotes into opening and closing ones', () => {
    expect(typographicQuotes('"First" does not hold')).toBe('“First” does not hold');
    expect(typographicQuotes('cite Goodman 2001 among "early" work ("a bit of progress")')).toBe('cite Goodman 2001 among “early” work (“a bit of progress”)');
  });

  test('turns apostrophes and single quotes into typographic ones', () => {
    expect(typographicQuotes("Baidu's paper, OpenAI's 'closest' prior work")).toBe('Baidu’s paper, OpenAI’s ‘closest’ prior work');
  });

  test('quotes beside Chinese text too', () => {
    expect(typographicQuotes('the article calls it "第一代文心大模型"')).toBe('the article calls it “第一代文心大模型”');
  });

  test('leaves dashes, dots and text without quotes as written', () => {
    expect(typographicQuotes('1993 -- 2017 ... and on')).toBe('1993 -- 2017 ... and on');
    expect(typographicQuotes('Kaplan et al. 2020 – §7')).toBe('Kaplan et al. 2020 – §7');
  });
});
