/**
 * The page strings as scripts in the browser get them: none. Scripts use only en-scripts.ts (checked
 * by keys-in-scripts.test.ts), so `package.json` maps `#i18n/en-pages` here for browser bundles.
 */
import type { enPages as pageStrings } from './en-pages.ts';

export const enPages = {} as typeof pageStrings;
