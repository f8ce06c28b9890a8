/**
 * Reads `content/` the way Astro's glob loader does: one entry per file, id from the file name,
 * YAML frontmatter (js-yaml, as Astro) for MDX files and whole-file YAML for datasets. Unlike Astro,
 * the check reads YAML without the timestamp type, so a date stays the text written: js-yaml would
 * turn the impossible 2021-02-30 into the Date 2021-03-02, and the check must see what was written.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import yaml from 'js-yaml';
import { collectionNamed, COLLECTIONS, type CollectionName } from './schema.ts';
import { nearest } from './did-you-mean.ts';

/** A content file as read from disk, before validation. */
export interface RawEntry {
  /** Collection folder the file is in. */
  collection: CollectionName;
  /** Entry id: the file name without its extension. */
  id: string;
  /** Path relative to the project root, e.g. `content/people/dario-amodei.md`. */
  file: string;
  /** Parsed frontmatter (or whole YAML document), not yet validated. */
  data: unknown;
  /** The MDX body after the frontmatter ('' for YAML files). */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** The frontmatter text, for finding the line of a field. */
  frontmatter: string;
  /** 1-based line in the file where the frontmatter text starts. */
  frontmatterLine: number;
}

/** A file that could not be read as an entry. */
export interface ReadProblem {
  file: string;
  path: string;
  message: string;
}

/**
 * File endings each collection accepts, the usual one first: an entry is plain Markdown (`.md`,
 * rendered once and cached between builds) unless its body uses a component, which needs `.mdx`
 * (compiled to a module in every build, several times the cost).
 */
export const CONTENT_EXTENSIONS: Record<CollectionName, readonly string[]> = {
  people: ['.md', '.mdx'],
  orgs: ['.md', '.mdx'],
  works: ['.md', '.mdx'],
  claims: ['.md', '.mdx'],
  events: ['.md', '.mdx'],
  datasets: ['.yaml', '.yml'],
};

/** Glob pattern for Astro's loader, derived from the accepted endings. */
export function globPattern(collection: CollectionName): string {
  const endings = CONTENT_EXTENSIONS[collection].map((ext) => ext.slice(1));
  return `**/[^_]*.{${endings.join(',')}}`;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Split an MDX file into frontmatter text and body. */
export function splitFrontmatter(text: string): { frontmatter: string | null; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: null, body: text, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length;
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length), bodyLine };
}

/** Parse one content file's text into a raw entry, or say why it cannot be read. */
export function parseContentFile(collection: CollectionName, file: string, text: string): RawEntry | ReadProblem {
  const id = basename(file, extname(file));
  const isYaml = ['.yaml', '.yml'].includes(extname(file));
  const parts = isYaml ? { frontmatter: text, body: '', bodyLine: 1 } : splitFrontmatter(text);
  if (parts.frontmatter === null) {
    const message = /^---\r?\n/.test(text)
      ? 'the closing --- line of the frontmatter is missing: end the fields with a line "---" before the text'
      : 'no frontmatter: start the file with a line "---", the fields, then another "---"';
    return { file, path: '(frontmatter)', message };
  }
  try {
    const data = yaml.load(parts.frontmatter, { schema: yaml.CORE_SCHEMA }) ?? {};
    return { collection, id, file, data, body: parts.body, bodyLine: parts.bodyLine, frontmatter: parts.frontmatter, frontmatterLine: isYaml ? 1 : 2 };
  } catch (error) {
    const mark = (error as { mark?: { line: number }; reason?: string }).mark;
    const reason = (error as { reason?: string }).reason ?? 'invalid YAML';
    const line = mark ? mark.line + (isYaml ? 1 : 2) : undefined;
    return { file, path: line ? `line ${line}` : '(frontmatter)', message: `YAML syntax error: ${reason}; check indentation and quote text containing ": "` };
  }
}

/** Every file below a folder, depth first, in a stable order. */
function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((item) => (item.isDirectory() ? listFiles(join(folder, item.name)) : [join(folder, item.name)]));
}

/** A path relative to the project root, with forward slashes on every system. */
function projectPath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

/** Whether a file or folder name is skipped: `_` marks a draft, `.` a hidden file. */
function isSkipped(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

/** Why a file of `content/` outside the collection folders is not read, and where it should go. */
export function strayFileMessage(file: string): string {
  const parts = file.split('/');
  const folders = COLLECTIONS.map((c) => `content/${c}/`);
  if (parts.length <= 2) return `not read: entries go in a collection folder: ${folders.join(', ')}`;
  const folder = parts[1]!;
  const collection = collectionNamed(folder) ?? nearest(folder, COLLECTIONS);
  if (collection) return `not read: entries go in content/${collection}/ (did you mean ${collection}?)`;
  return `not read: content/${folder}/ is not a collection folder; entries go in ${folders.join(', ')}`;
}

/** The collection whose folder holds a file of `content/` (a project path), or undefined for a file outside the collection folders. */
function collectionOf(file: string): CollectionName | undefined {
  const parts = file.split('/');
  return parts.length > 2 ? COLLECTIONS.find((collection) => collection === parts[1]) : undefined;
}

/** Whether a file of `content/` outside the collection folders is one no collection reads, rather than a draft or hidden file. */
function isStray(file: string): boolean {
  return collectionOf(file) === undefined && !file.split('/').slice(1).some(isSkipped);
}

/** Read every entry of `content/` below `root`; files starting with `_` are drafts and skipped, files outside the collection folders are problems. */
export function readContent(root: string): { entries: RawEntry[]; problems: ReadProblem[] } {
  const files = listFiles(join(root, 'content')).map((path) => projectPath(root, path));
  const entries: RawEntry[] = [];
  const problems: ReadProblem[] = [];
  for (const collection of COLLECTIONS) {
    for (const file of files.filter((f) => collectionOf(f) === collection)) {
      if (isSkipped(basename(file))) continue;
      if (!CONTENT_EXTENSIONS[collection].includes(extname(file))) {
        problems.push({ file, path: '(file name)', message: `not read: ${collection} entries end in ${CONTENT_EXTENSIONS[collection].join(' or ')}` });
        continue;
      }
      const result = parseContentFile(collection, file, readFileSync(join(root, file), 'utf8'));
      if ('collection' in result) entries.push(result);
      else problems.push(result);
    }
  }
  for (const file of files.filter(isStray)) problems.push({ file, path: '(file name)', message: strayFileMessage(file) });
  return { entries, problems };
}
