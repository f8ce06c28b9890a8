/** The translation module: look up a UI string by key in the page's language (in browser scripts, English only: see zh-in-browser.ts). */
import { en, type UiKey } from './en.ts';
import { zh } from '#i18n/zh';

/** Languages the interface is available in. */
export const UI_LANGUAGES = { en, zh } as const;
/** A language of the interface. */
export type UiLanguage = keyof typeof UI_LANGUAGES;

/** The UI string `key` in `lang` (English until a translation exists). */
export function t(key: UiKey, lang: UiLanguage = 'en'): string {
  return UI_LANGUAGES[lang][key] ?? en[key];
}

/** The name of the language with code `code` (e.g. `zh-Hans`) in `lang`, or the code when the browser or Node has no name for it. */
export function languageName(code: string, lang: UiLanguage = 'en'): string {
  return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
}

export type { UiKey };
