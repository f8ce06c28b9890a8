/**
 * Results of tasks that run side by side, handed on in the order the tasks were started: Astro
 * renders several pages at once (`build.concurrency`) and they finish in any order, but the search
 * index must receive them in one fixed order to come out the same in every build.
 */

/** A queue that hands each task's value to `consume` in the order the tasks were queued. */
export interface StartOrderQueue<T> {
  /** Queue a started task; its value goes to `consume` once every task queued before it has gone. */
  queue(task: Promise<T>): void;
  /** Resolves once every queued value was consumed; rejects with the first failure of a task or of `consume`. */
  settled(): Promise<void>;
}

/** A queue handing values to `consume` in start order, whatever order the tasks finish in. */
export function inStartOrder<T>(consume: (value: T) => void): StartOrderQueue<T> {
  let chain: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  return {
    queue(task) {
      // Marked handled now: the chain reaches a failed task only after the tasks before it.
      task.catch(() => undefined);
      chain = chain
        .then(() => task)
        .then(consume)
        .catch((error: unknown) => void (failure ??= { error }));
    },
    async settled() {
      await chain;
      if (failure) throw failure.error;
    },
  };
}
