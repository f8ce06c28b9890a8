/**
 * When each content file last changed, from git, computed once per build. Without git (or outside
 * a repository) every date is unknown and pages simply omit "last updated".
 */
import { execFileSync } from 'node:child_process';
import { LAST_UPDATED_GIT_ARGS, parseLastUpdated } from '../lib/git-history.ts';

let cached: Map<string, string> | undefined;

/** Read the git log of content/ once; an empty map when git is missing or fails. */
function history(): Map<string, string> {
  if (cached) return cached;
  try {
    const log = execFileSync('git', [...LAST_UPDATED_GIT_ARGS], { cwd: process.cwd(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    cached = parseLastUpdated(log);
  } catch {
    cached = new Map();
  }
  return cached;
}

/** ISO date-time of the last commit that changed `file` (relative to the project root), if known. */
export function lastUpdated(file: string | undefined): string | undefined {
  return file ? history().get(file.replace(/\\/g, '/').replace(/^\.\//, '')) : undefined;
}
