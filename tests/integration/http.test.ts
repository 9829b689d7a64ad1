import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditServer } from 'graphql-http';
import { INTERNAL_MESSAGE } from '../../api/src/graphql/errors.js';
import { gql, signIn, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('the HTTP server', () => {
  it('answers /healthz and /readyz with a request id of its own (never the client’s)', async () => {
    const health = await fetch(`${t.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.baseUrl}/readyz`, { headers: { 'x-request-id': 'test-request-42' } });
    expect(ready.status).toBe(200);
    expect(ready.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const generated = await fetch(`${t.baseUrl}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('follows the GraphQL-over-HTTP specification (no error-level finding of graphql-http’s audit, CSRF prevention on)', async () => {
    // Two of the audit's requests ask `__type(name: …)`: introspection, which production (the default) refuses by
    // design, so the transport is audited on a development instance and production's refusals are pinned to those.
    const development = await startTestApp({ production: false });
    try {
      const results = await auditServer({ url: `${development.baseUrl}/graphql` });
      expect(results.flatMap((r) => (r.status === 'error' ? [`${r.name}: ${r.reason}`] : []))).toEqual([]);
    } finally {
      await development.close();
    }
    const production = await auditServer({ url: `${t.baseUrl}/graphql` });
    expect(production.filter((r) => r.status === 'error').map((r) => r.name)).toEqual([
      'MUST accept utf-8 encoded request',
      'MUST allow map {variables} parameter when accepting application/json',
    ]);
  });

  it('reports a syntax error as a request error, not a crash', async () => {
    const { status, errors } = await gql(t.baseUrl, '{ municipality { ');
    expect(status).toBe(400);
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('reports an unknown field as a validation error', async () => {
    const { status, errors } = await gql(t.baseUrl, '{ municipality { nope } }');
    expect(status).toBe(400);
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names the variable of a badly typed variable', async () => {
    const { errors } = await gql(t.baseUrl, 'query Q($first: Int) { municipality { schoolUnits(first: $first) { totalCount } } }', {
      first: 'many',
    });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('answers 404 with JSON for unknown API paths', async () => {
    const response = await fetch(`${t.baseUrl}/no-such-endpoint`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
  });
});

describe('when the database breaks underneath', () => {
  it('hides SQL and internals behind INTERNAL_SERVER_ERROR, and /readyz still answers', async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    await client.query('ALTER TABLE support_post RENAME TO support_post_gone');
    const { headers } = await signIn(t);
    try {
      const response = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ municipality { supportUnit { posts { title } } } }' }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(body.errors[0]!.message).toBe(INTERNAL_MESSAGE);
      expect(text).not.toMatch(/support_post|relation|select|stack|at \w+ \(/i);
    } finally {
      await client.query('ALTER TABLE support_post_gone RENAME TO support_post');
      await client.end();
    }
  });
});
