import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { NATIONAL_DEFAULTS, nationalMunicipalities, nationalMunicipalityCode, nationalUserEmail, type DemoMunicipality, type NationalOptions } from '@likvard/seeds';
import { hashPassword } from '../modules/auth/password.js';

type Value = string | number | boolean | null;

/** A column of a batched insert: its name, its PostgreSQL type, and optionally how the unnested value becomes it. */
interface Column {
  name: string;
  type: string;
  expr?: (alias: string) => string;
}

/**
 * Collects rows for one table and writes them BATCH_ROWS at a time as ONE statement: `INSERT … SELECT FROM
 * unnest($1::type[], $2::type[], …)`, one array parameter per column, so a batch of thousands of rows is one round
 * trip and one plan, and no SQL is built from values.
 */
class BatchInsert {
  static readonly BATCH_ROWS = 5_000;
  private rows: Value[][] = [];
  written = 0;

  constructor(
    private readonly client: pg.ClientBase,
    private readonly table: string,
    private readonly columns: Column[],
  ) {}

  add(row: Value[]): void {
    this.rows.push(row);
  }

  get full(): boolean {
    return this.rows.length >= BatchInsert.BATCH_ROWS;
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const aliases = this.columns.map((_, i) => `c${i}`);
    const sql = `INSERT INTO ${this.table} (${this.columns.map((c) => c.name).join(', ')})
      SELECT ${this.columns.map((c, i) => (c.expr ? c.expr(aliases[i]!) : aliases[i])).join(', ')}
        FROM unnest(${this.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')}) AS x(${aliases.join(', ')})`;
    const params = this.columns.map((_, i) => this.rows.map((row) => row[i] ?? null));
    await this.client.query(sql, params);
    this.written += this.rows.length;
    this.rows = [];
  }
}

const cols = (spec: string): Column[] =>
  spec.split(',').map((part) => {
    const [name, type] = part.trim().split(':') as [string, string];
    return { name, type };
  });

export interface NationalLoadResult {
  municipalities: number;
  rows: Record<string, number>;
  totalRows: number;
  milliseconds: number;
}

/**
 * `pnpm seed:national`: writes the synthetic national data set (seeds/src/national.ts) in one transaction, as the
 * tables' owner, replacing an earlier copy (same municipality codes), then ANALYZEs so the planner knows the new
 * sizes. One ANALYST per municipality (`nationalUserEmail`) signs in with `password`.
 */
export async function loadNational(
  databaseUrl: string,
  options: NationalOptions & { password: string; scryptLog2N: number; onMunicipality?: (m: DemoMunicipality, i: number) => void },
): Promise<NationalLoadResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One hash for every synthetic account: they are benchmark logins, and scrypt per account would take minutes.
    const passwordHash = await hashPassword(options.password, options.scryptLog2N);
    await client.query('BEGIN');
    const tables = {
      municipality: new BatchInsert(client, 'municipality', cols('id:uuid, code:text, name:text, budget_year:int')),
      school_unit: new BatchInsert(client, 'school_unit', [
        ...cols('id:uuid, municipality_id:uuid, code:text, name:text'),
        { name: 'school_forms', type: 'text', expr: (a) => `string_to_array(${a}, ',')` },
        ...cols('area:text, has_local_it_coordinator:boolean'),
      ]),
      school_year_fact: new BatchInsert(
        client,
        'school_year_fact',
        cols(`school_unit_id:uuid, year:int, municipality_id:uuid, pupils:int, teachers:int, teachers_fte:numeric, school_leaders:int,
          socioeconomic_index:numeric, pupils_preschool:int, pupils_f_3:int, pupils_4_6:int, pupils_7_9:int, pupils_upper_secondary:int,
          pupils_other:int, has_local_it_coordinator:boolean, superusers:int`),
      ),
      support_unit: new BatchInsert(client, 'support_unit', cols('id:uuid, municipality_id:uuid, name:text')),
      support_post: new BatchInsert(
        client,
        'support_post',
        cols('id:uuid, municipality_id:uuid, support_unit_id:uuid, title:text, fte:numeric, annual_cost_sek:bigint, sort_order:int'),
      ),
      support_post_time_share: new BatchInsert(
        client,
        'support_post_time_share',
        cols('post_id:uuid, service_area_code:text, municipality_id:uuid, share:numeric'),
      ),
      budget_line: new BatchInsert(
        client,
        'budget_line',
        cols('id:uuid, municipality_id:uuid, year:int, school_unit_id:uuid, category:text, kind:text, amount_sek:bigint'),
      ),
      device_fleet: new BatchInsert(
        client,
        'device_fleet',
        cols(`id:uuid, municipality_id:uuid, school_unit_id:uuid, year:int, device_type:text, user_group:text, device_count:int,
          lease_cost_per_month_sek:int, lease_term_months:int, lease_start_year:int, replacement_cycle_years:int, one_to_one:boolean`),
      ),
      municipality_goal: new BatchInsert(
        client,
        'municipality_goal',
        cols('id:uuid, municipality_id:uuid, code:text, title:text, sub_goal_code:text, indicator_id:text'),
      ),
      municipality_goal_target: new BatchInsert(client, 'municipality_goal_target', cols('goal_id:uuid, year:int, municipality_id:uuid, target:numeric')),
      indicator_value: new BatchInsert(
        client,
        'indicator_value',
        cols('school_unit_id:uuid, indicator_id:text, year:int, municipality_id:uuid, value:numeric'),
      ),
      app_user: new BatchInsert(client, 'app_user', cols('municipality_id:uuid, email:text, name:text, role:text, password_hash:text')),
    };

    // Parents before children (the tables above are in that order): foreign keys are checked per statement.
    const flushAll = async () => {
      for (const table of Object.values(tables)) await table.flush();
    };
    const municipalityCount = options.municipalities ?? NATIONAL_DEFAULTS.municipalities;
    const codes = Array.from({ length: municipalityCount }, (_, i) => nationalMunicipalityCode(i));
    // Replaces an earlier synthetic copy, and refuses to touch a real municipality that happens to have a code.
    const { rows: clashes } = await client.query<{ code: string }>(`SELECT code FROM municipality WHERE code = ANY($1) AND name <> 'Kommun ' || code`, [codes]);
    if (clashes.length > 0) throw new Error(`seed:national would replace real municipalities (${clashes.map((c) => c.code).join(', ')}): use another database`);
    await client.query('DELETE FROM municipality WHERE code = ANY($1)', [codes]);

    let count = 0;
    for (const m of nationalMunicipalities(options)) {
      options.onMunicipality?.(m, count);
      count += 1;
      const municipalityId = crypto.randomUUID();
      tables.municipality.add([municipalityId, m.code, m.name, m.budgetYear]);
      const unitIds = new Map<string, string>();
      for (const unit of m.schoolUnits) {
        const id = crypto.randomUUID();
        unitIds.set(unit.code, id);
        tables.school_unit.add([id, municipalityId, unit.code, unit.name, unit.schoolForms.join(','), unit.area, unit.hasLocalItCoordinator]);
        for (const y of unit.years) {
          const b = y.pupilsByBand;
          tables.school_year_fact.add([
            id, y.year, municipalityId, y.pupils, y.teachers, y.teachersFte, y.schoolLeaders, y.socioeconomicIndex,
            b.PRESCHOOL, b.PUPILS_F_3, b.PUPILS_4_6, b.PUPILS_7_9, b.PUPILS_UPPER_SECONDARY, b.PUPILS_OTHER, y.hasLocalItCoordinator, y.superusers,
          ]);
        }
      }
      const unitId = (code: string) => {
        const id = unitIds.get(code);
        if (!id) throw new Error(`national data refers to unknown unit ${code}`);
        return id;
      };
      const supportUnitId = crypto.randomUUID();
      tables.support_unit.add([supportUnitId, municipalityId, m.supportUnit.name]);
      for (const [sortOrder, post] of m.supportUnit.posts.entries()) {
        const postId = crypto.randomUUID();
        tables.support_post.add([postId, municipalityId, supportUnitId, post.title, post.fte, post.annualCostSek, sortOrder]);
        for (const [area, share] of Object.entries(post.timeShares)) tables.support_post_time_share.add([postId, area, municipalityId, share!]);
      }
      for (const line of m.budgetLines) {
        tables.budget_line.add([
          crypto.randomUUID(), municipalityId, line.year, line.schoolUnitCode === null ? null : unitId(line.schoolUnitCode), line.category, line.kind, line.amountSek,
        ]);
      }
      for (const f of m.deviceFleets) {
        tables.device_fleet.add([
          crypto.randomUUID(), municipalityId, unitId(f.schoolUnitCode), f.year, f.deviceType, f.userGroup, f.deviceCount,
          f.leaseCostPerMonthSek, f.leaseTermMonths, f.leaseStartYear, f.replacementCycleYears, f.oneToOne,
        ]);
      }
      for (const goal of m.goals) {
        const goalId = crypto.randomUUID();
        tables.municipality_goal.add([goalId, municipalityId, goal.code, goal.title, goal.subGoalCode, goal.indicatorId]);
        for (const t of goal.targets) tables.municipality_goal_target.add([goalId, t.year, municipalityId, t.target]);
      }
      for (const v of m.indicatorValues) tables.indicator_value.add([unitId(v.schoolUnitCode), v.indicatorId, v.year, municipalityId, v.value]);
      tables.app_user.add([municipalityId, nationalUserEmail(m.code), `Strateg ${m.name}`, 'ANALYST', passwordHash]);
      if (Object.values(tables).some((t) => t.full)) await flushAll();
    }
    await flushAll();
    await client.query('COMMIT');
    await client.query(`ANALYZE ${Object.keys(tables).join(', ')}`);
    const rows = Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, t.written]));
    return { municipalities: count, rows, totalRows: Object.values(rows).reduce((s, n) => s + n, 0), milliseconds: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
