import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { lowerChildProcessesPriority } from './priority.ts';

describe.skipIf(process.platform !== 'linux')('build helpers at the lowest priority (Linux)', () => {
  test('a child process whose command name matches gets the lowest priority; others keep theirs', () => {
    const sleeper = spawn('sleep', ['30']);
    const other = spawn('cat');
    try {
      lowerChildProcessesPriority(/^sleep$/);
      expect(getPriority(sleeper.pid)).toBe(19);
      expect(getPriority(other.pid)).toBe(getPriority());
    } finally {
      sleeper.kill();
      other.kill();
    }
  });

  test('a thread lowers its own priority, not its process’s', async () => {
    const module = new URL('./priority.ts', import.meta.url).href;
    const worker = new Worker(
      `import { readlinkSync } from 'node:fs'; import { getPriority } from 'node:os'; import { parentPort } from 'node:worker_threads';
       const { lowerThisThreadsPriority } = await import(${JSON.stringify(module)});
       lowerThisThreadsPriority();
       parentPort.postMessage(getPriority(Number(readlinkSync('/proc/thread-self').split('/').pop())));`,
      { eval: true, type: 'module' } as ConstructorParameters<typeof Worker>[1],
    );
    const threadPriority = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect(threadPriority).toBe(19);
    expect(getPriority()).not.toBe(19);
  });
});
