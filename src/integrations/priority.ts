/**
 * Scheduling priority of the build's helpers on Linux. On a machine with few cores, Astro rendering
 * pages on the main thread should win every contest for a core, and the work beside it (the
 * derived-files worker, Pagefind's indexing process) fill the gaps. Elsewhere, or where it is not
 * allowed, nothing changes.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The lowest priority there is (a nice value of 19). */
const LOWEST = 19;

/** Lower the priority of the calling thread only (not of the process). */
export function lowerThisThreadsPriority(): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), LOWEST);
  } catch {
    // No /proc (not Linux), or not allowed: keep the usual priority.
  }
}

/** Lower the priority of every child process of this one whose command name matches `name`. */
export function lowerChildProcessesPriority(name: RegExp): void {
  try {
    const children = readdirSync('/proc/self/task').flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
    for (const pid of children.map(Number)) if (name.test(readFileSync(`/proc/${pid}/comm`, 'utf8').trim())) setPriority(pid, LOWEST);
  } catch {
    // No /proc (not Linux), or not allowed: keep the usual priority.
  }
}
