/**
 * How a verdict and a "not fully verified" mark read wherever they are shown: the verdict badge of
 * entry pages, the graph explorer's panel, the timeline's labels, tooltips and chronology.
 */
import type { Verdict } from './schema.ts';
import type { NotVerified } from './entry-check.ts';
import { NOT_VERIFIED_SYMBOL, VERDICT_STYLES } from './visual.ts';
import { t, type UiLanguage } from '../i18n/index.ts';

/** A mark as it is shown: a symbol, words and a longer explanation for a tooltip. */
export interface CheckLabel {
  /** Symbol shown before the words. */
  symbol: string;
  /** The words, e.g. "Partly supported". */
  text: string;
  /** What the words mean, for a tooltip. */
  help: string;
}

/** A verdict's symbol, word and definition, in `lang` (English unless given). */
export function verdictLabel(verdict: Verdict, lang: UiLanguage = 'en'): CheckLabel {
  return { symbol: VERDICT_STYLES[verdict].symbol, text: t(`verdict.${verdict}`, lang), help: t(`verdict.${verdict}.help`, lang) };
}

/** The mark of an entry not fully verified: "† Not fully verified: only secondary sources", or "† Date not verified" when only its date is. */
export function notVerifiedLabel(status: NotVerified): CheckLabel {
  if (status === 'date') return { symbol: NOT_VERIFIED_SYMBOL, text: t('verification.date'), help: t('verification.date.help') };
  return { symbol: NOT_VERIFIED_SYMBOL, text: `${t('verification.notFully')}: ${t(`verification.short.${status}`)}`, help: t('verification.notFully.help') };
}

/** A mark as one line of plain text: symbol, space, words. */
export const labelText = (label: CheckLabel): string => `${label.symbol} ${label.text}`;
