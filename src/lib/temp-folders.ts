/** Temporary folders holding given files, for tests that read a project from disk. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A maker of temp folders named `prefix…`: `folder` writes files (path → text) into a new one, `removeAll` deletes every folder made so far. */
export function tempFolders(prefix: string): { folder: (files: Record<string, string>) => string; removeAll: () => void } {
  const made: string[] = [];
  return {
    folder(files) {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
      return dir;
    },
    removeAll() {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
