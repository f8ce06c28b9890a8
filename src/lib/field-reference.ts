/**
 * The field reference of CONTRIBUTING.md, generated from src/lib/schema.ts so it never drifts:
 * structure (required, type, allowed values) from the zod schemas, descriptions from their doc comments,
 * examples from the table of field examples (field-examples.ts) that the check and npm run new also use.
 */
import ts from 'typescript';
import type { z } from 'zod';
import { FIELD_EXAMPLES, fieldExampleAt, SHAPE_EXAMPLES } from './field-examples.ts';

/** Doc comments of schema.ts: scope (a variable, or `variable.field` for inline objects) → field → text. */
export type SchemaDocs = Map<string, Map<string, string>>;

/** The JSDoc text attached to a node, on one line. */
function docOf(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const last = ranges.filter((range) => source.text.slice(range.pos, range.pos + 3) === '/**').at(-1);
  if (!last) return '';
  return source.text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Read the doc comment of every field (and of every top-level schema) from schema.ts's source text. */
export function schemaDocs(sourceText: string): SchemaDocs {
  const source = ts.createSourceFile('schema.ts', sourceText, ts.ScriptTarget.Latest, true);
  const docs: SchemaDocs = new Map();
  const scope = (name: string) => docs.get(name) ?? docs.set(name, new Map()).get(name)!;

  /** Collect the fields of an object literal into `name`, following spreads and inline nested objects. */
  const readObject = (literal: ts.ObjectLiteralExpression, name: string) => {
    for (const property of literal.properties) {
      if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
        for (const [key, text] of docs.get(property.expression.text) ?? []) scope(name).set(key, text);
      } else if (ts.isShorthandPropertyAssignment(property)) {
        scope(name).set(property.name.text, docOf(property, source));
      } else if (ts.isPropertyAssignment(property) && property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
        const key = property.name.text;
        scope(name).set(key, docOf(property, source));
        const inline = firstObjectLiteral(property.initializer);
        if (inline) readObject(inline, `${name}.${key}`);
      }
    }
  };

  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const name = declaration.name.text;
      scope('').set(name, docOf(statement, source));
      const init = declaration.initializer;
      // `base.extend({ … })`: the base's fields, then the extension's.
      if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === 'extend' && ts.isIdentifier(init.expression.expression)) {
        for (const [key, text] of docs.get(init.expression.expression.text) ?? []) scope(name).set(key, text);
      }
      const literal = ts.isObjectLiteralExpression(init) ? init : firstObjectLiteral(init);
      if (literal) readObject(literal, name);
    }
  }
  return docs;
}

/** The object literal a schema expression is built from: `z.strictObject({…})`, `x.extend({…})`, `z.array(z.strictObject({…}))`. */
function firstObjectLiteral(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isObjectLiteralExpression(node)) return node;
  if (ts.isCallExpression(node)) {
    for (const arg of node.arguments) {
      const found = firstObjectLiteral(arg);
      if (found) return found;
    }
    return firstObjectLiteral(node.expression);
  }
  if (ts.isPropertyAccessExpression(node)) return firstObjectLiteral(node.expression);
  return undefined;
}

/** One row of the reference: a field path and what a contributor needs to know about it. */
export interface FieldRow {
  /** Path such as `affiliations[].org`. */
  path: string;
  required: boolean;
  /** Value written when the field is left out, if any. */
  default?: string;
  /** What to write: text, entry id, EDTF date, one of …, list of … */
  type: string;
  /** The doc comment. */
  description: string;
  /** An example value: from the table of field examples, else the doc comment's "e.g.", else the type's. */
  example?: string;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { def: Def }).def;

/** Names of the exported schemas, by identity, so a shared piece (`sourceSchema`, `ref`) is recognised. */
export type SchemaNames = ReadonlyMap<unknown, string>;

/** Strip optional/default wrappers: the schema that says what to write, whether it is required, and its default. */
function unwrapField(schema: unknown): { inner: unknown; required: boolean; fallback?: unknown } {
  let current = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      fallback = def.defaultValue;
    } else break;
    current = def.innerType;
  }
  return { inner: current, required, fallback };
}

/** Types named in schema.ts, in words, with the example of a field of that type. */
const TYPE_BY_NAME: Record<string, { type: string; example: string }> = {
  ref: { type: 'entry id', example: FIELD_EXAMPLES.org.example },
  edtfDate: { type: 'EDTF date', example: FIELD_EXAMPLES.date.example },
  edtfDay: { type: 'day, YYYY-MM-DD', example: FIELD_EXAMPLES.accessed.example },
  affiliationEnd: { type: 'EDTF date, or present', example: FIELD_EXAMPLES.to.example },
};

/** Heading of the section that documents a shared shape, e.g. `sourceSchema` → "Source". */
export function sharedHeading(name: string): string {
  const words = name.replace(/Schema$/, '').replace(/([A-Z])/g, ' $1').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a schema accepts: its type in words, an example value, the schema of its fields, or the shared shape it is. */
interface Described {
  /** What the field accepts, in words. */
  type: string;
  /** An example value. */
  example?: string;
  /** The object schema whose fields are listed below this one. */
  object?: unknown;
  /** Name of the shared shape it is. */
  shape?: string;
  /** True for a choice of values: its own first option is the example, whatever the doc comment's "e.g." is about. */
  choice?: boolean;
}

/** A short description of what a schema accepts, and an example value for it. */
function describeType(schema: unknown, names: SchemaNames, shared: ReadonlySet<string> = new Set()): Described {
  const name = names.get(schema);
  const known = name ? TYPE_BY_NAME[name] : undefined;
  const def = defOf(schema);
  if (known?.type) return known;
  if (name && shared.has(name)) return { type: `${sharedHeading(name).toLowerCase()} (see *Shared shapes*)`, example: SHAPE_EXAMPLES[name]?.() ?? '', shape: name };
  // A field whose text is transformed after it is checked (`prose`) takes what its input takes.
  if (def.type === 'pipe') return describeType(def.in, names, shared);
  if (def.type === 'enum') {
    const options = Object.values(def.entries as Record<string, string>);
    return { type: `one of: ${options.map((o) => `\`${o}\``).join(', ')}`, example: options[0], choice: true };
  }
  if (def.type === 'string') {
    const format = (schema as { format?: string }).format;
    if (format === 'url') return { type: 'URL', example: FIELD_EXAMPLES.url.example };
    return { type: 'text' };
  }
  if (def.type === 'number') return { type: 'number' };
  if (def.type === 'object') return { type: 'fields below', object: schema };
  if (def.type === 'array') {
    const element = describeType(defOf(schema).element, names, shared);
    return { type: `list of ${element.object ? 'items with the fields below' : element.type}`, object: element.object, example: element.example ? `[${element.example}]` : undefined };
  }
  if (def.type === 'union') {
    const options = (def.options as unknown[]).map((option) => describeType(option, names, shared));
    return { type: options.map((o) => (o.object ? `{ ${Object.keys((defOf(o.object).shape as object) ?? {}).join(', ')} }` : o.type)).join(' or ') };
  }
  if (def.type === 'record') return { type: 'map of key: value' };
  if (def.type === 'tuple') return { type: `[${(def.items as unknown[]).map((item) => describeType(item, names, shared).type).join(', ')}]` };
  return { type: def.type };
}

/** The "e.g. …" of a doc comment, if it has one. */
function exampleIn(description: string): string | undefined {
  const quoted = /\be\.g\.\s*["“]([^"”]+)["”]/.exec(description);
  if (quoted) return quoted[1]!.trim();
  return /\be\.g\.\s*(.+?)(?:\.?\s*$|\)|;)/.exec(description)?.[1]?.trim();
}

/** The example of a field: a shared shape's own, else the one of the table of field examples, else (but for a choice, whose first option it is) the doc comment's "e.g.", else the type's. */
function exampleOf(path: string, description: string, described: Described): string | undefined {
  if (described.shape) return SHAPE_EXAMPLES[described.shape]?.(exampleIn(description));
  if (described.object) return undefined;
  return fieldExampleAt(path)?.example ?? (described.choice ? described.example : (exampleIn(description) ?? described.example));
}

/** Every field of a schema, depth first, with nested objects' fields under their parent. */
export function fieldRows(schema: z.ZodType, scope: string, docs: SchemaDocs, names: SchemaNames, shared: ReadonlySet<string> = new Set(), prefix = ''): FieldRow[] {
  const shape = defOf(schema).shape as Record<string, unknown>;
  return Object.entries(shape).flatMap(([key, field]) => {
    const { inner, required, fallback } = unwrapField(field);
    const description = docs.get(scope)?.get(key) ?? '';
    const described = describeType(inner, names, shared);
    const path = `${prefix}${key}`;
    const example = exampleOf(path, description, described);
    const row: FieldRow = {
      path,
      required,
      type: described.type,
      description,
      ...(fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0) && !(typeof fallback === 'object' && fallback && Object.keys(fallback).length === 0) ? { default: JSON.stringify(fallback) } : {}),
      ...(example ? { example } : {}),
    };
    if (!described.object) return [row];
    const childScope = names.get(described.object) ?? `${scope}.${key}`;
    const isList = defOf(inner).type === 'array';
    return [row, ...fieldRows(described.object as z.ZodType, childScope, docs, names, shared, `${path}${isList ? '[]' : ''}.`)];
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The reference of one collection as a Markdown table. */
export function fieldTable(rows: readonly FieldRow[]): string {
  const lines = ['| field | required | what to write | meaning | example |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    const required = row.required ? '**yes**' : row.default ? `no (default ${row.default})` : 'no';
    lines.push(`| \`${row.path}\` | ${required} | ${cell(row.type)} | ${cell(row.description)} | ${row.example ? `\`${cell(row.example)}\`` : ''} |`);
  }
  return lines.join('\n');
}

/** Markers around the generated part of CONTRIBUTING.md. */
export const REFERENCE_START = '<!-- field-reference:start (generated by npm run docs:fields from src/lib/schema.ts; do not edit by hand) -->';
export const REFERENCE_END = '<!-- field-reference:end -->';

/** Put a generated reference between the markers of a document; throws when the markers are missing. */
export function replaceReference(document: string, reference: string): string {
  const start = document.indexOf(REFERENCE_START);
  const end = document.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error(`the markers ${REFERENCE_START} … ${REFERENCE_END} are missing`);
  return `${document.slice(0, start + REFERENCE_START.length)}\n\n${reference.trim()}\n\n${document.slice(end)}`;
}

/** Named object shapes used in more than one place (a source, a quote…): documented once, referred to elsewhere. */
function sharedShapes(collections: Record<string, z.ZodType>, names: SchemaNames): string[] {
  const uses = new Map<string, number>();
  const visit = (schema: unknown) => {
    const { inner } = unwrapField(schema);
    const def = defOf(inner);
    const target = def.type === 'array' ? unwrapField(def.element).inner : inner;
    if (defOf(target).type !== 'object') return;
    const name = names.get(target);
    if (name) uses.set(name, (uses.get(name) ?? 0) + 1);
    if (!name || uses.get(name) === 1) for (const field of Object.values(defOf(target).shape as object)) visit(field);
  };
  for (const schema of Object.values(collections)) for (const field of Object.values(defOf(schema).shape as object)) visit(field);
  return [...uses].filter(([, count]) => count > 1).map(([name]) => name);
}

/** The whole generated reference: one section per collection, from schema.ts's source text and its module. */
export function buildReference(schemaSource: string, schemaModule: Record<string, unknown>): string {
  const docs = schemaDocs(schemaSource);
  const names: SchemaNames = new Map(Object.entries(schemaModule).map(([name, value]) => [value, name]));
  const collections = schemaModule.collectionSchemas as Record<string, z.ZodType>;
  const extensions = schemaModule.CONTENT_EXTENSIONS as Record<string, readonly string[]> | undefined;
  const sharedNames = sharedShapes(collections, names);
  const shared = new Set(sharedNames);
  const sections = Object.entries(collections).map(([collection, schema]) => {
    const name = names.get(schema) ?? '';
    const ending = extensions?.[collection]?.[0] ?? (collection === 'datasets' ? '.yaml' : '.mdx');
    return [`### ${collection}`, '', `${docs.get('')?.get(name) ?? ''} One file per entry: \`content/${collection}/<id>${ending}\`.`, '', fieldTable(fieldRows(schema, name, docs, names, shared))].join('\n');
  });
  const shapes = sharedNames.map((name) => {
    const schema = schemaModule[name] as z.ZodType;
    const others = new Set([...shared].filter((other) => other !== name));
    return [`#### ${sharedHeading(name)}`, '', docs.get('')?.get(name) ?? '', '', fieldTable(fieldRows(schema, name, docs, names, others))].join('\n');
  });
  return [...sections, '### Shared shapes', ...shapes].join('\n\n');
}
