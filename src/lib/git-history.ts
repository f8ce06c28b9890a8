/**
 * "Last updated" dates from git history, read once per build for every content file:
 * one `git log` over content/, newest commit first, parsed here without touching git.
 */

/** Arguments of the one `git log` call: each commit's ISO date (after a NUL), then the files it changed, relative to the working directory. */
export const LAST_UPDATED_GIT_ARGS = ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', 'content'] as const;

/** When git saw a file first and last: ISO 8601 dates of the oldest commit that added it under its path and of the newest that changed it. */
export interface FileDates {
  added: string;
  updated: string;
}

/** File (relative to where git ran) → the dates of the oldest and newest commits that changed it (the log lists the newest first). */
export function parseFileDates(gitLog: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  for (const commit of gitLog.split('\0')) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim());
    if (!date || !/^\d{4}-\d{2}-\d{2}T/.test(date)) continue;
    for (const file of files.filter(Boolean)) dates.set(file, { added: date, updated: dates.get(file)?.updated ?? date });
  }
  return dates;
}

/** The calendar day of an ISO date-time as written (the committer's own day, no time-zone shift). */
export function dayOf(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}
