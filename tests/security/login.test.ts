/**
 * Logins attacked from outside, over real HTTP against real PostgreSQL: a storm of anonymous wrong logins while a
 * signed-in user reads, wrong passwords for one address all at once, forged X-Forwarded-For headers, and a stranger
 * trying to lock a politician out. Outcomes are asserted (answered, refused, counted), never durations.
 */
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TOO_MANY_ATTEMPTS, WRONG_CREDENTIALS } from '../../api/src/modules/auth/auth.service.js';
import { DEMO_USERS, postLogin, signIn, startTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';

let direct: TestApp;
let proxied: TestApp;
let db: pg.Client;
let proxiedDb: pg.Client;
beforeAll(async () => {
  // direct: the default (no proxy trusted); proxied: behind one trusted reverse proxy that sets X-Forwarded-For.
  [direct, proxied] = await Promise.all([startTestApp(), startTestApp({ trustProxy: 1 })]);
  db = new pg.Client({ connectionString: direct.databaseUrl });
  proxiedDb = new pg.Client({ connectionString: proxied.databaseUrl });
  await Promise.all([db.connect(), proxiedDb.connect()]);
});
afterAll(async () => {
  await Promise.all([db?.end(), proxiedDb?.end()]);
  await Promise.all([direct?.close(), proxied?.close()]);
});
beforeEach(async () => {
  await Promise.all([db.query('DELETE FROM login_failure'), proxiedDb.query('DELETE FROM login_failure')]);
});

const attempt = async (t: TestApp, email: string, password: string, headers: Record<string, string> = {}) =>
  ((await (await postLogin(t, email, password, headers)).json()) as GraphQLResponse<{ login: { email: string } }>);
const messageOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.message;

describe('a login storm', () => {
  it('never keeps a signed-in reader waiting: every read is answered while 40 wrong logins arrive at once', async () => {
    const reader = await signIn(direct, DEMO_USERS.headOfAdministration);
    const storm = Array.from({ length: 40 }, (_, i) => attempt(direct, `storm-${i}@exempelkommun.se`, 'fel-lösenord'));
    const reads = Array.from({ length: 10 }, () => reader.gql<{ municipality: { name: string } }>('{ municipality { name } }'));
    const [stormed, read] = await Promise.all([Promise.all(storm), Promise.all(reads)]);
    expect(read.map((r) => r.data?.municipality.name)).toEqual(Array(10).fill('Exempelkommun'));
    expect(new Set(stormed.map(messageOf))).toEqual(new Set([WRONG_CREDENTIALS]));
  });

  it('checks ten wrong passwords for one address sent at once one after another: five checked, five refused, five counted', async () => {
    const email = DEMO_USERS.strategist;
    const answers = await Promise.all(Array.from({ length: 10 }, () => attempt(direct, email, 'fel-lösenord')));
    expect(answers.filter((a) => messageOf(a) === WRONG_CREDENTIALS)).toHaveLength(5);
    expect(answers.filter((a) => messageOf(a) === TOO_MANY_ATTEMPTS)).toHaveLength(5);
    expect((await db.query('SELECT count(*)::int AS n FROM login_failure WHERE key = $1', [`client:${email}|127.0.0.1`])).rows).toEqual([{ n: 5 }]);
  });
});

describe('X-Forwarded-For', () => {
  it('changes nothing when no proxy is trusted (the default): five forged addresses are still one client', async () => {
    const email = DEMO_USERS.politician;
    for (let i = 0; i < 5; i++) expect(messageOf(await attempt(direct, email, 'fel', { 'x-forwarded-for': `203.0.113.${i}` }))).toBe(WRONG_CREDENTIALS);
    expect(messageOf(await attempt(direct, email, 'likvard-demo', { 'x-forwarded-for': '198.51.100.99' }))).toBe(TOO_MANY_ATTEMPTS);
    const keys = (await db.query<{ key: string }>('SELECT DISTINCT key FROM login_failure ORDER BY key')).rows.map((r) => r.key);
    expect(keys).toEqual([`client:${email}|127.0.0.1`, `email:${email}`, 'ip:127.0.0.1']);
  });

  it('behind a trusted proxy: a stranger’s five wrong passwords lock out the stranger, not the politician', async () => {
    const email = DEMO_USERS.politician;
    const stranger = { 'x-forwarded-for': '203.0.113.66' };
    for (let i = 0; i < 5; i++) expect(messageOf(await attempt(proxied, email, 'fel', stranger))).toBe(WRONG_CREDENTIALS);
    expect(messageOf(await attempt(proxied, email, 'likvard-demo', stranger))).toBe(TOO_MANY_ATTEMPTS);
    const own = await attempt(proxied, email, 'likvard-demo', { 'x-forwarded-for': '198.51.100.7' });
    expect(own.data?.login.email).toBe(email);
  });

  it('behind a trusted proxy: the address’s slower ceiling stops guessing from many addresses', async () => {
    const email = DEMO_USERS.admin;
    for (let i = 0; i < 20; i++) {
      expect(messageOf(await attempt(proxied, email, 'fel', { 'x-forwarded-for': `203.0.113.${100 + i}` }))).toBe(WRONG_CREDENTIALS);
    }
    expect(messageOf(await attempt(proxied, email, 'likvard-demo', { 'x-forwarded-for': '198.51.100.8' }))).toBe(TOO_MANY_ATTEMPTS);
  });
});
