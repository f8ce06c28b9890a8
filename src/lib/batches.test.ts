import { describe, expect, test } from 'vitest';
import { inBatches } from './batches.ts';

describe('inBatches', () => {
  test('does every item once, never more than `size` at a time, and each group after the previous one', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await inBatches([...Array(10).keys()], 3, async (item) => {
      started.push(item);
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, 1));
      running -= 1;
    });
    expect(started).toEqual([...Array(10).keys()]);
    expect(most).toBe(3);
  });

  test('takes items from an iterable only as their group starts', async () => {
    const taken: number[] = [];
    const done: number[] = [];
    function* items() {
      for (let i = 0; i < 5; i++) {
        taken.push(i);
        yield i;
      }
    }
    await inBatches(items(), 2, async (item) => {
      expect(taken.length).toBeLessThanOrEqual(Math.floor(item / 2) * 2 + 2);
      done.push(item);
    });
    expect(done).toEqual([0, 1, 2, 3, 4]);
  });

  test('resolves at once for no items', async () => {
    await expect(inBatches([], 5, async () => undefined)).resolves.toBeUndefined();
  });
});
