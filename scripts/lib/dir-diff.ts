/** Compare two folders file by file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from './temp-project.ts';

/** Files present in only one folder, or with different bytes, as readable lines in path order. */
export function differences(a: string, b: string): string[] {
  const left = new Map(filesBelow(a).map((f) => [f.file, f.bytes]));
  const right = new Map(filesBelow(b).map((f) => [f.file, f.bytes]));
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  return names.flatMap((name) => {
    if (!left.has(name)) return [`only in the second: ${name}`];
    if (!right.has(name)) return [`only in the first: ${name}`];
    if (left.get(name) !== right.get(name) || !readFileSync(join(a, name)).equals(readFileSync(join(b, name)))) return [`differs: ${name}`];
    return [];
  });
}
