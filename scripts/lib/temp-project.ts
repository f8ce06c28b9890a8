/**
 * Copies of the project in a temporary folder (its git files, node_modules symlinked) and a
 * measured `astro build` in one: used by the build benchmark and the determinism check.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The project root (this file is in scripts/lib/). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * Copy the project's tracked and untracked-but-not-ignored files to a new temp folder; `skip` drops
 * top-level folders. With `sameFolder`, the copy goes to the same folder every time (emptied first):
 * Vite keys its dependency cache (kept in the shared node_modules) by the project's path, so a new
 * folder per build makes every build optimise Astro's dependencies again, which a project that stays
 * where it is does once.
 */
export function copyProject(prefix: string, skip: readonly string[] = [], { sameFolder = false } = {}): string {
  const target = sameFolder ? join(tmpdir(), `${prefix}copy`) : mkdtempSync(join(tmpdir(), prefix));
  if (sameFolder) {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target);
  }
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && !skip.includes(file.split('/')[0]!) && existsSync(join(PROJECT_ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(PROJECT_ROOT, file), join(target, file));
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}

/** What one build cost. */
export interface BuildMeasure {
  /** Wall-clock seconds. */
  seconds: number;
  /** Highest total resident memory of the build's process tree, in MiB (sampled every 200 ms). */
  peakMiB: number;
  /** CPU seconds (user + system) of the build and its children, less sensitive than wall time to a busy machine; NaN without /usr/bin/time. */
  cpuSeconds: number;
}

/** GNU time, for the CPU seconds of a process and its children. */
const GNU_TIME = '/usr/bin/time';

/** Resident memory in KiB of a process and all its descendants (Linux /proc). */
function treeRssKiB(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch { /* the process ended while we looked */ }
  }
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, 'utf8'));
      total += Number(match?.[1] ?? 0);
    } catch { /* ended */ }
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Run a command in `cwd` to completion, timing it and sampling its memory; output goes to `log`. */
export function measuredRun(command: string, args: readonly string[], cwd: string, log: NodeJS.WritableStream | 'ignore' = 'ignore'): Promise<BuildMeasure> {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const timing = existsSync(GNU_TIME) ? join(mkdtempSync(join(tmpdir(), 'atlas-time-')), 'cpu') : undefined;
    const [program, programArgs] = timing ? [GNU_TIME, ['-f', '%U %S', '-o', timing, command, ...args]] : [command, args];
    const child = spawn(program, programArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (log !== 'ignore') log.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB(child.pid!))), 200);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const [user, system] = timing && existsSync(timing) ? readFileSync(timing, 'utf8').trim().split(/\s+/).slice(-2).map(Number) : [NaN, NaN];
      if (timing) rmSync(dirname(timing), { recursive: true, force: true });
      if (code === 0) done({ seconds, peakMiB: peak / 1024, cpuSeconds: user! + system! });
      else fail(new Error(`${command} ${args.join(' ')} in ${cwd} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * A cold `astro build` of the project at `root` into `outDir`, with this Node and the project's Astro:
 * `--force` drops the content-layer cache, so every build starts where a fresh clone's would
 * (a warm cache let earlier builds of the same pages skip rendering their Markdown).
 */
export function astroBuild(root: string, outDir = join(root, 'dist'), log?: NodeJS.WritableStream): Promise<BuildMeasure> {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return measuredRun(process.execPath, [astro, 'build', '--force', '--outDir', outDir], root, log);
}

/** Every file below a folder with its size in bytes, as sorted relative paths. */
export function filesBelow(root: string): { file: string; bytes: number }[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => {
      const path = join(item.parentPath, item.name);
      return { file: path.slice(root.length + 1), bytes: statSync(path).size };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
