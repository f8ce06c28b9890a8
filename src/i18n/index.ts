/** The translation module: look up a UI string by key in the page's language. */
import { en, type UiKey } from './en.ts';

/** Languages the interface is available in. */
export const UI_LANGUAGES = { en } as const;
/** A language of the interface. */
export type UiLanguage = keyof typeof UI_LANGUAGES;

/** The UI string `key` in `lang` (English until a translation exists). */
export function t(key: UiKey, lang: UiLanguage = 'en'): string {
  return UI_LANGUAGES[lang][key] ?? en[key];
}

export type { UiKey };
