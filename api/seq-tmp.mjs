import pg from 'pg';
import crypto from 'node:crypto';
const url = 'postgres://postgres@127.0.0.1:5432/likvard_scale_prof';
const token = process.argv[2];
const hash = crypto.createHash('sha256').update(token).digest('hex');
const mode = process.argv[3];
const pool = new pg.Pool({ connectionString: url, max: 10 });
const OPEN = `WITH found AS MATERIALIZED (
    SELECT u.*, s.id AS session_id, s.last_seen_at < now() - interval '1 minute' AS stale
      FROM user_session s JOIN app_user u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active)
  SELECT found.*, set_config('likvard.municipality_id', coalesce(found.municipality_id::text, $2), true) AS tenant, set_config('role', $3, true) AS role_set
    FROM (SELECT 1) AS one LEFT JOIN found ON true`;
async function one() {
  const c = await pool.connect();
  try {
    if (mode !== 'bare') await c.query('BEGIN');
    if (mode === 'tx') await c.query(OPEN, [hash, '00000000-0000-0000-0000-000000000000', 'likvard_app']);
    if (mode === 'txnorole') await c.query(OPEN.replace("set_config('role', $3, true)", "$3::text"), [hash, '00000000-0000-0000-0000-000000000000', 'likvard_app']);
    if (mode === 'txsimple') await c.query("SELECT set_config('likvard.municipality_id', (select id::text from municipality where code='9901'), true), set_config('role', 'likvard_app', true)");
    if (mode === 'merged') await c.query("BEGIN; " + OPEN.replace('$1', "'"+hash+"'").replace('$2',"'00000000-0000-0000-0000-000000000000'").replace('$3',"'likvard_app'"));
    const m = (await c.query('SELECT id, code, name, budget_year FROM municipality WHERE code = $1 LIMIT 1', ['9901'])).rows[0];
    const u = (await c.query('SELECT id, name FROM support_unit WHERE municipality_id = $1 LIMIT 1', [m.id])).rows[0];
    await c.query('SELECT id, title, fte, annual_cost_sek FROM support_post WHERE support_unit_id = ANY($1) ORDER BY sort_order, title', [[u.id]]);
    await c.query('SELECT SUM(pupils + teachers + school_leaders) AS people FROM school_year_fact WHERE municipality_id = $1 AND year = $2', [m.id, m.budget_year]);
    if (mode !== 'bare') await c.query('COMMIT');
  } finally { c.release(); }
}
let n = 0; const end = Date.now() + 5000;
await Promise.all(Array.from({ length: 10 }, async () => { while (Date.now() < end) { await one(); n++; } }));
console.log(mode, n / 5, 'req/s');
await pool.end();
