import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLatestRunner } from './evaluation-runner';

/** A request the test answers by hand, to put answers out of order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createLatestRunner (debounced scenario evaluation)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once, 300 ms after the last of many quick changes, with the last input', async () => {
    const run = vi.fn(async (input: number) => input * 2);
    const onResult = vi.fn();
    const runner = createLatestRunner({ delayMs: 300, run, onResult, onError: vi.fn() });
    for (const value of [1, 2, 3, 4]) {
      runner.schedule(value);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]?.[0]).toBe(4);
    expect(onResult).toHaveBeenCalledWith(8, 4);
  });

  it('drops a slow answer to an older input and aborts its request', async () => {
    const requests: { input: number; signal: AbortSignal; answer: ReturnType<typeof deferred<string>> }[] = [];
    const onResult = vi.fn();
    const runner = createLatestRunner<number, string>({
      delayMs: 300,
      run: (input, signal) => {
        const answer = deferred<string>();
        requests.push({ input, signal, answer });
        return answer.promise;
      },
      onResult,
      onError: vi.fn(),
    });
    runner.schedule(1);
    await vi.advanceTimersByTimeAsync(300);
    runner.schedule(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(requests.map((r) => r.input)).toEqual([1, 2]);
    expect(requests[0]?.signal.aborted).toBe(true);
    requests[1]?.answer.resolve('second');
    requests[0]?.answer.resolve('first, late');
    await vi.runAllTimersAsync();
    expect(onResult.mock.calls).toEqual([['second', 2]]);
  });

  it('ignores an answer that arrives after a newer change was scheduled but before it ran', async () => {
    const first = deferred<string>();
    const onResult = vi.fn();
    const runner = createLatestRunner<number, string>({ delayMs: 300, run: () => first.promise, onResult, onError: vi.fn() });
    runner.runNow(1);
    runner.schedule(2);
    first.resolve('stale');
    await vi.advanceTimersByTimeAsync(0);
    expect(onResult).not.toHaveBeenCalled();
  });

  it('reports the error of the current request, not of an aborted one', async () => {
    const onError = vi.fn();
    const runner = createLatestRunner<number, string>({ delayMs: 300, run: async (input) => Promise.reject(new Error(`fel ${input}`)), onResult: vi.fn(), onError });
    runner.runNow(7);
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toEqual(new Error('fel 7'));
  });

  it('does nothing after cancel', async () => {
    const run = vi.fn(async () => 'x');
    const runner = createLatestRunner({ delayMs: 300, run, onResult: vi.fn(), onError: vi.fn() });
    runner.schedule(1);
    runner.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).not.toHaveBeenCalled();
  });
});
