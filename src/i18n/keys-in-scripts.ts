/**
 * Which UI strings the browser scripts can ask for, read from their source: every `t`, `tFill` or
 * `tCount` call with a literal key or a key's literal start (`kind.${kind}`), in the scripts of
 * src/scripts and every module they import. Their table (en-scripts.ts) must hold them all; the
 * rest of the English strings stay out of the browser bundles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** UI keys the scripts name in full, and the starts of keys they build (`kind.`, `edge.`…), with the files read. */
export interface KeysInScripts {
  keys: Set<string>;
  /** A counted key (`tCount`) is named by its stem: both its `.one` and `.other` forms count as used. */
  countedStems: Set<string>;
  prefixes: Set<string>;
  /** Calls whose key is not written out (a variable), which the scan cannot follow: `file: call`. */
  unreadable: string[];
  files: string[];
}

/** Read `entry` files and, following relative imports (not type-only ones), every module they reach, collecting the UI keys they use. */
export function keysInScripts(scriptsFolder: string): KeysInScripts {
  const found: KeysInScripts = { keys: new Set(), countedStems: new Set(), prefixes: new Set(), unreadable: [], files: [] };
  const seen = new Set<string>();
  const i18nFolder = resolve(scriptsFolder, '../i18n');
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    found.files.push(file);
    const source = readFileSync(file, 'utf8');
    // A type-only import ships no code, so its module's strings do not reach the browser.
    for (const [, path] of source.matchAll(/^import(?!\s+type\b)[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)) visit(resolve(dirname(file), path!));
    // The translation module defines t, tFill and tCount; its own calls pass keys through.
    if (dirname(file) === i18nFolder) return;
    for (const [, call, key, template] of source.matchAll(/\b(t|tFill|tCount)\(\s*['`]([\w.-]+)(\$\{)?/g)) {
      if (template) found.prefixes.add(key!);
      else if (call === 'tCount') found.countedStems.add(key!);
      else found.keys.add(key!);
    }
    for (const [call] of source.matchAll(/\b(?:t|tFill|tCount)\(\s*(?!['`])[^)]*\)/g)) found.unreadable.push(`${file}: ${call}`);
  };
  for (const name of readdirSync(scriptsFolder)) if (name.endsWith('.ts') && !name.endsWith('.test.ts')) visit(join(scriptsFolder, name));
  return found;
}

/** Whether the scripts can ask for `key`: named in full, as a counted stem's form, or built from a start they name. */
export function usedByScripts(key: string, used: KeysInScripts): boolean {
  return used.keys.has(key) || [...used.countedStems].some((stem) => key === `${stem}.one` || key === `${stem}.other`) || [...used.prefixes].some((prefix) => key.startsWith(prefix));
}
