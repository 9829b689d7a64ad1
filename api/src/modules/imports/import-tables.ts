import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The tables an import writes, described once so that loading what exists, comparing and writing in batches is
 * the same code for all of them. Natural keys are what a person would say identifies a row (school unit code,
 * year, category, kind …); the import is idempotent on them.
 */
export type Cast = 'text' | 'text[]' | 'int' | 'bigint' | 'numeric' | 'boolean' | 'uuid';

export interface TableSpec {
  table: 'school_unit' | 'school_year_fact' | 'budget_line' | 'device_fleet' | 'indicator_value';
  /** The entity name in the audit trail. */
  entity: string;
  /** Natural key columns (school units are referred to by id once resolved). */
  key: Record<string, Cast>;
  /** Columns an import sets. */
  values: Record<string, Cast>;
  /** Values of a new row that the file does not give. */
  defaults: Record<string, unknown>;
  /** Has a surrogate id (updates go by it); otherwise the key is the primary key. */
  hasId: boolean;
  /** Recomputes derived columns after merging (pupils = the sum of the grade bands). */
  derive?: (row: Record<string, unknown>) => void;
}

const BANDS = ['pupils_preschool', 'pupils_f_3', 'pupils_4_6', 'pupils_7_9', 'pupils_upper_secondary', 'pupils_other'] as const;

export const TABLES = {
  school_unit: {
    table: 'school_unit',
    entity: 'SchoolUnit',
    key: { code: 'text' },
    values: { name: 'text', school_forms: 'text[]', area: 'text', has_local_it_coordinator: 'boolean' },
    defaults: { school_forms: [], area: null, has_local_it_coordinator: false },
    hasId: true,
  },
  school_year_fact: {
    table: 'school_year_fact',
    entity: 'SchoolYearFact',
    key: { school_unit_id: 'uuid', year: 'int' },
    values: {
      pupils: 'int',
      ...Object.fromEntries(BANDS.map((band) => [band, 'int'])),
      teachers: 'int',
      teachers_fte: 'numeric',
      school_leaders: 'int',
      socioeconomic_index: 'numeric',
      has_local_it_coordinator: 'boolean',
      superusers: 'int',
    },
    defaults: {
      ...Object.fromEntries(BANDS.map((band) => [band, 0])),
      teachers: 0,
      teachers_fte: 0,
      school_leaders: 0,
      socioeconomic_index: null,
      has_local_it_coordinator: false,
      superusers: 0,
    },
    hasId: false,
    derive: (row) => {
      row.pupils = BANDS.reduce((sum, band) => sum + Number(row[band] ?? 0), 0);
    },
  },
  budget_line: {
    table: 'budget_line',
    entity: 'BudgetLine',
    key: { school_unit_id: 'uuid', year: 'int', kind: 'text', category: 'text' },
    values: { amount_sek: 'bigint', note: 'text' },
    defaults: { note: null },
    hasId: true,
  },
  device_fleet: {
    table: 'device_fleet',
    entity: 'DeviceFleet',
    // Fleets of the same type and group differ by when their lease started (they fall due in different years).
    key: { school_unit_id: 'uuid', year: 'int', device_type: 'text', user_group: 'text', lease_start_year: 'int' },
    values: {
      device_count: 'int',
      lease_cost_per_month_sek: 'int',
      lease_term_months: 'int',
      replacement_cycle_years: 'int',
      one_to_one: 'boolean',
    },
    defaults: { one_to_one: false },
    hasId: true,
  },
  indicator_value: {
    table: 'indicator_value',
    entity: 'IndicatorValue',
    key: { school_unit_id: 'uuid', indicator_id: 'text', year: 'int' },
    values: { value: 'numeric' },
    defaults: {},
    hasId: false,
  },
} satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

/** A value as compared: numbers (pg returns numeric and bigint as text) as numbers, arrays sorted. */
export function normalise(cast: Cast, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  switch (cast) {
    case 'int':
    case 'bigint':
    case 'numeric':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    case 'text[]':
      return [...(value as string[])].sort();
    case 'text':
    case 'uuid':
      return value === '' ? null : String(value);
  }
}

export const sameValue = (cast: Cast, a: unknown, b: unknown): boolean =>
  JSON.stringify(normalise(cast, a)) === JSON.stringify(normalise(cast, b));

/** The key of a row as one string (null and absent alike). */
export function keyString(spec: TableSpec, row: Record<string, unknown>): string {
  return Object.keys(spec.key).map((column) => String(normalise(spec.key[column]!, row[column]) ?? '')).join('\u0000');
}

export interface ExistingRow {
  id?: string;
  row: Record<string, unknown>;
}

/** Every row of the table in the caller's municipality, by key: one statement. */
export async function loadExisting(em: EntityManager, spec: TableSpec, municipalityId: string): Promise<Map<string, ExistingRow>> {
  const columns = [...(spec.hasId ? ['id'] : []), ...Object.keys(spec.key), ...Object.keys(spec.values)];
  const rows = await em.execute<Record<string, unknown>[]>(
    `SELECT ${columns.join(', ')} FROM ${spec.table} WHERE municipality_id = ? ORDER BY ${spec.hasId ? 'id' : Object.keys(spec.key).join(', ')}`,
    [municipalityId],
  );
  const byKey = new Map<string, ExistingRow>();
  for (const row of rows) {
    const key = keyString(spec, row);
    // Device fleets have no unique key in the database: the first of any twins is the one an import updates.
    if (!byKey.has(key)) byKey.set(key, { id: spec.hasId ? String(row.id) : undefined, row });
  }
  return byKey;
}

const placeholder = (cast: Cast) => `?::${cast}`;

/** Bind parameters per statement stay far below PostgreSQL's 65,535. */
const MAX_PARAMS = 20_000;

function chunks<T>(items: T[], perItem: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS / perItem));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Arrays travel as PostgreSQL array literals: a JS array would be spread into a list by the query builder. */
const pgArray = (values: string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
const bind = (cast: Cast, value: unknown) => (cast === 'text[]' && Array.isArray(value) ? pgArray(value as string[]) : (value ?? null));

/** Inserts new rows with multi-row INSERTs (one statement per few thousand rows); ids are given by the caller. */
export async function insertRows(em: EntityManager, spec: TableSpec, municipalityId: string, rows: Record<string, unknown>[]): Promise<void> {
  const columns: [string, Cast][] = [
    ...(spec.hasId ? [['id', 'uuid'] as [string, Cast]] : []),
    ['municipality_id', 'uuid'],
    ...(Object.entries(spec.key) as [string, Cast][]),
    ...(Object.entries(spec.values) as [string, Cast][]),
  ];
  for (const chunk of chunks(rows, columns.length)) {
    const tuple = `(${columns.map(([, cast]) => placeholder(cast)).join(', ')})`;
    const params = chunk.flatMap((row) => columns.map(([column, cast]) => (column === 'municipality_id' ? municipalityId : bind(cast, row[column]))));
    await em.execute(`INSERT INTO ${spec.table} (${columns.map(([c]) => c).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`, params);
  }
}

/** Updates rows with `UPDATE … FROM (VALUES …)`: one statement per few thousand rows, matched by id or key. */
export async function updateRows(em: EntityManager, spec: TableSpec, municipalityId: string, rows: { id?: string; row: Record<string, unknown> }[]): Promise<void> {
  const match: [string, Cast][] = spec.hasId ? [['id', 'uuid']] : (Object.entries(spec.key) as [string, Cast][]);
  const set = Object.entries(spec.values) as [string, Cast][];
  const columns = [...match, ...set];
  for (const chunk of chunks(rows, columns.length)) {
    const tuple = `(${columns.map(([, cast]) => placeholder(cast)).join(', ')})`;
    const params = chunk.flatMap(({ id, row }) => columns.map(([column, cast]) => (column === 'id' ? id : bind(cast, row[column]))));
    await em.execute(
      `UPDATE ${spec.table} AS t SET ${set.map(([c]) => `${c} = v.${c}`).join(', ')}
         FROM (VALUES ${chunk.map(() => tuple).join(', ')}) AS v(${columns.map(([c]) => c).join(', ')})
        WHERE t.municipality_id = ? AND ${match.map(([c]) => `t.${c} = v.${c}`).join(' AND ')}`,
      [...params, municipalityId],
    );
  }
}

export const newId = () => crypto.randomUUID();
