import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import * as schemaModule from './schema.ts';
import { CONTENT_EXTENSIONS } from './content-files.ts';
import { FIELD_EXAMPLES, missingFieldFix, type FieldExample, type FieldKey } from './field-examples.ts';
import { buildReference, fieldRows, fieldTable, replaceReference, schemaDocs, sharedHeading, REFERENCE_END, REFERENCE_START } from './field-reference.ts';

const SOURCE = `
/** Where a fact comes from. */
export const sourceSchema = z.strictObject({
  /** Address of the page. */
  url: z.url(),
});
const base = {
  /** One or two sentences, e.g. "A lab in Sunnyvale". */
  summary: z.string(),
};
/** A thing. */
export const thing = z.strictObject({
  /** Its name. */
  name: z.string(),
  /** Where it was made. */
  madeIn: z.strictObject({
    /** The work, by id. */
    work: z.string(),
  }),
  ...base,
});
export const more = sourceSchema.extend({
  /** How sure. */
  level: z.enum(['high', 'low']),
});
`;

describe('schemaDocs', () => {
  test('reads field comments, following spreads, extend() and inline objects', () => {
    const docs = schemaDocs(SOURCE);
    expect(docs.get('')?.get('sourceSchema')).toBe('Where a fact comes from.');
    expect(docs.get('thing')?.get('name')).toBe('Its name.');
    expect(docs.get('thing')?.get('summary')).toBe('One or two sentences, e.g. "A lab in Sunnyvale".');
    expect(docs.get('thing.madeIn')?.get('work')).toBe('The work, by id.');
    expect(Object.fromEntries(docs.get('more')!)).toEqual({ url: 'Address of the page.', level: 'How sure.' });
  });
});

describe('fieldRows', () => {
  test('lists nested fields under their parent with required, type, default and example', () => {
    const source = z.strictObject({ url: z.url() });
    const schema = z.strictObject({
      name: z.string(),
      level: z.enum(['high', 'low']).default('high'),
      sources: z.array(source).default([]),
    });
    const docs = new Map([
      ['thing', new Map([['name', 'Its name, e.g. SVAIL.'], ['level', 'How sure.'], ['sources', 'Where from.']])],
      ['source', new Map([['url', 'Address.']])],
    ]);
    const rows = fieldRows(schema, 'thing', docs, new Map<unknown, string>([[source, 'source']]));
    expect(rows).toEqual([
      { path: 'name', required: true, type: 'text', description: 'Its name, e.g. SVAIL.', example: 'SVAIL' },
      { path: 'level', required: false, default: '"high"', type: 'one of: `high`, `low`', description: 'How sure.', example: 'high' },
      { path: 'sources', required: false, type: 'list of items with the fields below', description: 'Where from.' },
      { path: 'sources[].url', required: true, type: 'URL', description: 'Address.', example: FIELD_EXAMPLES.url.example },
    ]);
    expect(fieldTable(rows)).toContain('| `level` | no (default "high") | one of: `high`, `low` | How sure. | `high` |');
  });

  test("gives a choice one of its own options as its example, not its doc comment's e.g. about something else", () => {
    const schema = z.strictObject({ type: z.enum(['number', 'text']) });
    const docs = new Map([['column', new Map([['type', '`number` for published numbers (write them as text, e.g. "0.050"), `text` for words.']])]]);
    expect(fieldRows(schema, 'column', docs, new Map()).map((row) => row.example)).toEqual(['number']);
  });

  test('names shared shapes for their section', () => {
    expect(sharedHeading('originalTextSchema')).toBe('Original text');
  });
});

describe('CONTRIBUTING.md', () => {
  const root = resolve(import.meta.dirname, '../..');
  const document = readFileSync(resolve(root, 'CONTRIBUTING.md'), 'utf8');
  const reference = buildReference(readFileSync(resolve(root, 'src/lib/schema.ts'), 'utf8'), { ...schemaModule, CONTENT_EXTENSIONS });

  test('has a field reference that matches src/lib/schema.ts (run npm run docs:fields when this fails)', () => {
    expect(document).toBe(replaceReference(document, reference));
  });

  test('the reference documents every field of every collection with its comment', () => {
    for (const [collection, schema] of Object.entries(schemaModule.collectionSchemas)) {
      const section = reference.split(`### ${collection}\n`)[1]!.split('\n### ')[0]!;
      for (const field of Object.keys((schema as unknown as z.ZodObject).shape)) {
        expect(section, `${collection}.${field}`).toMatch(new RegExp(`\\| \`${field}\` \\| [^|]+ \\| [^|]+ \\| [^|\\s][^|]*\\|`));
      }
    }
  });

  test('gives every verdict of the scale a definition and an example row', () => {
    for (const verdict of schemaModule.verdict.options) expect(document).toMatch(new RegExp(`\\| \`${verdict}\` \\| \\S+ \\| [^|]+ \\| [^|]+ \\|`));
  });

  test('says what to write in words a contributor knows: no zod internals, no field left without a type', () => {
    expect(reference).not.toMatch(/\| (nonoptional|tuple|pipe|optional|default) \|/);
    expect(reference).toContain('| `chart.panels[].x.domain` | **yes** | [number, number] |');
  });

  test('gives each field an example of its own kind: an org its own native name, a parent org for parent', () => {
    const orgs = reference.split('### orgs\n')[1]!.split('\n### ')[0]!;
    expect(orgs).toContain('| Name in its original script, e.g. 百度. | `{ text: 百度, lang: zh }` |');
    expect(orgs).toContain('| The organisation it belongs to, by id. | `baidu` |');
  });

  test('shows for a field the example that the check gives when the field is missing', () => {
    /** The example cell of a field's row in the section under a heading. */
    const exampleIn = (heading: string, path: string) => {
      const section = reference.split(`${heading}\n`)[1]!.split('\n#')[0]!;
      const row = section.split('\n').find((line) => line.startsWith(`| \`${path}\` |`));
      return row && /\| `([^`]*)` \|$/.exec(row)?.[1];
    };
    const fields: [heading: string, path: string, key: FieldKey][] = [
      ['### works', 'date', 'date'],
      ['### claims', 'claimant', 'claimant'],
      ['### claims', 'madeIn.work', 'work'],
      ['### claims', 'source', 'source'],
      ['### people', 'affiliations[].org', 'org'],
      ['#### Source', 'url', 'url'],
      ['#### Source', 'accessed', 'accessed'],
    ];
    for (const [heading, path, key] of fields) {
      const example = exampleIn(heading, path);
      expect(example, `${heading} ${path}`).toBe((FIELD_EXAMPLES[key] as FieldExample).example);
      expect(missingFieldFix(path)).toContain(`add ${key}: ${example} (`);
    }
  });

  test('its first command makes an entry that does not exist yet', () => {
    const [, id] = /npm run new -- people "[^"]+" +# creates content\/people\/([a-z-]+)\.md/.exec(document)!;
    expect(existsSync(resolve(root, `content/people/${id}.md`))).toBe(false);
  });

  test('needs its markers to be regenerated', () => {
    expect(() => replaceReference('# no markers', 'x')).toThrow(/markers/);
    expect(document).toContain(REFERENCE_START);
    expect(document).toContain(REFERENCE_END);
  });
});
