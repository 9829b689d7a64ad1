/**
 * `pnpm bench` (or `pnpm bench --quick`): figures measured side by side in one run, so that a noisy shared machine
 * moves both sides of a ratio alike. Runs alternate (API first, then the floor first) and repeat; medians are reported.
 *   1. Throughput of the overview query through the whole app (Fastify + Apollo + type-graphql + MikroORM, signed in,
 *      one transaction under row-level security) against a bare node:http + pg server running the same SQL.
 *   2. SQL statements per request of the main queries, on the demo data and on the national data set.
 *   3. Latency p50/p95 of the overview and of evaluateScenario at 10 concurrent connections (every response's latency
 *      recorded), demo and national; evaluateScenario next to the engine alone on a synthetic input of the same size.
 *   4. The scenario engine at 20, 2,000 and 16,000 school units: time and memory.
 *   5. The dashboard bundle: largest chunk and total, gzip.
 * Prints one table and writes bench/results.json. Uses DATABASE_URL's server if set, else an embedded one.
 * BENCH_SECONDS (default 5) per load run, BENCH_ROUNDS (default 3); --quick = 2 s and one round; --demo-only stops
 * after the demo comparison (to try an optimisation).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import { nationalUserEmail } from '../seeds/src/national.js';
import { buildApp, type App } from '../api/src/app.js';
import { loadConfig, repoRoot } from '../api/src/config/config.js';
import { startEmbeddedPostgres } from '../api/src/db/embedded-postgres.js';
import { loadNational } from '../api/src/seed/national-seed.js';
import { DEFAULT_ASSUMPTIONS, evaluate, prepareBase, type MunicipalityInput } from '../api/src/model/index.js';
import { demoInput, syntheticInput } from '../api/src/model/fixtures.js';
import { OVERVIEW, QUERIES } from './queries.js';
import { runSensitivityBench } from './sensitivity-bench.js';

const QUICK = process.argv.includes('--quick');
/** Only the demo's API-vs-floor comparison: for trying an optimisation quickly. */
const DEMO_ONLY = process.argv.includes('--demo-only');
const DURATION_S = Number(process.env.BENCH_SECONDS ?? (QUICK ? 2 : 5));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const CONNECTIONS = 10;
const PASSWORD = 'likvard-demo';

/** The demo case "Minska CMiT med en tjänst" (schema/examples.graphql), with what a decision page shows. */
const EVALUATE = `query EvaluateScenario($postId: ID!) {
  evaluateScenario(input: { name: "Minska CMiT med en tjänst", baseYear: 2026, horizonYears: 3,
    levers: [{ changePostFte: { postId: $postId, deltaFte: -1.0, fromYear: 2027 } }] }) {
    summary { year grossSavingSek shiftedCostSek netSavingSek supportFteScenario peoplePerFteScenario supportUtilisation supportState
      expectedWaitHours schoolsMovedBelowThreshold goalsAtRisk }
    risks { area likelihood consequence score explanation }
    equityBase { meanIndex gini schoolsBelowThreshold } equityScenario { meanIndex gini schoolsBelowThreshold }
    schoolsMovingMost(first: 5) { school { name } change }
    series { year netSavingSek capacity { serviceArea baseHours scenarioHours } }
    goalsAtRisk { subGoalCode title capacityLossShare }
  } }`;


const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

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

/**
 * The statements the API runs for OVERVIEW, answered by hand for one municipality: no framework, no GraphQL, no ORM,
 * no session, no transaction. The floor a GraphQL layer cannot beat.
 */
function bareServer(pool: pg.Pool, municipalityCode: string): http.Server {
  return http.createServer(async (_req, res) => {
    try {
      const municipality = (await pool.query('SELECT id, code, name, budget_year FROM municipality WHERE code = $1 LIMIT 1', [municipalityCode])).rows[0];
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
            budgetYear: municipality.budget_year,
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
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
}

/** Signs in and returns the session cookie: every request of the API is a signed-in one. */
async function sessionCookie(appUrl: string, email: string): Promise<string> {
  const response = await fetch(`${appUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "${PASSWORD}") { id } }` }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('likvard_session='));
  if (!cookie) throw new Error(`bench could not log in as ${email}: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

/**
 * CPU time so far of every PostgreSQL process on this machine, µs by pid (Linux /proc; null elsewhere). The
 * database's work is half of a request's cost and shares the machine's cores with the server: it counts as much as
 * the node side.
 */
function postgresCpuUs(): Map<string, number> | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const byPid = new Map<string, number>();
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      // Fields after "pid (comm) ": state is the first, utime and stime the 12th and 13th; USER_HZ is 100 on Linux.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byPid.set(pid, (Number(fields[11]) + Number(fields[12])) * 10_000);
    } catch {
      // The process ended while we looked.
    }
  }
  return byPid;
}

/** PostgreSQL CPU between two samples: processes that ended in between drop out (their last stretch uncounted). */
function postgresCpuBetween(before: Map<string, number> | null, after: Map<string, number> | null): number | null {
  if (!before || !after) return null;
  let us = 0;
  for (const [pid, total] of after) us += total - (before.get(pid) ?? 0);
  return us;
}

interface LoadRun {
  rps: number;
  /**
   * This process's CPU time per request, µs: less sensitive to a busy machine than throughput. The server under test
   * and autocannon share the process, so both sides carry the same load generator's share.
   */
  cpuUsPerRequest: number;
  /** PostgreSQL's CPU time per request, µs (every postgres process of the machine, so only on a quiet one exact). */
  postgresCpuUsPerRequest: number | null;
  p50: number;
  p95: number;
  errors: number;
}

/** One autocannon run; every response's latency is recorded (autocannon itself reports p97.5, not p95). */
async function load(url: string, seconds: number, cookie?: string, body: string = JSON.stringify({ query: OVERVIEW })): Promise<LoadRun> {
  const latencies: number[] = [];
  const postgresBefore = postgresCpuUs();
  const cpuBefore = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body,
        connections: CONNECTIONS,
        duration: seconds,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const cpu = process.cpuUsage(cpuBefore);
  const postgresUs = postgresCpuBetween(postgresBefore, postgresCpuUs());
  latencies.sort((a, b) => a - b);
  return {
    rps: round(result.requests.total / seconds, 0),
    cpuUsPerRequest: round((cpu.user + cpu.system) / Math.max(1, result.requests.total), 0),
    postgresCpuUsPerRequest: postgresUs === null ? null : round(postgresUs / Math.max(1, result.requests.total), 0),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    errors: result.errors + result.non2xx,
  };
}

interface Comparison {
  api: LoadRun;
  bare: LoadRun;
  ratio: number;
  ratios: number[];
}

/** Alternates API and floor ROUNDS times (who goes first swaps each round) and takes medians. */
async function compare(appUrl: string, cookie: string, bareUrl: string): Promise<Comparison> {
  // GraphQL errors come back as HTTP 200: make sure both sides answer the same, correct data before timing them.
  const [fromApi, fromBare] = await Promise.all([
    fetch(`${appUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: OVERVIEW }) }).then((r) => r.json()),
    fetch(bareUrl, { method: 'POST' }).then((r) => r.json()),
  ]);
  if (JSON.stringify(fromApi) !== JSON.stringify(fromBare)) throw new Error(`API and floor disagree:\n${JSON.stringify(fromApi)}\n${JSON.stringify(fromBare)}`);
  // The API's code paths need a few seconds of JIT warm-up before they reach steady state; the floor's far less.
  await load(`${appUrl}/graphql`, Math.max(2, DURATION_S), cookie);
  await load(bareUrl, 1);
  const apiRuns: LoadRun[] = [];
  const bareRuns: LoadRun[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2 === 0) {
      apiRuns.push(await load(`${appUrl}/graphql`, DURATION_S, cookie));
      bareRuns.push(await load(bareUrl, DURATION_S));
    } else {
      bareRuns.push(await load(bareUrl, DURATION_S));
      apiRuns.push(await load(`${appUrl}/graphql`, DURATION_S, cookie));
    }
    const cost = (run: LoadRun) => `${run.rps} req/s, CPU per request ${run.cpuUsPerRequest} µs node + ${run.postgresCpuUsPerRequest ?? '?'} µs PostgreSQL`;
    log(`round ${r + 1}: API ${cost(apiRuns.at(-1)!)}; bare ${cost(bareRuns.at(-1)!)}`);
  }
  const med = (runs: LoadRun[]): LoadRun => ({
    rps: median(runs.map((x) => x.rps)),
    cpuUsPerRequest: median(runs.map((x) => x.cpuUsPerRequest)),
    postgresCpuUsPerRequest: runs.some((x) => x.postgresCpuUsPerRequest === null) ? null : median(runs.map((x) => x.postgresCpuUsPerRequest!)),
    p50: median(runs.map((x) => x.p50)),
    p95: median(runs.map((x) => x.p95)),
    errors: runs.reduce((s, x) => s + x.errors, 0),
  });
  const ratios = apiRuns.map((a, i) => round(a.rps / bareRuns[i]!.rps));
  return { api: med(apiRuns), bare: med(bareRuns), ratio: median(ratios), ratios };
}

/** SQL statements per request of each main query (the counting app reports them in `extensions.sqlStatements`). */
async function statementCounts(appUrl: string, cookie: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const postId = await firstPostId(appUrl, cookie);
  const operations: [string, string, Record<string, unknown>?][] = [
    ...Object.entries(QUERIES).map(([name, query]) => [name, query] as [string, string]),
    ['evaluateScenario', EVALUATE, { postId }],
  ];
  for (const [name, query, variables] of operations) {
    const response = await fetch(`${appUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: unknown[]; extensions?: { sqlStatements?: number } };
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    counts[name] = body.extensions?.sqlStatements ?? NaN;
  }
  return counts;
}

/** The first support post of the signed-in user's municipality: the demo case cuts it. */
async function firstPostId(appUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${appUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: OVERVIEW }) });
  const body = (await response.json()) as { data: { municipality: { supportUnit: { posts: { id: string }[] } } } };
  return body.data.municipality.supportUnit.posts[0]!.id;
}

/** evaluateScenario through the whole API at 10 connections: throughput and p50/p95 (one run of DURATION_S after a warm-up). */
async function evaluateLoad(appUrl: string, cookie: string): Promise<LoadRun> {
  const body = JSON.stringify({ query: EVALUATE, variables: { postId: await firstPostId(appUrl, cookie) } });
  const check = (await (await fetch(`${appUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body })).json()) as { errors?: unknown };
  if (check.errors) throw new Error(`evaluateScenario: ${JSON.stringify(check.errors)}`);
  await load(`${appUrl}/graphql`, Math.max(2, DURATION_S / 2), cookie, body);
  return load(`${appUrl}/graphql`, DURATION_S, cookie, body);
}

/** The engine's latency for one municipality: prepareBase + evaluate of the demo's cut, repeated; p50/p95. */
function engineLatency(input: MunicipalityInput, runs: number): { p50: number; p95: number } {
  const scenario = { baseYear: 2026, horizonYears: 3, levers: [{ kind: 'changePostFte' as const, postId: input.supportUnit.posts[0]!.id, deltaFte: -1 }] };
  evaluate(prepareBase(input, DEFAULT_ASSUMPTIONS), scenario);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    evaluate(prepareBase(input, DEFAULT_ASSUMPTIONS), scenario);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

/** The engine alone at a size: prepareBase once, evaluate median of several runs, and the heap both keep alive. */
function engineAt(n: number, runs: number) {
  const input = syntheticInput(n, 42);
  const scenario = { baseYear: 2026, horizonYears: 10, levers: [{ kind: 'changePostFte' as const, postId: input.supportUnit.posts[0]!.id, deltaFte: -1 }] };
  const before = heapMb();
  const t0 = performance.now();
  const prepared = prepareBase(input, DEFAULT_ASSUMPTIONS);
  const prepareMs = performance.now() - t0;
  const result = evaluate(prepared, scenario);
  const heldMb = heapMb() - before;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    evaluate(prepared, scenario);
    times.push(performance.now() - t);
  }
  void result;
  return { schoolUnits: n, prepareMs: round(prepareMs, 1), evaluateMs: round(median(times), 1), heapMb: gc ? round(heldMb, 1) : null };
}

function bundleFigures() {
  const assets = path.join(repoRoot, 'dashboard', 'dist', 'assets');
  if (!fs.existsSync(assets)) return null;
  const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const sizes = files.map((f) => ({ file: f, gzip: zlib.gzipSync(fs.readFileSync(path.join(assets, f))).length }));
  const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return { totalGzipKb: Math.round(sizes.reduce((s, x) => s + x.gzip, 0) / 1024), largestChunk: largest.file, largestGzipKb: Math.round(largest.gzip / 1024) };
}

// ---------------------------------------------------------------------------------------------------------------
const database = await prepareDatabase();
let app: App | undefined;
let counting: App | undefined;
const pool = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });
try {
  // GRAPHQL_FAST_PATH=false measures every request through Apollo Server's pipeline (docs/scaling.md compares them).
  const appEnv = { LOG_LEVEL: 'silent', GRAPHQL_FAST_PATH: process.env.GRAPHQL_FAST_PATH };
  app = await buildApp(loadConfig(appEnv), database.url);
  // A second instance reports statement counts; the measured one runs without that plugin, as production does.
  counting = await buildApp(loadConfig(appEnv, { exposeQueryCount: true, seedDemoWhenEmpty: false }), database.url);
  const appUrl = await app.server.listen({ host: '127.0.0.1', port: 0 });
  const countingUrl = await counting.server.listen({ host: '127.0.0.1', port: 0 });

  // Demo data: Exempelkommun, 20 school units.
  log('demo data: overview, API vs bare');
  const demoCookie = await sessionCookie(appUrl, 'politiker@exempelkommun.se');
  const demoBare = bareServer(pool, '9901');
  if (process.env.BENCH_PROFILE) {
    // A CPU profile of this process during one API run (autocannon runs here too: read by package).
    const { Session } = await import('node:inspector/promises');
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    await load(`${appUrl}/graphql`, DURATION_S, demoCookie);
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
    session.disconnect();
  }
  const demo = await compare(appUrl, demoCookie, await listen(demoBare));
  demoBare.close();
  log('demo data: evaluateScenario');
  const demoEvaluate = await evaluateLoad(appUrl, await sessionCookie(appUrl, 'strateg@exempelkommun.se'));
  const demoStatements = await statementCounts(countingUrl, await sessionCookie(countingUrl, 'strateg@exempelkommun.se'));
  if (DEMO_ONLY) {
    process.stdout.write(`${JSON.stringify({ demo, demoStatements }, null, 2)}\n`);
  } else {
    await nationalAndRest(demo, demoEvaluate, demoStatements);
  }
} finally {
  await pool.end();
  await counting?.close();
  await app?.close();
  await database.stop();
}

/** Everything after the demo comparison: the national data set, the engine, the bundle; prints and writes results. */
async function nationalAndRest(demo: Comparison, demoEvaluate: LoadRun, demoStatements: Record<string, number>): Promise<void> {
  const appUrl = `http://127.0.0.1:${(app!.server.server.address() as { port: number }).port}`;
  const countingUrl = `http://127.0.0.1:${(counting!.server.server.address() as { port: number }).port}`;

  // The national data set next to the demo; then its largest municipality.
  log('loading the national data set');
  const national = await loadNational(database.url, { password: PASSWORD, scryptLog2N: 15 });
  log(`loaded ${national.totalRows} rows in ${national.milliseconds} ms`);
  const { rows } = await pool.query<{ code: string; units: number }>(
    `SELECT m.code, count(*)::int AS units FROM municipality m JOIN school_unit u ON u.municipality_id = m.id
      WHERE m.code NOT IN ('9901', '9902') GROUP BY m.code ORDER BY units DESC, m.code LIMIT 1`,
  );
  const largest = rows[0]!;
  log(`national data: overview of the largest municipality (${largest.code}, ${largest.units} units), API vs bare`);
  const nationalCookie = await sessionCookie(appUrl, nationalUserEmail(largest.code));
  const nationalBare = bareServer(pool, largest.code);
  const nat = await compare(appUrl, nationalCookie, await listen(nationalBare));
  nationalBare.close();
  log('national data: evaluateScenario');
  const nationalEvaluate = await evaluateLoad(appUrl, nationalCookie);
  const nationalStatements = await statementCounts(countingUrl, await sessionCookie(countingUrl, nationalUserEmail(largest.code)));
  // The demo again, now that the database holds the whole country: must be the same count as before.
  const demoStatementsAfter = await statementCounts(countingUrl, await sessionCookie(countingUrl, 'strateg@exempelkommun.se'));

  log('scenario engine');
  const engineRuns = QUICK ? 3 : 7;
  const engineLatencyDemo = engineLatency(demoInput(), QUICK ? 20 : 100);
  const engineLatencyNational = engineLatency(syntheticInput(largest.units, 42), QUICK ? 5 : 21);
  const engine = [20, 2_000, 16_000].map((n) => engineAt(n, engineRuns));
  log('sensitivity analysis');
  const sensitivity = runSensitivityBench(QUICK ? 3 : 7);

  const results = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, loadAverage: os.loadavg().map((x) => round(x)) },
    durationSeconds: DURATION_S,
    rounds: ROUNDS,
    connections: CONNECTIONS,
    overview: {
      target: 0.45,
      demo: { municipality: '9901', schoolUnits: 20, ...demo },
      national: { municipality: largest.code, schoolUnits: largest.units, ...nat },
    },
    sqlStatements: { demo: demoStatements, national: nationalStatements, demoWithNationalLoaded: demoStatementsAfter },
    nationalLoad: national,
    evaluateScenario: {
      note: 'through the API at 10 connections; engine = prepareBase + evaluate in-process, one call at a time, demo input and a synthetic input of the same size',
      demo: { api: demoEvaluate, engine: engineLatencyDemo },
      national: { schoolUnits: largest.units, api: nationalEvaluate, engine: engineLatencyNational },
    },
    engine,
    sensitivity,
    bundle: bundleFigures(),
  };
  fs.writeFileSync(path.join(repoRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const table: string[][] = [['measure', 'API', 'bare floor', 'ratio', 'notes']];
  for (const [label, c] of [
    ['overview demo (9901, 20 units)', demo],
    [`overview national (${largest.code}, ${largest.units} units)`, nat],
  ] as const) {
    table.push([`${label} req/s`, `${c.api.rps}`, `${c.bare.rps}`, `${c.ratio}×`, `target ≥ 0.45× ${c.ratio >= 0.45 ? 'met' : 'NOT MET'}; rounds ${c.ratios.join(' ')}`]);
    table.push([`  node CPU µs per request`, `${c.api.cpuUsPerRequest}`, `${c.bare.cpuUsPerRequest}`, `${round(c.bare.cpuUsPerRequest / c.api.cpuUsPerRequest)}×`, 'server + autocannon, this process']);
    if (c.api.postgresCpuUsPerRequest !== null && c.bare.postgresCpuUsPerRequest !== null) {
      table.push([
        `  PostgreSQL CPU µs per request`,
        `${c.api.postgresCpuUsPerRequest}`,
        `${c.bare.postgresCpuUsPerRequest}`,
        `${round(c.bare.postgresCpuUsPerRequest / c.api.postgresCpuUsPerRequest)}×`,
        'all postgres processes of the machine',
      ]);
    }
    table.push([`  latency p50 / p95 ms`, `${c.api.p50} / ${c.api.p95}`, `${c.bare.p50} / ${c.bare.p95}`, `${round(c.api.p50 / c.bare.p50)}× / ${round(c.api.p95 / c.bare.p95)}×`, `${CONNECTIONS} connections, errors ${c.api.errors + c.bare.errors}`]);
  }
  for (const [label, run, engineRun] of [
    ['evaluateScenario demo', demoEvaluate, engineLatencyDemo],
    [`evaluateScenario national (${largest.code})`, nationalEvaluate, engineLatencyNational],
  ] as const) {
    table.push([`${label} req/s`, `${run.rps}`, '', '', `errors ${run.errors}; CPU ${run.cpuUsPerRequest} µs node + ${run.postgresCpuUsPerRequest ?? '?'} µs PostgreSQL per request`]);
    table.push([`  latency p50 / p95 ms`, `${run.p50} / ${run.p95}`, `engine ${engineRun.p50} / ${engineRun.p95}`, `${round(run.p50 / engineRun.p50, 1)}× / ${round(run.p95 / engineRun.p95, 1)}×`, 'API vs engine alone (in-process)']);
  }
  for (const name of [...Object.keys(QUERIES), 'evaluateScenario']) {
    const d = demoStatements[name]!;
    const n = nationalStatements[name]!;
    table.push([`SQL statements ${name}`, `demo ${d}`, `national ${n}`, `${round(n / d)}×`, d === n && demoStatementsAfter[name] === d ? 'same at both sizes' : 'DIFFERS']);
  }
  const base = engine[0]!;
  for (const e of engine) {
    table.push([
      `engine ${e.schoolUnits} units, 10 years`,
      `prepare ${e.prepareMs} ms`,
      `evaluate ${e.evaluateMs} ms`,
      `${round(e.evaluateMs / base.evaluateMs, 1)}× of 20`,
      e.heapMb === null ? 'heap: run with --expose-gc' : `heap held ${e.heapMb} MB`,
    ]);
  }
  for (const run of sensitivity) {
    table.push([
      `sensitivity ${run.units} units`,
      `${run.evaluations} evaluations`,
      `${round(run.medianMs)} ms`,
      `${round(run.perEvaluationMs, 2)} ms each`,
      'full tornado + ranges + break-even, one prepared base',
    ]);
  }
  table.push([
    'national data set load',
    `${national.totalRows} rows`,
    `${round(national.milliseconds / 1000, 1)} s`,
    `${Math.round(national.totalRows / (national.milliseconds / 1000))} rows/s`,
    `${national.municipalities} municipalities, ${national.rows.school_unit} units`,
  ]);
  if (results.bundle) table.push(['dashboard bundle (gzip)', `total ${results.bundle.totalGzipKb} kB`, `largest ${results.bundle.largestGzipKb} kB`, '', results.bundle.largestChunk]);
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)) + 2);
  process.stdout.write(
    `\n${table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('').trimEnd()).join('\n')}\n\n` +
      `${os.cpus().length} CPUs, load average ${results.machine.loadAverage.join(' ')}; ${ROUNDS} round(s) of ${DURATION_S} s per side. Wrote bench/results.json\n`,
  );
}
