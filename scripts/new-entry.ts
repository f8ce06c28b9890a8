/**
 * `npm run new -- <collection> "<name>"`: create a new entry file with every required field as a
 * "TODO:" placeholder. Refuses an id that is already taken and names the existing entry.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContent } from '../src/lib/content-files.ts';
import { entryLabel, planNewEntry } from '../src/lib/entry-template.ts';
import { COLLECTIONS } from '../src/lib/schema.ts';

const root = process.cwd();
const [collection, ...nameParts] = process.argv.slice(2);
const name = nameParts.join(' ').trim();
if (!collection || !name) {
  console.error(`usage: npm run new -- <collection> "<name>"\n  collection: one of ${COLLECTIONS.join(', ')}\n  example:    npm run new -- people "Noam Shazeer"`);
  process.exit(2);
}

const { entries } = readContent(root);
const existing = new Map(entries.map((entry) => [entry.id, { file: entry.file, label: entryLabel(entry.data) }]));
const plan = planNewEntry(collection, name, existing);
if (!plan.ok) {
  console.error(plan.message);
  process.exit(1);
}
if (existsSync(join(root, plan.file))) {
  console.error(`${plan.file} already exists (it could not be read as an entry: run npm run check -- ${plan.file}).`);
  process.exit(1);
}
mkdirSync(dirname(join(root, plan.file)), { recursive: true });
writeFileSync(join(root, plan.file), plan.text);
console.log(`Created ${plan.file} (id "${plan.id}").`);
if (plan.similar.length > 0) console.log(`Note: similar entries exist: ${plan.similar.join(', ')}. Make sure this is not one of them.`);
if (plan.tip) console.log(`Tip: ${plan.tip}.`);
console.log(`Next: replace every "TODO: …" in it (the text after TODO says what to write; see CONTRIBUTING.md), then run\n  npm run check -- ${plan.file}`);
