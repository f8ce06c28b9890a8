/** What git says about content/ in this checkout, as the build read it: each file's dates, and whether the history is whole. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { LAST_UPDATED_GIT_ARGS, parseFileDates, type FileDates } from '../../src/lib/git-history.ts';

/** Run git with `args` in the project root. */
const git = (args: readonly string[]) => execFileSync('git', [...args], { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** Each content file's first and last commit dates (see src/data/last-updated.ts), and whether the clone holds the full history; none outside a git checkout, as the build sees it. */
export function contentGitDates() {
  try {
    return { dates: parseFileDates(git(LAST_UPDATED_GIT_ARGS)), fullHistory: git(['rev-parse', '--is-shallow-repository']).trim() === 'false' };
  } catch {
    return { dates: new Map<string, FileDates>(), fullHistory: false };
  }
}
