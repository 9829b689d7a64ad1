import type { FastifyRequest } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFastPath } from './fast-path.js';
import { graphqlArmor, MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES } from './limits.js';
import { buildAppSchema } from '../schema.js';

let fastPath: (production: boolean) => ReturnType<typeof createFastPath>;
beforeAll(async () => {
  const schema = await buildAppSchema();
  fastPath = (production) =>
    createFastPath({
      schema,
      validationRules: graphqlArmor({ production }).validationRules,
      introspection: !production,
      formatError: (formatted) => formatted,
      context: async () => ({}),
      finish: async () => undefined,
    });
});

const OVERVIEW = '{ municipality { code supportUnit { totalFte } } }';
const request = (body: unknown, headers: Record<string, string> = {}, method = 'POST') =>
  ({ method, headers: { 'content-type': 'application/json', ...headers }, body }) as unknown as FastifyRequest;

describe('the GraphQL fast path takes the common case and leaves the rest to Apollo', () => {
  it('takes a POST of JSON with a valid document, as Apollo would answer it', () => {
    const plan = fastPath(false).plan(request({ query: OVERVIEW }));
    expect(plan?.operation.operation).toBe('query');
    expect(plan?.contentType).toBe('application/json; charset=utf-8');
    // What the dashboard (Apollo Client 4) sends: its library in `extensions`, and an Accept header that Apollo answers
    // with application/graphql-response+json.
    const dashboardBody = { query: OVERVIEW, variables: {}, extensions: { clientLibrary: { name: '@apollo/client', version: '4.3.8' } } };
    const fromDashboard = fastPath(false).plan(request(dashboardBody, { accept: 'application/graphql-response+json,application/json;q=0.9' }));
    expect(fromDashboard?.contentType).toBe('application/graphql-response+json; charset=utf-8');
    expect(fastPath(false).plan(request({ query: OVERVIEW }, { 'content-type': 'application/json; charset=utf-8' }))).toBeDefined();
    // A mutation, variables that coerce, the operation named among several.
    expect(fastPath(false).plan(request({ query: 'mutation { logout }' }))?.operation.operation).toBe('mutation');
    const withVariables = 'query Q($first: Int) { municipality { schoolUnits(first: $first) { totalCount } } }';
    expect(fastPath(false).plan(request({ query: withVariables, variables: { first: 5 } }))?.variables).toEqual({ first: 5 });
    // Defaults are written out (graphql-jit would refuse a missing non-null variable even with one).
    expect(fastPath(false).plan(request({ query: 'query Q($first: Int! = 7, $year: Int) { municipality { schoolUnits(first: $first, year: $year) { totalCount } } }' }))?.variables).toEqual({ first: 7 });
    const two = `query A { me { email } } query B ${OVERVIEW}`;
    expect(fastPath(false).plan(request({ query: two, operationName: 'B' }))?.operation.name?.value).toBe('B');
  });

  it.each([
    ['a GET', request(undefined, {}, 'GET')],
    ['a text/plain POST (CSRF prevention is Apollo’s)', request({ query: OVERVIEW }, { 'content-type': 'text/plain' })],
    ['a POST without content type', request({ query: OVERVIEW }, { 'content-type': '' })],
    ['a batch', request([{ query: OVERVIEW }])],
    ['a body without a query', request({ variables: {} })],
    ['a persisted query (APQ)', request({ query: OVERVIEW, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } })],
    ['extensions that are not an object', request({ query: OVERVIEW, extensions: 'x' })],
    ['variables as a string', request({ query: OVERVIEW, variables: '{}' })],
    ['a syntax error', request({ query: '{ municipality { ' })],
    ['an unknown field', request({ query: '{ municipality { nope } }' })],
    ['a query past graphql-armor’s depth limit', request({ query: `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(MAX_DEPTH)} name ${'} '.repeat(MAX_DEPTH)} } } } }` })],
    ['an alias bomb', request({ query: `{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }` })],
    ['too many directives', request({ query: `{ me ${'@include(if: true) '.repeat(MAX_DIRECTIVES + 1)}{ id } }` })],
    ['a too costly query', request({ query: `{ municipality { schoolUnits(first: 500) { nodes { ${'code name '.repeat(20)} } } } }` })],
    ['variables that do not coerce', request({ query: 'query Q($first: Int) { municipality { schoolUnits(first: $first) { totalCount } } }', variables: { first: 'many' } })],
    ['a missing required variable', request({ query: 'query Q($id: ID!) { schoolUnit(id: $id) { code } }' })],
    ['an operation name the document lacks', request({ query: 'query A { me { email } }', operationName: 'B' })],
    ['several operations and no name', request({ query: 'query A { me { email } } query B { me { name } }' })],
    ['an Accept header Apollo refuses (406)', request({ query: OVERVIEW }, { accept: 'text/html' })],
  ])('leaves %s to Apollo', (_what, req) => {
    expect(fastPath(false).plan(req)).toBeUndefined();
  });

  it('takes what is just inside the limits', () => {
    expect(fastPath(false).plan(request({ query: `{ ${Array.from({ length: MAX_ALIASES }, (_, i) => `a${i}: me { id }`).join(' ')} }` }))).toBeDefined();
  });

  it('leaves introspection to Apollo in production, where Apollo refuses it', () => {
    const introspection = request({ query: '{ __schema { queryType { name } } }' });
    expect(fastPath(false).plan(introspection)).toBeDefined();
    expect(fastPath(true).plan(introspection)).toBeUndefined();
    expect(fastPath(true).plan(request({ query: '{ __typename }' }))).toBeDefined();
  });
});
