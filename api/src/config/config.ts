import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so that it holds for src/ (vite-node) and dist/ (node). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  /** A PostgreSQL connection string; when absent the app runs an embedded server. */
  databaseUrl: string | undefined;
  host: string;
  port: number;
  logLevel: LogLevel;
  production: boolean;
  /** Where the embedded PostgreSQL keeps its data between runs. */
  embeddedDataDir: string;
  /** The built dashboard that the API serves at `/`; absent folder means API only. */
  dashboardDir: string;
  /** Seed the demo municipality when the database has no municipality yet. */
  seedDemoWhenEmpty: boolean;
  demoPassword: string;
  /** Report the number of SQL statements a GraphQL request ran in its response's `extensions.sqlStatements`. */
  exposeQueryCount: boolean;
  /**
   * Run the common case of /graphql without Apollo Server's request pipeline (graphql/fast-path.ts). On by default;
   * off only to compare the two (tests, pnpm bench).
   */
  graphqlFastPath: boolean;
  /**
   * Behind a load balancer or reverse proxy: take the client's address from X-Forwarded-For, so the per-IP login
   * limit counts clients, not the proxy.
   */
  trustProxy: boolean;
  /** How long a login lasts before the user must sign in again. */
  sessionTtlHours: number;
  /**
   * log2 of scrypt's cost N for new password hashes (15 → N = 32768, 32 MiB each). Verification reads the cost
   * stored in each hash, so lowering it (the tests use a cheaper but real setting) never locks anyone out.
   */
  passwordScryptLog2N: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parsePort(variable: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(variable, `must be a whole number 0–65535, got "${raw}"`);
  }
  return port;
}

function parseBoolean(variable: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(variable, `must be true or false, got "${raw}"`);
}

function parseInteger(variable: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(variable, `must be a whole number ${min}–${max}, got "${raw}"`);
  }
  return value;
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a valid URL (expected postgres://user@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://, got "${url.protocol}"`);
  }
  return raw;
}

/** The one place that reads the environment. Everything else receives an AppConfig. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  return {
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    host: env.HOST || '127.0.0.1',
    port: parsePort('PORT', env.PORT, 3000),
    logLevel,
    production: env.NODE_ENV === 'production',
    embeddedDataDir: path.resolve(env.LIKVARD_DATA_DIR || path.join(repoRoot, '.data', 'pg')),
    dashboardDir: path.resolve(env.DASHBOARD_DIR || path.join(repoRoot, 'dashboard', 'dist')),
    seedDemoWhenEmpty: parseBoolean('SEED_DEMO', env.SEED_DEMO, true),
    demoPassword: env.DEMO_PASSWORD || 'likvard-demo',
    exposeQueryCount: parseBoolean('EXPOSE_SQL_STATEMENTS', env.EXPOSE_SQL_STATEMENTS, false),
    graphqlFastPath: parseBoolean('GRAPHQL_FAST_PATH', env.GRAPHQL_FAST_PATH, true),
    trustProxy: parseBoolean('TRUST_PROXY', env.TRUST_PROXY, false),
    sessionTtlHours: parseInteger('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12, 1, 24 * 30),
    // Never below 2^15 outside tests: that is the memory-hard floor the security review asked for.
    passwordScryptLog2N: 15,
    ...overrides,
  };
}
