/** The translation module: look up a UI string by key in the page's language (in browser scripts, English only: see zh-in-browser.ts). */
import { en, type UiKey } from './en.ts';
import { zh } from '#i18n/zh';

/** Languages the interface is available in. */
export const UI_LANGUAGES = { en, zh } as const;
/** A language of the interface. */
export type UiLanguage = keyof typeof UI_LANGUAGES;

/** Each interface language as link previews name its locale (Open Graph's language_TERRITORY): the site's English is British, its Chinese simplified. */
export const OPEN_GRAPH_LOCALES: Record<UiLanguage, string> = { en: 'en_GB', zh: 'zh_CN' };

/** The UI string `key` in `lang` (English until a translation exists). */
export function t(key: UiKey, lang: UiLanguage = 'en'): string {
  return UI_LANGUAGES[lang][key] ?? en[key];
}

/** The names of the `{slots}` in the UI string `S`, e.g. `'name' | 'connections'` for "Showing {name}: {connections}". */
type SlotsIn<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | SlotsIn<Rest> : never;

/** The values a UI key's slots take, one per slot named in its English string (translations keep the same slots). */
export type SlotValues<K extends UiKey> = Record<SlotsIn<(typeof en)[K]>, string | number>;

/** The UI string `key` in `lang` with each `{slot}` replaced by its value, taken as written (a `$` in a value is just a `$`). */
export function tFill<K extends UiKey>(key: K, values: SlotValues<K>, lang: UiLanguage = 'en'): string {
  const filled: Record<string, string | number> = values;
  return t(key, lang).replace(/\{(\w+)\}/g, (slot, name: string) => (name in filled ? String(filled[name]) : slot));
}

/** A UI key with a form for one (`.one`) and for any other count (`.other`, holding `{count}`), named without that ending. */
export type CountedKey = { [K in UiKey]: K extends `${infer Stem}.one` ? (`${Stem}.other` extends UiKey ? Stem : never) : never }[UiKey];

/** The UI string `key` for `count` things in `lang`: its `.one` form for one, else its `.other` form with the count filled in. */
export function tCount(key: CountedKey, count: number, lang: UiLanguage = 'en'): string {
  return count === 1 ? t(`${key}.one`, lang) : tFill(`${key}.other`, { count }, lang);
}

/** Intl's language names in each UI language, made once: making one costs more than every lookup a page does. */
const displayNames = new Map<UiLanguage, Intl.DisplayNames>();
const languageNames = (lang: UiLanguage): Intl.DisplayNames => displayNames.get(lang) ?? displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'language' })).get(lang)!;

/** The name of the language with code `code` (e.g. `zh-Hans`) in `lang`, or the code when the browser or Node has no name for it. */
export function languageName(code: string, lang: UiLanguage = 'en'): string {
  return languageNames(lang).of(code) ?? code;
}

export type { UiKey };
