/**
 * `npm run check:determinism`: two clean builds of the working tree, each in its own temp copy of
 * the project (so no cache is shared and absolute paths differ), must give byte-identical dist/.
 * Prints the first differing files and exits 1 when they differ.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, copyProject, filesBelow } from './lib/temp-project.ts';

/** Files present in only one build, or with different bytes. */
function differences(a: string, b: string): string[] {
  const left = new Map(filesBelow(a).map((f) => [f.file, f.bytes]));
  const right = new Map(filesBelow(b).map((f) => [f.file, f.bytes]));
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  return names.flatMap((name) => {
    if (!left.has(name)) return [`only in the second build: ${name}`];
    if (!right.has(name)) return [`only in the first build: ${name}`];
    if (left.get(name) !== right.get(name) || !readFileSync(join(a, name)).equals(readFileSync(join(b, name)))) return [`differs: ${name}`];
    return [];
  });
}

const copies = [copyProject('atlas-determinism-a-', ['dist']), copyProject('atlas-determinism-b-', ['dist'])];
try {
  for (const [index, copy] of copies.entries()) {
    const { seconds } = await astroBuild(copy);
    console.log(`build ${index + 1}: ${filesBelow(join(copy, 'dist')).length} files in ${seconds.toFixed(1)} s`);
  }
  const found = differences(join(copies[0]!, 'dist'), join(copies[1]!, 'dist'));
  if (found.length > 0) {
    console.log(`Not deterministic: ${found.length} file(s) differ between two clean builds:\n${found.slice(0, 30).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('Deterministic: two clean builds gave byte-identical dist/.');
  }
} finally {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
}
