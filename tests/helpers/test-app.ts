import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type App } from '../../api/src/app.js';
import { loadConfig, type AppConfig } from '../../api/src/config/config.js';

export interface TestApp {
  app: App;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  databaseUrl: string;
  close(): Promise<void>;
}

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** Makes an empty database of its own on the test server, so test files never see each other's writes. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('serverUrl');
  const name = `likvard_test_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Starts the real app (migrations, demo seed, GraphQL, dashboard) on a random port against a fresh database. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // scrypt at N = 2^13 (8 MiB) instead of production's 2^15: still the real, memory-hard code path, a quarter of the time.
  const config = loadConfig({ LOG_LEVEL: 'silent' }, { port: 0, passwordScryptLog2N: 13, ...overrides });
  const app = await buildApp(config, database.url);
  const address = await app.server.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    baseUrl: address,
    databaseUrl: database.url,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

/** Sends one GraphQL operation over real HTTP, the way a client does. */
export async function gql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
}

export const DEMO_PASSWORD = 'likvard-demo';

/** The demo accounts of the demo seed (password `likvard-demo`). */
export const DEMO_USERS = {
  politician: 'politiker@exempelkommun.se',
  headOfAdministration: 'forvaltningschef@exempelkommun.se',
  strategist: 'strateg@exempelkommun.se',
  admin: 'admin@exempelkommun.se',
  grannbyStrategist: 'strateg@grannby.se',
} as const;

export interface Client {
  /** One GraphQL operation over HTTP as this user. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T> & { status: number }>;
  /** Extra request headers this client sends (its session cookie). */
  headers: Record<string, string>;
  /** The session token of the cookie. */
  token: string;
}

export const SESSION_COOKIE = 'likvard_session';

/** The `name=value` pairs of a response's Set-Cookie headers, with their attributes. */
export function setCookies(response: Response): { name: string; value: string; attributes: string[] }[] {
  return response.headers.getSetCookie().map((line) => {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    const at = pair!.indexOf('=');
    return { name: pair!.slice(0, at), value: pair!.slice(at + 1), attributes };
  });
}

/** Logs in over HTTP; resolves to the raw response so tests can look at its cookie. */
export function postLogin(t: Pick<TestApp, 'baseUrl'>, email: string, password: string = DEMO_PASSWORD, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id email role } }',
      variables: { email, password },
    }),
  });
}

/** A client for a raw session token (e.g. one that has been revoked since). */
export function clientWithToken(t: Pick<TestApp, 'baseUrl'>, token: string): Client {
  const headers = { cookie: `${SESSION_COOKIE}=${token}` };
  return { headers, token, gql: (query, variables = {}) => gql(t.baseUrl, query, variables, headers) };
}

/** Logs in for real as one of the demo users and returns a client that sends the session cookie. */
export async function signIn(t: Pick<TestApp, 'baseUrl'>, email: string = DEMO_USERS.strategist, password: string = DEMO_PASSWORD): Promise<Client> {
  const response = await postLogin(t, email, password);
  const body = (await response.json()) as GraphQLResponse<unknown>;
  const cookie = setCookies(response).find((c) => c.name === SESSION_COOKIE);
  if (!cookie || body.errors) throw new Error(`Could not sign in as ${email}: ${JSON.stringify(body.errors)}`);
  return clientWithToken(t, cookie.value);
}
