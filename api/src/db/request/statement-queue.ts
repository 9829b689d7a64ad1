/** A result as node-postgres gives it for one statement. */
export interface StatementResult {
  command: string;
  rows: Record<string, unknown>[];
  rowCount: number | null;
}

/** What the queue needs of a node-postgres client: one simple-protocol query, which may hold several statements. */
export interface SimpleQueryClient {
  query(config: { text: string }): Promise<unknown>;
}

interface Waiting {
  sql: string;
  shareable: boolean;
  resolve(result: StatementResult): void;
  reject(error: unknown): void;
}

/**
 * The one queue of a request's connection: statements run one round trip at a time, in the order they were asked
 * for, and nothing else talks to the connection (node-postgres's own queue is deprecated; pg 9 drops it).
 *
 * Statements asked for together share a round trip when every one of them says it may (`shareable`): they travel
 * as one simple-protocol query of several statements, which PostgreSQL runs in order, answering one result each.
 * The first statement waits one turn of the event loop so that DataLoaders and sibling resolvers, which ask at
 * once, can join it. Nothing here reads the SQL: the caller decides. The request's own transaction makes sharing
 * safe: if a statement of a group fails, PostgreSQL runs none after it and aborts the transaction, so later ones
 * could not have succeeded alone either, and earlier ones' results belong to a transaction that can no longer
 * commit; every caller in the group gets that error. Statements that can recover from an error (inside a savepoint)
 * must not share.
 */
export class StatementQueue {
  private waiting: Waiting[] = [];
  private busy = false;

  constructor(private readonly client: SimpleQueryClient) {}

  run(sql: string, shareable: boolean): Promise<StatementResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ sql, shareable, resolve, reject });
      if (!this.busy) {
        this.busy = true;
        setImmediate(() => this.sendNext());
      }
    });
  }

  /** Whether a round trip is under way or due. */
  get idle(): boolean {
    return !this.busy;
  }

  private sendNext(): void {
    const group = takeGroup(this.waiting);
    if (group.length === 0) {
      this.busy = false;
      return;
    }
    // A newline before each `;`: a statement may end in a `--` comment.
    const text = group.length === 1 ? group[0]!.sql : group.map((w) => w.sql).join('\n;\n');
    let sent: Promise<unknown>;
    try {
      sent = this.client.query({ text });
    } catch (error) {
      sent = Promise.reject(error);
    }
    sent.then(
      (result) => {
        const results = (group.length === 1 ? [result] : result) as StatementResult[];
        if (!Array.isArray(results) || results.length !== group.length) {
          const error = new Error(`${group.length} statements sent together came back as ${Array.isArray(results) ? results.length : 1} results`);
          for (const w of group) w.reject(error);
        } else {
          group.forEach((w, i) => w.resolve(results[i]!));
        }
        this.sendNext();
      },
      (error: unknown) => {
        for (const w of group) w.reject(error);
        this.sendNext();
      },
    );
  }
}

/** The first waiting statement and, if it may share, the ones right after it that may too. */
function takeGroup(waiting: Waiting[]): Waiting[] {
  let n = Math.min(1, waiting.length);
  if (waiting[0]?.shareable) while (n < waiting.length && waiting[n]!.shareable) n++;
  return waiting.splice(0, n);
}
