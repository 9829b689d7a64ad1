/**
 * Runs the latest of a stream of inputs, a moment after the last change: a slider dragged across ten positions
 * asks the API once, and an answer to an input that has since changed is dropped (its request is aborted too).
 * Pure (timers injectable), so it is tested with fake timers.
 */
export interface LatestRunner<I> {
  schedule(input: I): void;
  /** Runs now, skipping the wait (e.g. "Försök igen"). */
  runNow(input: I): void;
  cancel(): void;
}

export interface RunnerOptions<I, R> {
  delayMs: number;
  run(input: I, signal: AbortSignal): Promise<R>;
  onStart?(input: I): void;
  onResult(result: R, input: I): void;
  onError(error: unknown, input: I): void;
  timers?: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
}

export function createLatestRunner<I, R>(options: RunnerOptions<I, R>): LatestRunner<I> {
  const timers = options.timers ?? { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
  let timer: unknown;
  let generation = 0;
  let inFlight: AbortController | undefined;

  const start = (input: I) => {
    const mine = ++generation;
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    options.onStart?.(input);
    options.run(input, controller.signal).then(
      (result) => {
        if (mine === generation) options.onResult(result, input);
      },
      (error: unknown) => {
        if (mine === generation && !controller.signal.aborted) options.onError(error, input);
      },
    );
  };

  return {
    schedule(input) {
      if (timer !== undefined) timers.clear(timer);
      // A newer input makes any answer still on its way stale, even before the wait is over.
      generation++;
      timer = timers.set(() => {
        timer = undefined;
        start(input);
      }, options.delayMs);
    },
    runNow(input) {
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
      start(input);
    },
    cancel() {
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
      generation++;
      inFlight?.abort();
    },
  };
}
