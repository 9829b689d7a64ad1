/**
 * `pnpm bench:explain`: the plans of the statements the main queries run, on a database with the national data set
 * (`pnpm seed:national` first). Captures the exact SQL the API sends for each query as a national municipality's
 * strategist, then runs EXPLAIN (ANALYZE, BUFFERS) on each the way a request does: in a transaction, as the row-level
 * security role, with the tenant set. Prints each statement's scans and execution time; flags sequential scans of
 * tenant tables. EXPLAIN_CODE picks the municipality (default: the one with the most school units).
 */
import pg from 'pg';
import { nationalUserEmail } from '../seeds/src/national.js';
import { buildApp } from '../api/src/app.js';
import { loadConfig } from '../api/src/config/config.js';
import { APP_ROLE, TENANT_SETTING } from '../api/src/db/tenant-rls.js';
import { QUERIES } from './queries.js';


const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('bench:explain needs DATABASE_URL with the national data set loaded (pnpm seed:national)');
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const code =
  process.env.EXPLAIN_CODE ??
  (
    await db.query<{ code: string }>(
      `SELECT m.code FROM municipality m JOIN school_unit u ON u.municipality_id = m.id WHERE m.code NOT IN ('9901', '9902')
        GROUP BY m.code ORDER BY count(*) DESC, m.code LIMIT 1`,
    )
  ).rows[0]?.code;
if (!code) throw new Error('no national municipality: run pnpm seed:national first');
const { rows: [tenant] } = await db.query<{ id: string; units: number }>(
  'SELECT m.id, (SELECT count(*)::int FROM school_unit u WHERE u.municipality_id = m.id) AS units FROM municipality m WHERE code = $1',
  [code],
);
if (!tenant) throw new Error(`no municipality ${code}`);

const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }, { seedDemoWhenEmpty: false }), databaseUrl);
const captured: string[] = [];
const logger = app.orm.config.getLogger();
const platform = app.orm.em.getPlatform();
const original = logger.logQuery.bind(logger);
logger.logQuery = (context) => {
  // The logged SQL has its parameters apart; inline them the way the platform quotes them.
  const sql = context.query ?? '';
  captured.push(context.params?.length ? platform.formatQuery(sql, context.params as unknown[]) : sql);
  original(context);
};
const url = await app.server.listen({ host: '127.0.0.1', port: 0 });
const login = await fetch(`${url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: `mutation { login(email: "${nationalUserEmail(code)}", password: "likvard-demo") { id } }` }),
});
const cookie = login.headers.getSetCookie().find((c) => c.startsWith('likvard_session='))!.split(';')[0]!;

const lines: string[] = [`Municipality ${code}: ${tenant.units} school units. Plans as ${APP_ROLE} under row-level security.`];
const seen = new Set<string>();
const slowest: { ms: number; name: string; sql: string }[] = [];
for (const [name, query] of Object.entries(QUERIES)) {
  captured.length = 0;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
  lines.push('', `## ${name}`);
  for (const sql of captured) {
    if (/^(begin|commit|rollback|savepoint|release)/i.test(sql.trim()) || seen.has(sql)) continue;
    seen.add(sql);
    const isOpen = sql.includes('user_session');
    await db.query('BEGIN');
    try {
      // The session lookup runs as the owner (before the role is set); everything else as the request role.
      if (!isOpen) {
        await db.query(`SELECT set_config('${TENANT_SETTING}', $1, true), set_config('role', '${APP_ROLE}', true)`, [tenant.id]);
      }
      const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`)).rows.map((r) => r['QUERY PLAN']);
      const ms = Number(/Execution Time: ([\d.]+)/.exec(plan.at(-1) ?? '')?.[1] ?? NaN);
      slowest.push({ ms, name, sql });
      const scans = plan.filter((l) => /Scan|Execution Time|Planning Time/.test(l)).map((l) => l.replace(/\s+\(actual.*?\)/, '').trim());
      const seq = scans.filter((l) => /Seq Scan on (school_unit|school_year_fact|budget_line|device_fleet|indicator_value|support_post|municipality_goal_target)\b/.test(l));
      lines.push(`- ${sql.replace(/\s+/g, ' ').slice(0, 160)}${sql.length > 160 ? '…' : ''}`);
      for (const l of scans) lines.push(`    ${l}`);
      if (seq.length) lines.push(`    !! sequential scan of a tenant table`);
    } finally {
      await db.query('ROLLBACK');
    }
  }
}
slowest.sort((a, b) => b.ms - a.ms);
lines.push('', '## slowest statements', ...slowest.slice(0, 5).map((s) => `- ${s.ms} ms (${s.name}): ${s.sql.replace(/\s+/g, ' ').slice(0, 140)}…`));
process.stdout.write(`${lines.join('\n')}\n`);
await app.close();
await db.end();
