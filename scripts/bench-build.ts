/**
 * `npm run bench`: build synthetic knowledge bases of 1,000 and 10,000 entries (or the sizes given
 * as arguments) in a temp copy of the project, and a plain Starlight site with the same number of
 * pages, then print build time, pages per second, dist size, peak memory and the growth ratio.
 * Each size is built `--runs N` times (default 2), ours and Starlight's in turn, and the fastest
 * build of each is kept: on a shared machine a slow spell then hits both sides, not one.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, copyProject, filesBelow, type BuildMeasure } from './lib/temp-project.ts';
import { syntheticEntries, writeEntries } from './bench/synthetic-content.ts';
import { installStarlight, STARLIGHT_DIR, writeStarlightSite } from './bench/starlight-reference.ts';

/** Targets from issue #7. */
const TARGET_RATIO = 1.0;
const TARGET_GROWTH = 12;

/** One build's figures. */
interface Result extends BuildMeasure {
  pages: number;
  distMiB: number;
  search: boolean;
}

/** Pages, size and search index of a built dist/. */
function describeDist(dist: string, measure: BuildMeasure): Result {
  const files = filesBelow(dist);
  return {
    ...measure,
    pages: files.filter((f) => f.file.endsWith('.html')).length,
    distMiB: files.reduce((sum, f) => sum + f.bytes, 0) / 2 ** 20,
    search: files.some((f) => f.file.startsWith('pagefind/')),
  };
}

/** Build the atlas with `entries` synthetic entries in a temp copy (the same folder every run, emptied first). */
async function buildAtlas(entries: number): Promise<Result> {
  // In the same folder every time, as the Starlight reference is: both then reuse Vite's dependency cache after their first build.
  const root = copyProject('atlas-bench-', ['content', 'dist'], { sameFolder: true });
  try {
    writeEntries(root, syntheticEntries(entries));
    return describeDist(join(root, 'dist'), await astroBuild(root));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Build the Starlight reference with `pages` pages. */
async function buildStarlight(pages: number, search: boolean): Promise<Result> {
  writeStarlightSite(pages, search);
  return describeDist(join(STARLIGHT_DIR, 'dist'), await astroBuild(STARLIGHT_DIR));
}

/** Of several measures of the same build, the fastest (wall clock): the one least disturbed by the rest of the machine. */
const fastest = (results: readonly Result[]) => results.reduce((best, result) => (result.seconds < best.seconds ? result : best));

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args.splice(runsFlag, 2)[1]) : 2;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('npm run bench: --runs takes a whole number of runs, e.g. npm run bench -- --runs 3 1000');
  process.exit(1);
}
const sizes = args.map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(1_000, 10_000);

console.log(`Build benchmark: ${sizes.join(', ')} synthetic entries, ${runs} run(s) each; Starlight reference in ${STARLIGHT_DIR}`);
installStarlight();
const rows: { entries: number; atlas: Result; starlight: Result }[] = [];
for (const entries of sizes) {
  const atlasRuns: Result[] = [];
  const starlightRuns: Result[] = [];
  for (let run = 1; run <= runs; run++) {
    console.log(`\n… ${entries} entries, run ${run} of ${runs}: building the atlas`);
    const atlas = await buildAtlas(entries);
    console.log(`  ${atlas.pages} pages in ${fixed(atlas.seconds)} s; building Starlight with as many pages`);
    const starlight = await buildStarlight(atlas.pages, atlas.search);
    console.log(`  Starlight: ${starlight.pages} pages in ${fixed(starlight.seconds)} s`);
    atlasRuns.push(atlas);
    starlightRuns.push(starlight);
  }
  rows.push({ entries, atlas: fastest(atlasRuns), starlight: fastest(starlightRuns) });
}

/** Our time per page over Starlight's. */
const perPage = (atlas: Result, starlight: Result, time: 'seconds' | 'cpuSeconds') => atlas[time] / atlas.pages / (starlight[time] / starlight.pages);

console.log(`\nFastest of ${runs} run(s) per size:`);
console.log('\n| entries | pages | build s (CPU s) | pages/s | dist MiB | peak MiB | search index | Starlight s (CPU s) | Starlight pages/s | ours/Starlight per page, wall (CPU) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
for (const { entries, atlas, starlight } of rows) {
  console.log(`| ${entries} | ${atlas.pages} | ${fixed(atlas.seconds)} (${fixed(atlas.cpuSeconds)}) | ${fixed(atlas.pages / atlas.seconds)} | ${fixed(atlas.distMiB)} | ${fixed(atlas.peakMiB, 0)} | ${atlas.search ? 'yes' : 'no'} | ${fixed(starlight.seconds)} (${fixed(starlight.cpuSeconds)}) | ${fixed(starlight.pages / starlight.seconds)} | ${fixed(perPage(atlas, starlight, 'seconds'), 2)}× (${fixed(perPage(atlas, starlight, 'cpuSeconds'), 2)}×) |`);
}
console.log(`Targets: ours/Starlight per page ≤ ${TARGET_RATIO}×.`);
if (rows.length >= 2) {
  const [first, last] = [rows[0]!, rows.at(-1)!];
  const growth = (r: Result, s: Result, time: 'seconds' | 'cpuSeconds') => `${fixed(r[time] / s[time], 2)}`;
  console.log(`Growth t(${last.entries})/t(${first.entries}), wall (CPU): ${growth(last.atlas, first.atlas, 'seconds')} (${growth(last.atlas, first.atlas, 'cpuSeconds')}); target ≤ ${TARGET_GROWTH}. Starlight: ${growth(last.starlight, first.starlight, 'seconds')} (${growth(last.starlight, first.starlight, 'cpuSeconds')}).`);
}
