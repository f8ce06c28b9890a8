import { describe, expect, it } from 'vitest';
import { inStartOrder } from './in-start-order.ts';

/** A task that resolves with `value` (or fails with it) after `ms` milliseconds. */
const after = <T>(ms: number, value: T, fail = false) => new Promise<T>((done, reject) => setTimeout(() => (fail ? reject(new Error(String(value))) : done(value)), ms));

describe('inStartOrder', () => {
  it('hands values on in the order the tasks were queued, not the order they finish', async () => {
    const seen: string[] = [];
    const queue = inStartOrder<string>((value) => seen.push(value));
    queue.queue(after(30, 'first'));
    queue.queue(after(1, 'second'));
    queue.queue(after(15, 'third'));
    await queue.settled();
    expect(seen).toEqual(['first', 'second', 'third']);
  });

  it('hands on a value as soon as every earlier task has gone, without waiting for later ones', async () => {
    const seen: string[] = [];
    const queue = inStartOrder<string>((value) => seen.push(value));
    queue.queue(after(1, 'early'));
    queue.queue(after(60, 'late'));
    await after(30, undefined);
    expect(seen).toEqual(['early']);
    await queue.settled();
    expect(seen).toEqual(['early', 'late']);
  });

  it('reports the first failed task when settled, still handing on the others', async () => {
    const seen: string[] = [];
    const queue = inStartOrder<string>((value) => seen.push(value));
    queue.queue(after(5, 'one'));
    queue.queue(after(1, 'broken', true));
    queue.queue(after(10, 'three'));
    await expect(queue.settled()).rejects.toThrow('broken');
    expect(seen).toEqual(['one', 'three']);
  });

  it('reports an error thrown by the consumer', async () => {
    const queue = inStartOrder<string>((value) => {
      if (value === 'bad') throw new Error(`cannot take ${value}`);
    });
    queue.queue(Promise.resolve('bad'));
    await expect(queue.settled()).rejects.toThrow('cannot take bad');
  });

  it('settles at once when nothing was queued', async () => {
    await expect(inStartOrder(() => undefined).settled()).resolves.toBeUndefined();
  });
});
