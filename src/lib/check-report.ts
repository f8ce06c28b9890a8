/**
 * How `npm run check` and the build report problems: grouped by file, with the line of each field,
 * colour only when asked for, warnings in full or summarised, and a JSON form for machines.
 */
import type { Issue } from './integrity.ts';

/** What the command line asked for. */
export interface CheckArgs {
  /** Print JSON instead of text. */
  json: boolean;
  /** List every warning, not only their count (the default when files are named). */
  warnings: boolean;
  /** Files or folders to report on (relative to the project root); empty means all of content/. */
  files: string[];
  /** Unknown options, reported back to the user. */
  unknown: string[];
}

/** Parse `npm run check -- [--json] [--warnings] [files…]`. */
export function parseCheckArgs(argv: readonly string[], root: string): CheckArgs {
  const args: CheckArgs = { json: false, warnings: false, files: [], unknown: [] };
  for (const arg of argv) {
    if (arg === '--json') args.json = true;
    else if (arg === '--warnings') args.warnings = true;
    else if (arg.startsWith('-')) args.unknown.push(arg);
    else args.files.push(projectRelative(arg, root));
  }
  return args;
}

/** A path as the check names files: relative to the root, forward slashes, no leading `./`. */
export function projectRelative(path: string, root: string): string {
  const normalRoot = root.replace(/\\/g, '/').replace(/\/$/, '');
  let file = path.replace(/\\/g, '/');
  if (file.startsWith(`${normalRoot}/`)) file = file.slice(normalRoot.length + 1);
  return file.replace(/^(\.\/)+/, '');
}

/** Only the issues of the named files or folders (all of them when nothing is named). */
export function issuesOfFiles(issues: readonly Issue[], files: readonly string[]): Issue[] {
  if (files.length === 0) return [...issues];
  const folders = files.map((file) => `${file.replace(/\/+$/, '')}/`);
  return issues.filter((issue) => files.includes(issue.file) || folders.some((folder) => issue.file.startsWith(folder)));
}

/** ANSI styles, or none. */
interface Paint {
  error: (text: string) => string;
  warning: (text: string) => string;
  file: (text: string) => string;
  dim: (text: string) => string;
}

const ansi = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const COLOURS: Paint = { error: ansi('31'), warning: ansi('33'), file: ansi('1;4'), dim: ansi('2') };
const PLAIN: Paint = { error: (t) => t, warning: (t) => t, file: (t) => t, dim: (t) => t };

/** Whether to colour output: only on a terminal, never with NO_COLOR set, always with FORCE_COLOR. */
export function wantsColour(isTty: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(isTty);
}

/** Options of a text report. */
export interface ReportOptions {
  colour: boolean;
  /** `all` lists every warning; `count` lists errors and only counts warnings. */
  warnings: 'all' | 'count';
}

/** Issues grouped by file, files in order, each group's issues by line. */
export function groupByFile(issues: readonly Issue[]): [string, Issue[]][] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) groups.set(issue.file, [...(groups.get(issue.file) ?? []), issue]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, list]) => [file, [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))]);
}

/** The field an issue is about, without repeating a line number the report already shows. */
function fieldName(issue: Issue): string {
  if (issue.line === undefined) return issue.path;
  if (/^body line \d+$/.test(issue.path)) return 'body';
  if (/^line \d+$/.test(issue.path)) return 'frontmatter';
  return issue.path;
}

/** The issues as text: a heading per file, then one line per issue with its line, severity, field and fix. */
export function formatReport(issues: readonly Issue[], options: ReportOptions): string {
  const paint = options.colour ? COLOURS : PLAIN;
  const shown = options.warnings === 'all' ? issues : issues.filter((issue) => issue.severity === 'error');
  const width = Math.max(0, ...shown.map((issue) => String(issue.line ?? '').length));
  const out: string[] = [];
  for (const [file, list] of groupByFile(shown)) {
    out.push(paint.file(file));
    for (const issue of list) {
      const where = issue.line ? `line ${String(issue.line).padStart(width)}` : ' '.repeat(width + 5);
      const label = issue.severity === 'error' ? paint.error('✖ error  ') : paint.warning('⚠ warning');
      out.push(`  ${paint.dim(where)}  ${label}  ${fieldName(issue)}: ${issue.message}`);
    }
    out.push('');
  }
  out.push(summaryLine(issues, options));
  return out.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The last line: how many errors and warnings, in how many files, and what to do next. */
function summaryLine(issues: readonly Issue[], options: ReportOptions): string {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const files = (list: Issue[]) => new Set(list.map((issue) => issue.file)).size;
  const parts: string[] = [];
  if (errors.length > 0) parts.push(`${plural(errors.length, 'error')} in ${plural(files(errors), 'file')}: fix them and run npm run check again.`);
  if (warnings.length > 0) {
    parts.push(
      options.warnings === 'all'
        ? `${plural(warnings.length, 'warning')} about recommended fields (they do not fail the check).`
        : `${plural(warnings.length, 'warning')} about recommended fields in ${plural(files(warnings), 'file')}; see them with npm run check -- --warnings, or npm run check -- <file>.`
    );
  }
  return parts.join('\n');
}

/** The machine-readable report of `npm run check -- --json`. */
export function jsonReport(issues: readonly Issue[], entryCount: number): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return JSON.stringify({ ok: errors === 0, entries: entryCount, errors, warnings: issues.length - errors, issues }, null, 2);
}

/** Escape text for a GitHub Actions workflow command (`%`, CR, LF; also `:` and `,` in properties). */
function escapeAnnotation(text: string, property = false): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

/** The issues as GitHub Actions annotations, so a pull request shows each one on its file and line. */
export function githubAnnotations(issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      const where = [`file=${escapeAnnotation(issue.file, true)}`, ...(issue.line ? [`line=${issue.line}`] : []), `title=${escapeAnnotation(issue.path, true)}`];
      return `::${issue.severity} ${where.join(',')}::${escapeAnnotation(issue.message)}`;
    })
    .join('\n');
}
