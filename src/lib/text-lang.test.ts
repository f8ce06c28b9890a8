import { describe, expect, test } from 'vitest';
import { textLang } from './text-lang.ts';

describe('textLang', () => {
  test('marks Chinese titles and names as Chinese, ASCII punctuation and Latin acronyms included', () => {
    expect(textLang('震惊!发现大模型规律的原来是百度')).toBe('zh');
    expect(textLang('机器之心')).toBe('zh');
    expect(textLang('Scaling Law 是百度最先发现的,比 OpenAI 提出的时间整整早了三年')).toBe('zh');
  });

  test('leaves English alone, with or without a Chinese word in it', () => {
    expect(textLang('Deep Learning Scaling is Predictable, Empirically')).toBeUndefined();
    expect(textLang('The article "震惊!发现大模型规律的原来是百度" and its date')).toBeUndefined();
    expect(textLang('')).toBeUndefined();
  });
});
