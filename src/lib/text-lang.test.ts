import { describe, expect, test } from 'vitest';
import { langRuns, textLang } from './text-lang.ts';

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

describe('langRuns', () => {
  test('marks each Chinese stretch of an English text, its punctuation included', () => {
    expect(langRuns('The article "震惊!发现大模型规律的原来是百度" was published by 大咖科技 (Tech Chic)')).toEqual([
      { text: 'The article "' },
      { text: '震惊!发现大模型规律的原来是百度', lang: 'zh' },
      { text: '" was published by ' },
      { text: '大咖科技', lang: 'zh' },
      { text: ' (Tech Chic)' },
    ]);
  });

  test('gives a mostly Chinese text one run, and English one unmarked run', () => {
    expect(langRuns('机器之心')).toEqual([{ text: '机器之心', lang: 'zh' }]);
    expect(langRuns('Deep Learning Scaling')).toEqual([{ text: 'Deep Learning Scaling' }]);
  });
});
