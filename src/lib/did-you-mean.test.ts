import { describe, expect, test } from 'vitest';
import { didYouMean } from './did-you-mean.ts';

describe('didYouMean', () => {
  test('suggests a close id and stays quiet for a distant one', () => {
    expect(didYouMean('baidu-svial', ['baidu-svail', 'openai'])).toBe(' (did you mean "baidu-svail"?)');
    expect(didYouMean('xyz', ['baidu-svail', 'openai'])).toBe('');
  });
});
