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
  const config = loadConfig({ LOG_LEVEL: 'silent' }, { port: 0, ...overrides });
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
  /** Extra request headers this client sends (e.g. its session cookie). */
  headers: Record<string, string>;
}

/**
 * A client acting as one of the demo users. Until accounts land (issue 8) the API has no login and every
 * request reads Exempelkommun, so this client sends no credentials; the accounts issue makes it log in for real.
 * Write tests through this helper so they keep working when login arrives.
 */
export async function signIn(t: TestApp, _email: string = DEMO_USERS.strategist): Promise<Client> {
  const headers: Record<string, string> = {};
  return { headers, gql: (query, variables = {}) => gql(t.baseUrl, query, variables, headers) };
}
