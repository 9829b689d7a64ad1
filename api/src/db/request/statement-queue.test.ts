import { describe, expect, it } from 'vitest';
import { StatementQueue, type StatementResult } from './statement-queue.js';

/** A stand-in for a node-postgres client: answers each statement of a message after a few ms; records messages. */
function fakeClient() {
  let inFlight = 0;
  const client = {
    maxInFlight: 0,
    messages: [] as string[],
    query({ text }: { text: string }): Promise<unknown> {
      if (text === 'throw') throw new Error('thrown at once');
      inFlight += 1;
      client.maxInFlight = Math.max(client.maxInFlight, inFlight);
      client.messages.push(text);
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          inFlight -= 1;
          const statements = text.split('\n;\n');
          if (statements.includes('fail')) return reject(new Error('failed'));
          const results: StatementResult[] = statements.map((sql) => ({ command: 'SELECT', rows: [{ sql }], rowCount: 1 }));
          resolve(results.length === 1 ? results[0] : results);
        }, 3),
      );
    },
  };
  return client;
}

const sqlOf = (result: StatementResult) => result.rows[0]!.sql;

describe('StatementQueue', () => {
  it('sends statements asked for together as one message when all may share, each caller getting its own result', async () => {
    const client = fakeClient();
    const queue = new StatementQueue(client);
    const results = await Promise.all(['a', 'b', 'c'].map((sql) => queue.run(sql, true)));
    expect(results.map(sqlOf)).toEqual(['a', 'b', 'c']);
    expect(client.messages).toEqual(['a\n;\nb\n;\nc']);
  });

  it('sends a statement that may not share alone, in the order asked, one message at a time', async () => {
    const client = fakeClient();
    const queue = new StatementQueue(client);
    const results = await Promise.all([queue.run('a', true), queue.run('write', false), queue.run('b', true), queue.run('c', true)]);
    expect(results.map(sqlOf)).toEqual(['a', 'write', 'b', 'c']);
    expect(client.messages).toEqual(['a', 'write', 'b\n;\nc']);
    expect(client.maxInFlight).toBe(1);
  });

  it('keeps going after a failure: the group that failed gets the error, later statements run', async () => {
    const client = fakeClient();
    const queue = new StatementQueue(client);
    const settled = await Promise.allSettled([queue.run('a', true), queue.run('fail', true), queue.run('alone', false), queue.run('throw', false), queue.run('z', false)]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect((settled[3] as PromiseRejectedResult).reason.message).toBe('thrown at once');
    expect(queue.idle).toBe(true);
  });

  it('refuses an answer with the wrong number of results instead of handing results to the wrong callers', async () => {
    const queue = new StatementQueue({ query: async () => [{ command: 'SELECT', rows: [], rowCount: 0 }] });
    const settled = await Promise.allSettled([queue.run('a', true), queue.run('b', true)]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });
});
