/**
 * `pnpm bench`: figures, measured side by side in one run so that a noisy shared machine moves both sides alike.
 *   1. Throughput of the overview query through the whole app (Fastify + Apollo + type-graphql + MikroORM)
 *      against a bare node:http + pg server that runs the same SQL: the floor a GraphQL layer cannot beat.
 *   2. Latency p50/p95 at 10 concurrent connections.
 *   3. The dashboard bundle: largest chunk and total, gzip.
 * Prints a table and writes bench/results.json. Uses DATABASE_URL's server if set, else an embedded one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '../api/src/app.js';
import { loadConfig, repoRoot } from '../api/src/config/config.js';
import { startEmbeddedPostgres } from '../api/src/db/embedded-postgres.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;

const OVERVIEW = '{ municipality { code name supportUnit { name totalFte peopleServed annualCostSek posts { id title fte annualCostSek } } } }';

async function prepareDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const name = `likvard_bench_${crypto.randomBytes(4).toString('hex')}`;
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => undefined;
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'likvard-bench-'));
    fs.chmodSync(dir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), persistent: false });
    serverUrl = embedded.url;
    stopServer = async () => {
      await embedded.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await stopServer();
    },
  };
}

/** The same statements the API runs for OVERVIEW, answered by hand: no framework, no GraphQL, no ORM. */
function bareServer(databaseUrl: string): { server: http.Server; stop(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer(async (_req, res) => {
    try {
    const municipality = (await pool.query('SELECT id, code, name, budget_year FROM municipality WHERE code = $1 LIMIT 1', ['9901'])).rows[0];
    const unit = (await pool.query('SELECT id, name FROM support_unit WHERE municipality_id = $1 LIMIT 1', [municipality.id])).rows[0];
    const [posts, people] = await Promise.all([
      pool.query('SELECT id, title, fte, annual_cost_sek FROM support_post WHERE support_unit_id = ANY($1) ORDER BY sort_order, title', [[unit.id]]),
      pool.query('SELECT SUM(pupils + teachers + school_leaders) AS people FROM school_year_fact WHERE municipality_id = $1 AND year = $2', [
        municipality.id,
        municipality.budget_year,
      ]),
    ]);
    const postRows = posts.rows.map((p) => ({ id: p.id, title: p.title, fte: Number(p.fte), annualCostSek: Number(p.annual_cost_sek) }));
    const body = JSON.stringify({
      data: {
        municipality: {
          code: municipality.code,
          name: municipality.name,
          supportUnit: {
            name: unit.name,
            totalFte: postRows.reduce((s, p) => s + Math.round(p.fte * 100), 0) / 100,
            peopleServed: Number(people.rows[0].people),
            annualCostSek: postRows.reduce((s, p) => s + p.annualCostSek, 0),
            posts: postRows,
          },
        },
      },
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch {
      res.writeHead(500).end();
    }
  });
  return {
    server,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

/** Logs in as a demo user and returns the session cookie: every request of the API is a signed-in one. */
async function sessionCookie(appUrl: string): Promise<string> {
  const response = await fetch(`${appUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(email: "politiker@exempelkommun.se", password: "likvard-demo") { id } }' }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('likvard_session='));
  if (!cookie) throw new Error(`bench could not log in: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

async function load(url: string, cookie?: string): Promise<{ rps: number; p50: number; p95: number; errors: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: OVERVIEW }),
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    // autocannon reports p97_5 and p99, not p95; p97.5 is the nearest above.
    p95: result.latency.p97_5,
    errors: result.errors + result.non2xx,
  };
}

function bundleFigures() {
  const assets = path.join(repoRoot, 'dashboard', 'dist', 'assets');
  if (!fs.existsSync(assets)) return null;
  const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const sizes = files.map((f) => ({ file: f, gzip: zlib.gzipSync(fs.readFileSync(path.join(assets, f))).length }));
  const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return { totalGzipKb: Math.round(sizes.reduce((s, x) => s + x.gzip, 0) / 1024), largestChunk: largest.file, largestGzipKb: Math.round(largest.gzip / 1024) };
}

const database = await prepareDatabase();
const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), database.url);
const appUrl = await app.server.listen({ host: '127.0.0.1', port: 0 });
const bare = bareServer(database.url);
await new Promise<void>((resolve) => bare.server.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/`;

const cookie = await sessionCookie(appUrl);

// Warm both up, then measure alternately so drift in the machine's load touches both. The API side pays for what a
// real request pays for: the session lookup, and a transaction that sets the row-level security role and tenant.
await load(`${appUrl}/graphql`, cookie);
await load(bareUrl);
const api = await load(`${appUrl}/graphql`, cookie);
const floor = await load(bareUrl);

const results = {
  when: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version },
  durationSeconds: DURATION_S,
  connections: CONNECTIONS,
  overview: { api, bare: floor, ratio: Number((api.rps / floor.rps).toFixed(2)), target: 0.45 },
  bundle: bundleFigures(),
};

await bare.stop();
await app.close();
await database.stop();

fs.writeFileSync(path.join(repoRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const rows = [
  ['overview via API', `${api.rps} req/s`, `p50 ${api.p50} ms`, `p97.5 ${api.p95} ms`, `errors ${api.errors}`],
  ['same SQL, bare node:http + pg', `${floor.rps} req/s`, `p50 ${floor.p50} ms`, `p97.5 ${floor.p95} ms`, `errors ${floor.errors}`],
  ['ratio API / bare', `${results.overview.ratio}×`, `target ≥ 0.45×`, results.overview.ratio >= 0.45 ? 'met' : 'NOT MET', ''],
];
if (results.bundle) rows.push(['dashboard bundle (gzip)', `total ${results.bundle.totalGzipKb} kB`, `largest ${results.bundle.largestGzipKb} kB`, results.bundle.largestChunk, '']);
process.stdout.write(`\n${rows.map((r) => r.map((c, i) => c.padEnd(i === 0 ? 32 : 18)).join('')).join('\n')}\n\nWrote bench/results.json\n`);
