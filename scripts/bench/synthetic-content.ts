/**
 * A synthetic knowledge base of any size for the build benchmark: people, orgs, works, claims and
 * events that reference each other the way real entries do, each validated by src/lib/schema.ts.
 * Every entry says it is synthetic; none of it is ever committed or published.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { collectionSchemas, type CollectionName } from '../../src/lib/schema.ts';
import { componentUses } from '../../src/lib/mdx-safety.ts';

/** One generated entry: its collection, id, frontmatter and Markdown or MDX body. */
export interface SyntheticEntry {
  collection: Exclude<CollectionName, 'datasets'>;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every this-many-th work's body uses a component (so is MDX), as about 3% of the real atlas's entries do. */
const MDX_EVERY_WORKS = 13;

/** Share of each collection in a generated knowledge base (roughly the real atlas's mix). */
const MIX = { people: 0.2, orgs: 0.08, works: 0.4, claims: 0.16, events: 0.16 } as const;

const SOURCE = { url: 'https://example.org/synthetic', accessed: '2026-11-29', label: 'synthetic benchmark source' };
const BODY = 'This entry is synthetic: it was generated for the build benchmark and describes nothing real.\n\n'
  + 'A second paragraph gives the page a realistic amount of prose to render, with *emphasis* and a [link](https://example.org/).\n';

/** Deterministic pseudo-random integers (a linear congruential generator), so every run builds the same site. */
function seeded(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % below;
  };
}

/** `count` synthetic entries whose references all resolve; each is checked against its schema. */
export function syntheticEntries(count: number): SyntheticEntry[] {
  const random = seeded(count);
  const sizes = Object.fromEntries(Object.entries(MIX).map(([c, share]) => [c, Math.max(1, Math.round(count * share))])) as Record<keyof typeof MIX, number>;
  const id = (collection: keyof typeof MIX, i: number) => `synthetic-${collection}-${i}`;
  const pick = (collection: keyof typeof MIX) => id(collection, random(sizes[collection]));
  const year = () => String(2000 + random(25));
  const entries: SyntheticEntry[] = [];
  for (let i = 0; i < sizes.orgs; i++) {
    entries.push({ collection: 'orgs', id: id('orgs', i), data: { name: `Synthetic Lab ${i}`, kind: 'lab', founded: year(), summary: `Synthetic organisation number ${i}.`, sources: [SOURCE] }, body: BODY });
  }
  for (let i = 0; i < sizes.people; i++) {
    const affiliations = [{ org: pick('orgs'), role: 'Researcher', from: year(), source: SOURCE }];
    entries.push({ collection: 'people', id: id('people', i), data: { name: `Synthetic Person ${i}`, affiliations, summary: `Synthetic person number ${i}.`, sources: [SOURCE] }, body: BODY });
  }
  for (let i = 0; i < sizes.works; i++) {
    const authors = [{ person: pick('people') }, { person: pick('people') }, 'A. Plain Name'];
    const cites = i > 0 ? [{ work: id('works', random(i)), context: 'related work', source: SOURCE }] : [];
    entries.push({
      collection: 'works', id: id('works', i),
      data: { title: `Synthetic Work ${i}`, type: 'paper', date: `${year()}-0${1 + random(9)}`, authors, orgs: [pick('orgs')], findings: ['A synthetic finding.'], cites, summary: `Synthetic work number ${i}.`, sources: [SOURCE] },
      body: i > 0 && i % MDX_EVERY_WORKS === 0 ? `${BODY}\nIt builds on <EntryRef id="${id('works', i - 1)}" />.\n` : BODY,
    });
  }
  for (let i = 0; i < sizes.claims; i++) {
    const work = pick('works');
    const evidence = [{ work: pick('works'), note: 'Synthetic evidence.', stance: random(2) ? 'supports' : 'contradicts', source: SOURCE }];
    entries.push({
      collection: 'claims', id: id('claims', i),
      data: { statement: `Synthetic statement ${i}`, claimant: pick('people'), madeIn: { work }, date: year(), about: [pick('orgs'), pick('works')], verdict: random(2) ? 'supported' : 'contested', reasoning: 'Synthetic reasoning.', evidence, source: SOURCE },
      body: BODY,
    });
  }
  for (let i = 0; i < sizes.events; i++) {
    entries.push({ collection: 'events', id: id('events', i), data: { title: `Synthetic event ${i}`, date: `${year()}-1${random(3)}`, involved: [pick('people'), pick('orgs')], summary: `Synthetic event number ${i}.`, sources: [SOURCE] }, body: BODY });
  }
  for (const entry of entries) {
    const result = collectionSchemas[entry.collection].safeParse(entry.data);
    if (!result.success) throw new Error(`synthetic ${entry.collection}/${entry.id} does not match src/lib/schema.ts: ${result.error.message}`);
  }
  return entries;
}

/** Write entries as `content/<collection>/<id>.md`, or `.mdx` when the body uses a component, below `root`. */
export function writeEntries(root: string, entries: readonly SyntheticEntry[]): void {
  for (const entry of entries) {
    const folder = join(root, 'content', entry.collection);
    mkdirSync(folder, { recursive: true });
    const ending = componentUses(entry.body).length > 0 ? '.mdx' : '.md';
    writeFileSync(join(folder, `${entry.id}${ending}`), `---\n${yaml.dump(entry.data, { lineWidth: -1 })}---\n\n${entry.body}`);
  }
}
