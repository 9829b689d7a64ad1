import { describe, expect, it } from 'vitest';
import { queueQueries } from './request-connection.js';

/** A stand-in for a node-postgres client: answers after `ms`, in either style, and records what overlapped. */
function fakeClient() {
  let inFlight = 0;
  const log: string[] = [];
  const client = {
    maxInFlight: 0,
    log,
    query(...args: unknown[]): unknown {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text;
      if (text === 'throw') throw new Error('thrown at once');
      inFlight += 1;
      client.maxInFlight = Math.max(client.maxInFlight, inFlight);
      log.push(`start ${text}`);
      const callback = args.find((a) => typeof a === 'function') as ((e: unknown, r?: unknown) => void) | undefined;
      const answer = new Promise<{ text: string }>((resolve, reject) =>
        setTimeout(() => {
          inFlight -= 1;
          log.push(`end ${text}`);
          if (text === 'fail') reject(new Error('failed'));
          else resolve({ text });
        }, 5),
      );
      if (!callback) return answer;
      answer.then((r) => callback(null, r), (e: unknown) => callback(e));
      return undefined;
    },
  };
  return client;
}

describe('a connection’s queries run one at a time, in order', () => {
  it('whether asked with a callback (knex) or for a promise (the request’s raw SQL), and through failures', async () => {
    const client = fakeClient();
    queueQueries(client);
    const viaCallback = (text: string) => new Promise((resolve) => client.query({ text }, (error: unknown, result: unknown) => resolve(error ? 'error' : result)));
    const results = await Promise.allSettled([
      client.query({ text: 'a', values: [] }) as Promise<unknown>,
      viaCallback('b'),
      client.query('fail') as Promise<unknown>,
      viaCallback('fail'),
      client.query('throw') as Promise<unknown>,
      viaCallback('c'),
      client.query({ text: 'd' }) as Promise<unknown>,
    ]);
    expect(client.maxInFlight).toBe(1);
    expect(client.log).toEqual(['start a', 'end a', 'start b', 'end b', 'start fail', 'end fail', 'start fail', 'end fail', 'start c', 'end c', 'start d', 'end d']);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      { text: 'a' },
      { text: 'b' },
      'failed',
      'error',
      'thrown at once',
      { text: 'c' },
      { text: 'd' },
    ]);
  });

  it('lets a cursor or stream (a submittable) through as it is', () => {
    const client = fakeClient();
    const submitted: unknown[] = [];
    client.query = (...args: unknown[]) => submitted.push(args[0]);
    queueQueries(client);
    const cursor = { submit: () => undefined };
    client.query(cursor);
    expect(submitted).toEqual([cursor]);
  });
});
