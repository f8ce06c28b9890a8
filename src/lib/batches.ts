/** Running async work over many items with a bounded number in flight. */

/** How many file operations the build keeps in flight: enough to overlap disk waits, few enough for any file-handle limit. */
export const FILES_IN_FLIGHT = 32;

/** Call `work` on every item, `size` at a time (each group after the previous one has finished); resolves when all are done. */
export async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(work));
}
