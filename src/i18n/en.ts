/**
 * The English UI strings: those of the pages (en-pages.ts) and those the browser scripts also use
 * (en-scripts.ts). Browser bundles get the scripts' table only: package.json maps `#i18n/en-pages`
 * to an empty table there (en-pages-in-browser.ts), as it does for the Chinese strings.
 */
import { enScripts } from './en-scripts.ts';
import { enPages } from '#i18n/en-pages';

/** Every English UI string by key. */
export const en = { ...enPages, ...enScripts } as const;

/** A key of the UI string table. */
export type UiKey = keyof typeof en;
