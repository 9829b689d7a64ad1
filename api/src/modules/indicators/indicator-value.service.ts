/**
 * Indicators and the school units' values of them: the definitions (national reference data), setting and removing
 * a value, and the comparisons across units (one statement each).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { keysFirstPagedSql, mapConnection } from '../../graphql/sql-page.js';
import type { PageRequest } from '../../graphql/types/connection.js';
import { validateInput } from '../../graphql/validate-input.js';
import { recordChange } from '../audit/audit.service.js';
import type { SchoolUnit } from '../schools/school-unit.entity.js';
import { SCHOOL_UNIT_JSON, type SchoolUnitRow } from '../schools/dto/school-unit.row.js';
import { findSchoolUnit } from '../schools/school-unit.service.js';
import type { IndicatorValueInput } from './dto/indicator-value.input.js';
import type { Indicator, IndicatorComparison, IndicatorComparisonConnection, IndicatorValueOutput, SchoolComparison, SchoolComparisonConnection } from './dto/indicator.output.js';
import { IndicatorValue } from './indicator-value.entity.js';

/** JSON of an indicator definition, alias `i`. */
export const INDICATOR_JSON = `json_build_object('id', i.id, 'name', i.name, 'unit', i.unit, 'higherIsBetter', i.higher_is_better,
  'subGoalCode', i.sub_goal_code, 'source', i.source)`;

/** Every indicator definition (national reference data, a handful of rows). */
export async function listIndicators(em: EntityManager): Promise<Indicator[]> {
  return em.execute<Indicator[]>(
      `SELECT id, name, unit, higher_is_better AS "higherIsBetter", sub_goal_code AS "subGoalCode", source FROM indicator ORDER BY id`,
    );
}

/** All indicator values of the given units, every year (batched by a DataLoader for school profiles). */
export async function indicatorValuesOfUnits(
  em: EntityManager,
  municipalityId: string,
  unitIds: readonly string[],
): Promise<Map<string, IndicatorValueOutput[]>> {
  const byUnit = new Map<string, IndicatorValueOutput[]>(unitIds.map((id) => [id, []]));
  if (unitIds.length === 0) return byUnit;
  const rows = await em.execute<{ school_unit_id: string; indicatorId: string; year: number; value: string }[]>(
    `SELECT school_unit_id, indicator_id AS "indicatorId", year, value FROM indicator_value
     WHERE municipality_id = ? AND school_unit_id = ANY(ARRAY[?]::uuid[]) ORDER BY indicator_id, year`,
    [municipalityId, [...unitIds]],
  );
  for (const row of rows) byUnit.get(row.school_unit_id)?.push({ indicatorId: row.indicatorId, year: row.year, value: Number(row.value) });
  return byUnit;
}

/**
 * One indicator across the municipality's units in a year, with the municipality mean, each unit's rank and its
 * change since the year before: window functions, one statement per page.
 */
export async function compareIndicator(
  em: EntityManager,
  municipalityId: string,
  indicatorId: string,
  year: number,
  page: PageRequest,
): Promise<IndicatorComparisonConnection> {
  const [indicator] = await em.execute<{ id: string }[]>('SELECT id FROM indicator WHERE id = ?', [indicatorId]);
  if (!indicator) throw notFound(`Nyckeltalet ${indicatorId} finns inte.`);
  type Row = { sort_key: string; unit: SchoolUnitRow; value: string; previous: string | null; mean: string; rank: number; units: number };
  // Rank, mean and change need every unit's value (cheap); the unit's JSON is built for the page's rows only.
  const connection = await keysFirstPagedSql<Row>(
    em,
    {
      sql: `SELECT * FROM (
         SELECT u.code AS sort_key, u.id AS unit_id, v.year, v.value,
           lag(v.value) OVER w AS previous,
           avg(v.value) OVER (PARTITION BY v.year) AS mean,
           rank() OVER (PARTITION BY v.year ORDER BY CASE WHEN i.higher_is_better THEN -v.value ELSE v.value END)::int AS rank,
           count(*) OVER (PARTITION BY v.year)::int AS units
         FROM indicator_value v
         JOIN indicator i ON i.id = v.indicator_id
         JOIN school_unit u ON u.id = v.school_unit_id
         WHERE v.municipality_id = ? AND v.indicator_id = ? AND v.year BETWEEN ? AND ?
         WINDOW w AS (PARTITION BY v.school_unit_id ORDER BY v.year)) ranked
       WHERE ranked.year = ?`,
      params: [municipalityId, indicatorId, year - 1, year, year],
    },
    { sql: `SELECT p.*, ${SCHOOL_UNIT_JSON} AS unit FROM page p JOIN school_unit u ON u.id = p.unit_id`, params: [] },
    page,
  );
  return mapConnection(connection, (row): IndicatorComparison => {
    const value = Number(row.value);
    const previousValue = row.previous === null ? null : Number(row.previous);
    const mean = Number(row.mean);
    return {
      schoolUnit: row.unit as SchoolUnit,
      year,
      value,
      previousValue,
      change: previousValue === null ? null : Math.round((value - previousValue) * 100) / 100,
      municipalityMean: Math.round(mean * 100) / 100,
      deviationFromMean: Math.round((value - mean) * 100) / 100,
      rank: row.rank,
      units: row.units,
    };
  });
}

/**
 * Each unit's equity components in a year in one row — socioeconomic index, local IT coordinator, 1:1 coverage,
 * staff trained, LIKA mean, results — one statement per page, so the strategist sees who falls behind at a glance.
 */
export async function compareSchools(em: EntityManager, municipalityId: string, year: number, page: PageRequest): Promise<SchoolComparisonConnection> {
  type Row = {
    sort_key: string;
    unit: SchoolUnitRow;
    pupils: number;
    sei: string | null;
    coordinator: boolean;
    one_to_one: number | null;
    covered: number;
    trained: string | null;
    lika: string | null;
    results: string | null;
  };
  // Keys first: the units with facts that year are counted and cut to a page; aggregates and JSON only for the page.
  const connection = await keysFirstPagedSql<Row>(
    em,
    {
      sql: `SELECT u.code AS sort_key, u.id AS unit_id FROM school_year_fact f JOIN school_unit u ON u.id = f.school_unit_id
             WHERE f.municipality_id = ? AND f.year = ?`,
      params: [municipalityId, year],
    },
    {
      sql: `SELECT u.code AS sort_key, ${SCHOOL_UNIT_JSON} AS unit, f.pupils, f.socioeconomic_index AS sei,
         f.has_local_it_coordinator AS coordinator, f.pupils_7_9 + f.pupils_upper_secondary AS covered,
         (SELECT sum(df.device_count) FROM device_fleet df WHERE df.municipality_id = f.municipality_id
            AND df.school_unit_id = f.school_unit_id AND df.year = f.year AND df.one_to_one)::int AS one_to_one,
         max(v.value) FILTER (WHERE v.indicator_id = 'LIKV_PERSONAL_MODULER') AS trained,
         avg(v.value) FILTER (WHERE v.indicator_id IN ('LIKV_LIKA_LEDNING', 'LIKV_LIKA_KOMPETENS', 'LIKV_LIKA_INFRASTRUKTUR', 'LIKV_LIKA_ANVANDNING')) AS lika,
         max(v.value) FILTER (WHERE v.indicator_id = 'N15419') AS results
       FROM school_year_fact f
       JOIN school_unit u ON u.id = f.school_unit_id
       LEFT JOIN indicator_value v ON v.municipality_id = f.municipality_id AND v.school_unit_id = f.school_unit_id AND v.year = f.year
       WHERE f.municipality_id = ? AND f.year = ? AND f.school_unit_id IN (SELECT unit_id FROM page)
       GROUP BY u.id, f.school_unit_id, f.year`,
      params: [municipalityId, year],
    },
    page,
  );
  const number = (value: string | null, scale = 1) => (value === null ? null : Math.round((Number(value) / scale) * 1000) / 1000);
  return mapConnection(connection, (row): SchoolComparison => ({
    schoolUnit: row.unit as SchoolUnit,
    year,
    pupils: row.pupils,
    socioeconomicIndex: number(row.sei),
    hasLocalItCoordinator: row.coordinator,
    oneToOneCoverage: row.covered > 0 ? Math.round((1000 * (row.one_to_one ?? 0)) / row.covered) / 1000 : null,
    staffTrainedShare: number(row.trained, 100),
    likaMean: row.lika === null ? null : Math.round(Number(row.lika) * 100) / 100,
    resultsAllSubjectsPercent: number(row.results),
  }));
}

interface Caller {
  municipalityId: string;
  actor: string;
}

/** Percent indicators stay within 0–100 and LIKA levels within 1–4; merit points are 0–340. */
const RANGES: Record<string, [number, number]> = { PERCENT: [0, 100], LEVEL_1_4: [1, 4], MERIT_POINTS: [0, 340] };

async function checked(em: EntityManager, caller: Caller, input: IndicatorValueInput): Promise<void> {
  await validateInput(input);
  const [indicator] = await em.execute<{ unit: string }[]>('SELECT unit FROM indicator WHERE id = ?', [input.indicatorId]);
  if (!indicator) throw badUserInput('input.indicatorId', `Nyckeltalet ${input.indicatorId} finns inte.`);
  const [min, max] = RANGES[indicator.unit] ?? [-Infinity, Infinity];
  if (input.value < min || input.value > max) throw badUserInput('input.value', `value måste ligga mellan ${min} och ${max}.`);
  if (!(await findSchoolUnit(em, caller.municipalityId, input.schoolUnitId))) {
    throw badUserInput('input.schoolUnitId', 'Skolenheten finns inte i din kommun.');
  }
}

const output = (row: IndicatorValue): IndicatorValueOutput => ({ indicatorId: row.indicatorId, year: row.year, value: row.value });

/** Sets (creates or replaces) a unit's value of an indicator in a year. */
export async function setIndicatorValue(em: EntityManager, caller: Caller, input: IndicatorValueInput): Promise<IndicatorValueOutput> {
  return em.transactional(async (tx) => {
    await checked(tx, caller, input);
    const key = { schoolUnitId: input.schoolUnitId, indicatorId: input.indicatorId, year: input.year };
    const existing = await tx.findOne(IndicatorValue, { ...key, municipalityId: caller.municipalityId });
    const before = existing ? { ...existing } : null;
    const row = existing ?? tx.create(IndicatorValue, { ...key, municipalityId: caller.municipalityId, value: input.value });
    row.value = input.value;
    await tx.flush();
    await recordChange(tx, {
      ...caller,
      action: existing ? 'UPDATE' : 'CREATE',
      entity: 'IndicatorValue',
      entityId: `${key.schoolUnitId}/${key.indicatorId}/${key.year}`,
      before,
      after: row,
    });
    return output(row);
  });
}

export async function deleteIndicatorValue(
  em: EntityManager,
  caller: Caller,
  key: { schoolUnitId: string; indicatorId: string; year: number },
): Promise<boolean> {
  return em.transactional(async (tx) => {
    const unit = await findSchoolUnit(tx, caller.municipalityId, key.schoolUnitId);
    const existing = unit ? await tx.findOne(IndicatorValue, { ...key, municipalityId: caller.municipalityId }) : null;
    if (!existing) throw notFound('Värdet finns inte.');
    const before = { ...existing };
    await tx.nativeDelete(IndicatorValue, { ...key, municipalityId: caller.municipalityId });
    await recordChange(tx, { ...caller, action: 'DELETE', entity: 'IndicatorValue', entityId: `${key.schoolUnitId}/${key.indicatorId}/${key.year}`, before, after: null });
    return true;
  });
}
