import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * `em.getConnection().execute(…)` takes its own pooled connection, outside the request's transaction: it runs as
 * the table owner, so row-level security does not apply, and under load it waits for a connection that the
 * requests in flight hold (a deadlock). Raw SQL in a request goes through `em.execute(…)`, which uses the
 * transaction. Only the readiness probe may do otherwise.
 */
describe('raw SQL in request code', () => {
  it('runs inside the request transaction (em.execute), never on a connection of its own', () => {
    const allowed = new Set(['app.ts']);
    const offenders = sourceFiles(src)
      .map((file) => path.relative(src, file).split(path.sep).join('/'))
      .filter((file) => !allowed.has(file) && /getConnection\(\s*\)\s*\.execute/.test(fs.readFileSync(path.join(src, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
