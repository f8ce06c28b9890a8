/**
 * `npm run docs:fields`: regenerate the field reference in CONTRIBUTING.md from src/lib/schema.ts.
 * `npm run docs:fields -- --check` only says whether it is up to date (exit 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as schemaModule from '../src/lib/schema.ts';
import { CONTENT_EXTENSIONS } from '../src/lib/content-files.ts';
import { buildReference, replaceReference } from '../src/lib/field-reference.ts';

const reference = buildReference(readFileSync('src/lib/schema.ts', 'utf8'), { ...schemaModule, CONTENT_EXTENSIONS });
const current = readFileSync('CONTRIBUTING.md', 'utf8');
const expected = replaceReference(current, reference);
if (process.argv.includes('--check')) {
  if (current !== expected) {
    console.error('CONTRIBUTING.md: the field reference is out of date with src/lib/schema.ts: run npm run docs:fields');
    process.exit(1);
  }
  console.log('CONTRIBUTING.md field reference is up to date.');
} else if (current === expected) {
  console.log('CONTRIBUTING.md field reference was already up to date.');
} else {
  writeFileSync('CONTRIBUTING.md', expected);
  console.log('CONTRIBUTING.md field reference regenerated from src/lib/schema.ts.');
}
