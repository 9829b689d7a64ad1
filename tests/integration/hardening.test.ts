import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from '../../api/src/graphql/limits.js';
import { DEMO_USERS, gql, postLogin, SESSION_COOKIE, setCookies, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let dev: TestApp;
let prod: TestApp;
let proxied: TestApp;
let client: Client;
beforeAll(async () => {
  // prod: the default configuration, as `pnpm start` runs; dev: NODE_ENV=development (`pnpm dev`); proxied: behind
  // one trusted reverse proxy that terminates HTTPS.
  [dev, prod, proxied] = await Promise.all([startTestApp({ production: false }), startTestApp(), startTestApp({ trustProxy: 1 })]);
  client = await signIn(dev, DEMO_USERS.strategist);
});
afterAll(async () => {
  await Promise.all([dev?.close(), prod?.close(), proxied?.close()]);
});

const post = (t: TestApp, body: string, headers: Record<string, string>) => fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers, body });

describe('CSRF prevention', () => {
  it.each([
    ['a cross-site form post', 'application/x-www-form-urlencoded', 'query=mutation+%7B+logout+%7D'],
    ['a text/plain post', 'text/plain', JSON.stringify({ query: 'mutation { logout }' })],
    ['a multipart form post', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { logout }\r\n--x--'],
  ])('refuses %s (a "simple" request a browser sends cross-site without asking) and runs nothing', async (_what, contentType, body) => {
    const response = await post(dev, body, { 'content-type': contentType, ...client.headers });
    // Fastify refuses content types it has no parser for (415); Apollo's CSRF prevention refuses the rest (400).
    const text = await response.text();
    expect(response.status === 415 || (response.status === 400 && /CSRF|preflight/i.test(text))).toBe(true);
    expect((await client.gql('{ me { email } }')).data).toEqual({ me: { email: DEMO_USERS.strategist } });
  });

  it('refuses a GET query without a preflight-forcing header, and accepts it with one', async () => {
    const url = `${dev.baseUrl}/graphql?query=${encodeURIComponent('{ me { email } }')}`;
    expect((await fetch(url, { headers: client.headers })).status).toBe(400);
    const ok = await fetch(url, { headers: { ...client.headers, 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { me: { email: DEMO_USERS.strategist } } });
  });

  it('never runs a mutation sent by GET', async () => {
    const url = `${dev.baseUrl}/graphql?query=${encodeURIComponent('mutation { logout }')}`;
    const response = await fetch(url, { headers: { ...client.headers, 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
    expect((await client.gql('{ me { email } }')).data).toEqual({ me: { email: DEMO_USERS.strategist } });
  });
});

describe('query limits (graphql-armor)', () => {
  /** Status, code and messages of a refused query, to compare in one expect. */
  const refusal = async (query: string) => {
    const result = await client.gql(query);
    return { status: result.status, code: result.errors?.[0]?.extensions?.code, messages: result.errors?.map((e) => e.message).join('\n') };
  };
  const cleanly = (pattern: RegExp) => ({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED', messages: expect.stringMatching(pattern) });

  it(`refuses a query deeper than ${MAX_DEPTH}`, async () => {
    const deep = Array.from({ length: MAX_DEPTH }).reduce<string>((inner) => `ofType { ${inner} }`, 'name');
    expect(await refusal(`{ __type(name: "Query") { fields { type { ${deep} } } } }`)).toEqual(cleanly(/depth limit of 12/i));
  });

  it(`refuses an alias bomb (more than ${MAX_ALIASES} aliases)`, async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(await refusal(`{ ${aliases} }`)).toEqual(cleanly(/aliases limit/i));
  });

  it(`refuses more than ${MAX_DIRECTIVES} directives`, async () => {
    expect(await refusal(`{ me ${'@include(if: true) '.repeat(MAX_DIRECTIVES + 1)}{ id } }`)).toEqual(cleanly(/directives limit/i));
  });

  it('refuses a too costly query', async () => {
    expect(await refusal(`{ municipality { schoolUnits(first: 500) { nodes { ${'code name '.repeat(20)} } } } }`)).toEqual(cleanly(/cost limit/i));
  });

  it(`refuses a document of more than ${MAX_TOKENS} tokens as a parse error (400, not 500)`, async () => {
    const result = await client.gql(`{ ${'__typename '.repeat(MAX_TOKENS)} }`);
    expect(result.status).toBe(400);
    expect(result.errors![0]!).toMatchObject({ message: expect.stringMatching(/more that 5000 tokens/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('answers a syntax error with 400, not 500', async () => {
    const result = await client.gql('{ me { ');
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('body size', () => {
  it('refuses a 2 MB body on /graphql with 413, anonymous or signed in (files go to /import/<kind>)', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { blob: 'x'.repeat(2 * 1024 * 1024) } });
    expect((await post(dev, body, { 'content-type': 'application/json' })).status).toBe(413);
    expect((await post(dev, body, { 'content-type': 'application/json', ...client.headers })).status).toBe(413);
    expect((await client.gql('{ me { email } }')).data).toEqual({ me: { email: DEMO_USERS.strategist } });
  });

  it('still takes a GraphQL body just under 1 MB', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { blob: 'x'.repeat(1024 * 1024 - 200) } });
    expect((await post(dev, body, { 'content-type': 'application/json' })).status).toBe(200);
  });
});

describe('security headers', () => {
  it('sends a strict CSP and the usual protections with the dashboard and the API', async () => {
    for (const path of ['/', '/graphql?query=%7B__typename%7D', '/healthz']) {
      const response = await fetch(`${dev.baseUrl}${path}`, { headers: { accept: 'text/html', 'apollo-require-preflight': 'true' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });
});

describe('in production (the default; development only with NODE_ENV=development)', () => {
  it('turns introspection off', async () => {
    const result = await gql(prod.baseUrl, '{ __schema { types { name } } }');
    expect(result.status).toBe(400);
    expect(result.errors![0]!.message).toMatch(/introspection/i);
  });

  it('gives no "Did you mean" hints for a misspelled field or argument', async () => {
    const viewer = await signIn(prod, DEMO_USERS.politician);
    for (const query of ['{ municipalty { code } }', '{ municipality { cod } }', '{ municipality { schoolUnits(frist: 1) { totalCount } } }']) {
      const result = await viewer.gql(query);
      expect(result.status).toBe(400);
      expect(result.errors!.map((e) => e.message).join('\n')).not.toMatch(/did you mean/i);
    }
    // In development the hint helps whoever writes the query.
    expect((await client.gql('{ municipality { cod } }')).errors![0]!.message).toMatch(/Did you mean/);
  });

  it('over plain HTTP (a self-hosted install in a LAN): no Secure flag, no HSTS, no upgrade-insecure-requests, so login works', async () => {
    const response = await postLogin(prod, DEMO_USERS.politician);
    const cookie = setCookies(response).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax']));
    expect(cookie.attributes).not.toContain('Secure');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  it('over HTTPS (here: a trusted proxy that terminated it): the cookie is Secure, with HSTS and upgrade-insecure-requests', async () => {
    const response = await postLogin(proxied, DEMO_USERS.politician, undefined, { 'x-forwarded-proto': 'https' });
    const cookie = setCookies(response).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.attributes).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Lax']));
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('believes X-Forwarded-Proto only from a trusted proxy: a client talking to the server directly cannot claim HTTPS', async () => {
    const response = await postLogin(prod, DEMO_USERS.politician, undefined, { 'x-forwarded-proto': 'https' });
    expect(setCookies(response).find((c) => c.name === SESSION_COOKIE)!.attributes).not.toContain('Secure');
  });

  it('refuses a 16-deep introspection query, and answers with its own request id whatever the client sends', async () => {
    const deep = Array.from({ length: 16 }).reduce<string>((inner) => `ofType { ${inner} }`, 'name');
    for (const app of [prod, dev]) {
      const response = await post(app, JSON.stringify({ query: `{ __schema { types { fields { type { ${deep} } } } } }` }), {
        'content-type': 'application/json',
        'x-request-id': 'chosen-by-the-client',
      });
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toMatch(/introspection|depth limit/i);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('hides internals: an unexpected error says nothing about the code', async () => {
    const result = await gql(prod.baseUrl, '{ municipality { code } }');
    expect(result.errors![0]).toEqual({ message: expect.stringMatching(/inte inloggad/), locations: expect.any(Array), path: ['municipality'], extensions: { code: 'UNAUTHENTICATED' } });
    expect(JSON.stringify(result)).not.toMatch(/stack|at \w+ \(|\.ts:/);
  });
});
