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
  /**
   * Production behaviour, the default (what `pnpm start` installs): no introspection, no "Did you mean" hints.
   * Development conveniences only with NODE_ENV=development (`pnpm dev`).
   */
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
   * Which proxies in front may tell the client's address and scheme (X-Forwarded-For, X-Forwarded-Proto): none
   * (false, the default: a client could otherwise choose its own address and escape the per-IP login limit), the
   * number of proxy hops in front, or the proxies' addresses (IPs or CIDR ranges).
   */
  trustProxy: false | number | string[];
  /**
   * The session cookie's Secure flag: `auto` (the default) sets it when the request came over HTTPS (directly, or
   * from a trusted proxy that says so), so a self-hosted install on plain HTTP in a LAN can still log in; `always`
   * and `never` decide for every request.
   */
  cookieSecure: 'auto' | 'always' | 'never';
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

function parseTrustProxy(raw: string | undefined): false | number | string[] {
  if (raw === undefined || raw === '' || ['0', 'false', 'no', 'none'].includes(raw.toLowerCase())) return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (['true', 'yes'].includes(raw.toLowerCase())) {
    throw new ConfigError('TRUST_PROXY', 'trusting every hop lets any client choose its own address: give the number of proxies in front (e.g. 1) or their addresses');
  }
  const addresses = raw.split(',').map((part) => part.trim());
  if (addresses.some((address) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(address))) {
    throw new ConfigError('TRUST_PROXY', `must be a number of proxy hops or a comma-separated list of IP addresses or CIDR ranges, got "${raw}"`);
  }
  return addresses;
}

function parseCookieSecure(raw: string | undefined): AppConfig['cookieSecure'] {
  if (raw === undefined || raw === '') return 'auto';
  if (raw === 'auto' || raw === 'always' || raw === 'never') return raw;
  throw new ConfigError('COOKIE_SECURE', `must be auto, always or never, got "${raw}"`);
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
    production: env.NODE_ENV !== 'development',
    embeddedDataDir: path.resolve(env.LIKVARD_DATA_DIR || path.join(repoRoot, '.data', 'pg')),
    dashboardDir: path.resolve(env.DASHBOARD_DIR || path.join(repoRoot, 'dashboard', 'dist')),
    seedDemoWhenEmpty: parseBoolean('SEED_DEMO', env.SEED_DEMO, true),
    demoPassword: env.DEMO_PASSWORD || 'likvard-demo',
    exposeQueryCount: parseBoolean('EXPOSE_SQL_STATEMENTS', env.EXPOSE_SQL_STATEMENTS, false),
    graphqlFastPath: parseBoolean('GRAPHQL_FAST_PATH', env.GRAPHQL_FAST_PATH, true),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    cookieSecure: parseCookieSecure(env.COOKIE_SECURE),
    sessionTtlHours: parseInteger('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12, 1, 24 * 30),
    // Never below 2^15 outside tests: that is the memory-hard floor the security review asked for.
    passwordScryptLog2N: 15,
    ...overrides,
  };
}
