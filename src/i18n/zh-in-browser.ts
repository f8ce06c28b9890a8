/**
 * The Chinese strings as scripts in the browser get them: none. Scripts run only on English pages
 * (graph, timeline, search), so `package.json` maps `#i18n/zh` here for browser bundles, keeping
 * the Chinese table out of every page's JavaScript; pages are rendered at build time with `zh.ts`.
 */
import type { UiKey } from './en.ts';

export const zh: Partial<Record<UiKey, string>> = {};
