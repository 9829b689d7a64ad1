import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('runs with no configuration at all: embedded database, port 3000 on localhost', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: undefined, host: '127.0.0.1', port: 3000, logLevel: 'info', seedDemoWhenEmpty: true, demoPassword: 'likvard-demo', exposeQueryCount: false });
    expect(config.embeddedDataDir).toMatch(/\.data[/\\]pg$/);
  });

  it('behaves as in production unless NODE_ENV=development, trusts no proxy and sets Secure by the request’s scheme', () => {
    expect(loadConfig({})).toMatchObject({ production: true, trustProxy: false, cookieSecure: 'auto' });
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
  });

  it('takes a proxy hop count or the proxies’ addresses, never "trust everyone"', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }).trustProxy).toEqual(['10.0.0.1', '10.1.0.0/16']);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/^TRUST_PROXY: trusting every hop/);
    expect(loadConfig({ COOKIE_SECURE: 'always' }).cookieSecure).toBe('always');
  });

  it('keeps logins 12 hours and hashes passwords with scrypt at N = 2^15 unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ sessionTtlHours: 12, passwordScryptLog2N: 15 });
    expect(loadConfig({ SESSION_TTL_HOURS: '8' }).sessionTtlHours).toBe(8);
  });

  it('reads DATABASE_URL, PORT, HOST and DEMO_PASSWORD', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/likvard', PORT: '8080', HOST: '0.0.0.0', DEMO_PASSWORD: 'x' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@db:5432/likvard', port: 8080, host: '0.0.0.0', demoPassword: 'x' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ EXPOSE_SQL_STATEMENTS: 'perhaps' }, 'EXPOSE_SQL_STATEMENTS'],
    [{ SESSION_TTL_HOURS: '0' }, 'SESSION_TTL_HOURS'],
    [{ TRUST_PROXY: 'perhaps' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
    [{ COOKIE_SECURE: 'sometimes' }, 'COOKIE_SECURE'],
    [{ SESSION_TTL_HOURS: 'a day' }, 'SESSION_TTL_HOURS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}:`));
  });
});
