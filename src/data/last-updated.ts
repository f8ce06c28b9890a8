/**
 * When each content file was first added and last changed, from git, computed once per build.
 * Without git (or outside a repository) every date is unknown and pages simply omit them; in a
 * shallow clone the oldest commit seen is not when a file was added, so that date is unknown too.
 */
import { execFileSync } from 'node:child_process';
import { LAST_UPDATED_GIT_ARGS, parseFileDates, type FileDates } from '../lib/git-history.ts';

let cached: { dates: Map<string, FileDates>; shallow: boolean } | undefined;

/** Run git with `args` in the project root; undefined when git is missing or fails. */
function git(args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', [...args], { cwd: process.cwd(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Read the git log of content/ once, and whether the history is cut short (a shallow clone). */
function history(): { dates: Map<string, FileDates>; shallow: boolean } {
  cached ??= { dates: parseFileDates(git(LAST_UPDATED_GIT_ARGS) ?? ''), shallow: git(['rev-parse', '--is-shallow-repository'])?.trim() !== 'false' };
  return cached;
}

/** The dates git has for `file` (relative to the project root), if any. */
function datesOf(file: string | undefined): FileDates | undefined {
  return file ? history().dates.get(file.replace(/\\/g, '/').replace(/^\.\//, '')) : undefined;
}

/** ISO date-time of the last commit that changed `file` (relative to the project root), if known. */
export function lastUpdated(file: string | undefined): string | undefined {
  return datesOf(file)?.updated;
}

/** ISO date-time of the commit that added `file` (relative to the project root), if known: unknown in a shallow clone, whose oldest commit is not where files began. */
export function firstAdded(file: string | undefined): string | undefined {
  return history().shallow ? undefined : datesOf(file)?.added;
}
