/** Chinese interface strings, begun with what the Chinese summaries of verdicts need; every other key falls back to English. */
import type { UiKey } from './en.ts';

export const zh: Partial<Record<UiKey, string>> = {
  'verdict.supported': '属实',
  'verdict.partly-supported': '部分属实',
  'verdict.contested': '有争议',
  'verdict.unsupported': '缺乏证据',
  'verdict.false': '不实',
  'verdict.unverified': '未核实',
  'claim.reasoningZh': '中文摘要',
};
