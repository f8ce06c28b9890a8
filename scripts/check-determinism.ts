/**
 * `npm run check:determinism`: two clean builds of the working tree, each in its own temp copy of
 * the project (so no cache is shared and absolute paths differ), must give byte-identical dist/.
 * Prints the first differing files and exits 1 when they differ.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, copyProject, filesBelow } from './lib/temp-project.ts';
import { differences } from './lib/dir-diff.ts';

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
