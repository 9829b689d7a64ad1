import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../api/src/app.js';
import { loadConfig } from '../../api/src/config/config.js';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

/**
 * The fast path (api/src/graphql/fast-path.ts) must answer exactly as Apollo Server does: the same app twice on one
 * database, one with the fast path and one without, asked the same things.
 */
let fast: TestApp;
let apollo: App;
let apolloUrl: string;
let client: Client;
beforeAll(async () => {
  fast = await startTestApp();
  apollo = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }, { passwordScryptLog2N: 14, seedDemoWhenEmpty: false, graphqlFastPath: false }), fast.databaseUrl);
  apolloUrl = await apollo.server.listen({ host: '127.0.0.1', port: 0 });
  client = await signIn(fast, DEMO_USERS.strategist);
});
afterAll(async () => {
  await apollo?.close();
  await fast?.close();
});

/** Status, content type and body text of one request to each app. */
async function both(body: Record<string, unknown>, headers: Record<string, string> = client.headers) {
  const ask = async (url: string) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
  };
  return { fast: await ask(fast.baseUrl), apollo: await ask(apolloUrl) };
}

const OVERVIEW = '{ municipality { code name budgetYear supportUnit { name totalFte peopleServed annualCostSek posts { id title fte annualCostSek } } } }';

describe('the fast path answers as Apollo Server does', () => {
  it.each([
    ['a query', { query: OVERVIEW }, {}],
    [
      'a query as the dashboard sends it (Apollo Client’s Accept header and extensions)',
      { query: OVERVIEW, variables: {}, extensions: { clientLibrary: { name: '@apollo/client', version: '4.3.8' } } },
      { accept: 'application/graphql-response+json,application/json;q=0.9' },
    ],
    ['a query with variables', { query: 'query Q($first: Int) { municipality { schoolUnits(first: $first) { totalCount nodes { code } } } }', variables: { first: 3 } }, {}],
    ['a non-null variable left to its default', { query: 'query Q($first: Int! = 2, $year: Int = 2025) { municipality { schoolComparison(year: $year, first: $first) { nodes { likaMean } } } }' }, {}],
    ['one operation of several, by name', { query: `query A { me { email } } query B ${OVERVIEW}`, operationName: 'B' }, {}],
    ['a school that is not there (null beside data)', { query: '{ me { email } schoolUnit(id: "00000000-0000-0000-0000-000000000000") { code } }' }, {}],
    ['bad input to a mutation (nothing written)', { query: 'mutation { createBudgetLine(input: { year: 2028, category: DEVICES, kind: FORECAST, amountSek: -5 }) { id } }' }, {}],
    ['a question the role may not ask', { query: '{ users(first: 5) { totalCount } }' }, {}],
  ])('%s', async (_what, body, headers) => {
    const answers = await both(body, { ...client.headers, ...headers });
    expect(answers.fast).toEqual(answers.apollo);
    expect(answers.fast.status).toBe(200);
  });

  it('without a session', async () => {
    const answers = await both({ query: '{ municipality { code } }' }, {});
    expect(answers.fast).toEqual(answers.apollo);
    expect(JSON.parse(answers.fast.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('and a successful mutation commits on both', async () => {
    const set = (value: number) =>
      both({ query: `mutation { setAssumption(id: "hoursPerSupportRequest", value: ${value}, source: "Jämförelse av vägarna") { id value source } }` });
    const answers = await set(1.3);
    expect(answers.fast).toEqual(answers.apollo);
    expect(JSON.parse(answers.fast.body).data.setAssumption.value).toBe(1.3);
    const history = await client.gql<{ assumptionHistory: { nodes: { value: number }[] } }>('{ assumptionHistory(id: "hoursPerSupportRequest", first: 5) { nodes { value } } }');
    expect(history.data!.assumptionHistory.nodes.slice(0, 2).map((n) => n.value)).toEqual([1.3, 1.3]);
  });
});
