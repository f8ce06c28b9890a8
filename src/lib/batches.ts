/** Running async work over many items with a bounded number in flight. */

/** How many file operations the build keeps in flight: enough to overlap disk waits, few enough for any file-handle limit. */
export const FILES_IN_FLIGHT = 32;

/**
 * Call `work` on every item, `size` at a time (each group after the previous one has finished);
 * resolves when all are done. Items are taken from `items` only as their group starts, so a
 * generator that computes them shares the thread with the work in flight.
 */
export async function inBatches<T>(items: Iterable<T>, size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let group: Promise<unknown>[] = [];
  for (const item of items) {
    group.push(work(item));
    if (group.length === size) {
      await Promise.all(group);
      group = [];
    }
  }
  await Promise.all(group);
}
