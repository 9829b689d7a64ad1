/**
 * The municipality's own goals: changing them with their targets per year, and reading them with the national
 * strategy they serve, their status across the school units and each unit's achievement (one statement each).
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, DomainError, notFound } from '../../graphql/errors.js';
import { keysFirstPagedSql, mapConnection, pagedSql } from '../../graphql/sql-page.js';
import type { PageRequest } from '../../graphql/types/connection.js';
import { validateInput } from '../../graphql/validate-input.js';
import { recordChange } from '../audit/audit.service.js';
import { INDICATOR_JSON } from '../indicators/indicator-value.service.js';
import type { SchoolUnit } from '../schools/school-unit.entity.js';
import { SCHOOL_UNIT_JSON, type SchoolUnitRow } from '../schools/dto/school-unit.row.js';
import type { GoalInput } from './dto/goal.input.js';
import type { FocusArea, Goal, GoalAchievement, GoalAchievementConnection, GoalStatus, GoalStatusConnection, SavedGoal } from './dto/goal.output.js';
import { gapToTarget, meetsTarget } from './goals.calculator.js';
import { MunicipalityGoal, MunicipalityGoalTarget } from './municipality-goal.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Caller {
  municipalityId: string;
  actor: string;
}

async function checked(em: EntityManager, input: GoalInput): Promise<void> {
  await validateInput(input);
  const years = input.targets.map((t) => t.year);
  const repeated = years.findIndex((year, i) => years.indexOf(year) !== i);
  if (repeated >= 0) throw badUserInput(`input.targets.${repeated}.year`, 'Ett år får bara ha ett målvärde.');
  const [row] = await em.execute<{ sub_goal: boolean; indicator: boolean }[]>(
    'SELECT EXISTS (SELECT 1 FROM sub_goal WHERE code = ?) AS sub_goal, EXISTS (SELECT 1 FROM indicator WHERE id = ?) AS indicator',
    [input.subGoalCode, input.indicatorId],
  );
  if (!row?.sub_goal) throw badUserInput('input.subGoalCode', `Delmålet ${input.subGoalCode} finns inte i den nationella strategin.`);
  if (!row.indicator) throw badUserInput('input.indicatorId', `Nyckeltalet ${input.indicatorId} finns inte.`);
}

async function findGoal(em: EntityManager, caller: Caller, id: string): Promise<MunicipalityGoal> {
  const goal = UUID.test(id) ? await em.findOne(MunicipalityGoal, { id, municipalityId: caller.municipalityId }) : null;
  if (!goal) throw notFound(`Målet ${id} finns inte.`);
  return goal;
}

const snapshot = async (em: EntityManager, goal: MunicipalityGoal) => ({
  ...goal,
  targets: (await em.find(MunicipalityGoalTarget, { goalId: goal.id }, { orderBy: { year: 'asc' } })).map(({ year, target }) => ({ year, target })),
});

async function writeTargets(em: EntityManager, caller: Caller, goalId: string, input: GoalInput): Promise<void> {
  await em.nativeDelete(MunicipalityGoalTarget, { goalId });
  if (input.targets.length > 0) {
    await em.insertMany(MunicipalityGoalTarget, input.targets.map(({ year, target }) => ({ goalId, year, target, municipalityId: caller.municipalityId })));
  }
}

async function uniquely<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', 'Kommunen har redan ett mål med den koden.');
    throw error;
  }
}

export function createGoal(em: EntityManager, caller: Caller, input: GoalInput): Promise<SavedGoal> {
  return uniquely(() =>
    em.transactional(async (tx) => {
      await checked(tx, input);
      const { code, title, subGoalCode, indicatorId } = input;
      const goal = tx.create(MunicipalityGoal, { municipalityId: caller.municipalityId, code, title, subGoalCode, indicatorId });
      await tx.flush();
      await writeTargets(tx, caller, goal.id, input);
      await recordChange(tx, { ...caller, action: 'CREATE', entity: 'Goal', entityId: goal.id, before: null, after: { ...goal, targets: input.targets } });
      return { id: goal.id, code: goal.code };
    }),
  );
}

export function updateGoal(em: EntityManager, caller: Caller, id: string, input: GoalInput): Promise<SavedGoal> {
  return uniquely(() =>
    em.transactional(async (tx) => {
      const goal = await findGoal(tx, caller, id);
      await checked(tx, input);
      const before = await snapshot(tx, goal);
      const { code, title, subGoalCode, indicatorId } = input;
      tx.assign(goal, { code, title, subGoalCode, indicatorId });
      await tx.flush();
      await writeTargets(tx, caller, goal.id, input);
      await recordChange(tx, { ...caller, action: 'UPDATE', entity: 'Goal', entityId: goal.id, before, after: { ...goal, targets: input.targets } });
      return { id: goal.id, code: goal.code };
    }),
  );
}

export function deleteGoal(em: EntityManager, caller: Caller, id: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const goal = await findGoal(tx, caller, id);
    const before = await snapshot(tx, goal);
    await tx.nativeDelete(MunicipalityGoal, { id: goal.id, municipalityId: caller.municipalityId });
    await recordChange(tx, { ...caller, action: 'DELETE', entity: 'Goal', entityId: id, before, after: null });
    return true;
  });
}

/** JSON of a municipality goal with its sub-goal, indicator and targets; aliases g, sg, i. */
const GOAL_JSON = `json_build_object('id', g.id, 'code', g.code, 'title', g.title,
  'subGoal', json_build_object('code', sg.code, 'title', sg.title),
  'indicator', ${INDICATOR_JSON},
  'targets', (SELECT coalesce(json_agg(json_build_object('year', t.year, 'target', t.target) ORDER BY t.year), '[]'::json)
              FROM municipality_goal_target t WHERE t.goal_id = g.id))`;

/** The national strategy's focus areas with their sub-goals and the service areas serving each: one statement. */
export async function nationalGoals(em: EntityManager): Promise<FocusArea[]> {
  return em.execute<FocusArea[]>(
    `SELECT fa.code, fa.title,
       (SELECT json_agg(json_build_object('code', sg.code, 'title', sg.title,
          'serviceAreaCodes', (SELECT coalesce(json_agg(m.service_area_code ORDER BY sa.sort_order), '[]'::json)
                               FROM service_area_sub_goal m JOIN service_area sa ON sa.code = m.service_area_code
                               WHERE m.sub_goal_code = sg.code)) ORDER BY sg.code)
        FROM sub_goal sg WHERE sg.focus_area_code = fa.code) AS "subGoals"
     FROM focus_area fa ORDER BY fa.code`,
  );
}

/** The municipality's goals with their status in a year across its school units, a page at a time: one statement. */
export async function goalStatuses(em: EntityManager, municipalityId: string, year: number, page: PageRequest): Promise<GoalStatusConnection> {
  type Row = { sort_key: string; goal: Goal; target: string | null; measured: number; met: number; mean: string | null };
  const connection = await pagedSql<Row>(
    em,
    `SELECT g.code AS sort_key, ${GOAL_JSON} AS goal, t.target,
       count(v.value)::int AS measured,
       count(*) FILTER (WHERE CASE WHEN i.higher_is_better THEN v.value >= t.target ELSE v.value <= t.target END)::int AS met,
       avg(v.value) AS mean
     FROM municipality_goal g
     JOIN indicator i ON i.id = g.indicator_id
     JOIN sub_goal sg ON sg.code = g.sub_goal_code
     LEFT JOIN municipality_goal_target t ON t.goal_id = g.id AND t.year = ?
     LEFT JOIN indicator_value v ON v.municipality_id = g.municipality_id AND v.indicator_id = g.indicator_id AND v.year = ?
     WHERE g.municipality_id = ?
     GROUP BY g.id, i.id, sg.code, t.target`,
    [year, year, municipalityId],
    page,
  );
  return mapConnection(connection, (row): GoalStatus => ({
    goal: row.goal,
    year,
    target: row.target === null ? null : Number(row.target),
    schoolsMeasured: row.measured,
    schoolsMet: row.met,
    shareMet: row.measured > 0 ? Math.round((1000 * row.met) / row.measured) / 1000 : null,
    meanActual: row.mean === null ? null : Math.round(Number(row.mean) * 100) / 100,
  }));
}

interface AchievementRow {
  sort_key: string;
  unit: SchoolUnitRow;
  goal: Goal;
  target: string | null;
  actual: string | null;
  trend: { year: number; actual: number; target: number | null; change: number | null }[];
}

/**
 * Actual vs target per school unit and goal: the school's indicator values up to the year, the target of each
 * year and the change since the previous measurement (a window function). `filter` narrows to a goal; `unitFilter`
 * to units, inside the window's subquery: the planner cannot push a condition on the joined unit into it, and
 * without it a page of 20 units computed every unit's values (46 ms instead of ~2 ms for a 579-unit municipality).
 */
const achievementSql = (filter: string, unitFilter = '') => `
  SELECT u.code || '/' || g.code AS sort_key, ${SCHOOL_UNIT_JSON} AS unit, ${GOAL_JSON} AS goal,
    (SELECT ty.target FROM municipality_goal_target ty WHERE ty.goal_id = g.id AND ty.year = ?) AS target,
    max(v.value) FILTER (WHERE v.year = ?) AS actual,
    json_agg(json_build_object('year', v.year, 'actual', v.value, 'target', tv.target, 'change', v.change) ORDER BY v.year) AS trend
  FROM municipality_goal g
  JOIN indicator i ON i.id = g.indicator_id
  JOIN sub_goal sg ON sg.code = g.sub_goal_code
  JOIN (SELECT iv.school_unit_id, iv.indicator_id, iv.year, iv.value,
          iv.value - lag(iv.value) OVER (PARTITION BY iv.school_unit_id, iv.indicator_id ORDER BY iv.year) AS change
        FROM indicator_value iv WHERE iv.municipality_id = ? AND iv.year <= ? ${unitFilter}) v ON v.indicator_id = g.indicator_id
  JOIN school_unit u ON u.id = v.school_unit_id
  LEFT JOIN municipality_goal_target tv ON tv.goal_id = g.id AND tv.year = v.year
  WHERE g.municipality_id = ? ${filter}
  GROUP BY u.id, g.id, i.id, sg.code`;

function toAchievement(row: AchievementRow, year: number): GoalAchievement {
  const higher = row.goal.indicator.higherIsBetter;
  const actual = row.actual === null ? null : Number(row.actual);
  const target = row.target === null ? null : Number(row.target);
  return {
    schoolUnit: row.unit as SchoolUnit,
    goal: row.goal,
    year,
    actual,
    target,
    met: meetsTarget(actual, target, higher),
    gap: gapToTarget(actual, target, higher),
    trend: row.trend.map((point) => ({
      year: point.year,
      actual: point.actual,
      target: point.target,
      met: meetsTarget(point.actual, point.target, higher),
      change: point.change === null ? null : Math.round(point.change * 100) / 100,
    })),
  };
}

/** Goal achievement per school unit and goal in a year, a page at a time (by unit code, then goal code). */
export async function goalAchievement(
  em: EntityManager,
  municipalityId: string,
  year: number,
  goalId: string | null,
  page: PageRequest,
): Promise<GoalAchievementConnection> {
  // Keys first: the (unit, goal) pairs that have a measurement, counted and cut to one page cheaply; actuals,
  // trends and JSON only for the page's pairs. Building them for every pair to cut a page made the list O(units ×
  // goals) per page (~150 ms for a 579-unit municipality; pnpm bench:explain). Still one statement.
  const connection = await keysFirstPagedSql<AchievementRow>(
    em,
    {
      sql: `SELECT u.code || '/' || g.code AS sort_key, u.id AS unit_id, g.id AS goal_id
              FROM municipality_goal g JOIN school_unit u ON u.municipality_id = g.municipality_id
             WHERE g.municipality_id = ? ${goalId ? 'AND g.id = ?' : ''}
               AND EXISTS (SELECT 1 FROM indicator_value iv WHERE iv.municipality_id = g.municipality_id AND iv.school_unit_id = u.id
                              AND iv.indicator_id = g.indicator_id AND iv.year <= ?)`,
      params: [municipalityId, ...(goalId ? [goalId] : []), year],
    },
    {
      sql: achievementSql('AND (u.id, g.id) IN (SELECT unit_id, goal_id FROM page)', 'AND iv.school_unit_id IN (SELECT unit_id FROM page)'),
      params: [year, year, municipalityId, year, municipalityId],
    },
    page,
  );
  return mapConnection(connection, (row) => toAchievement(row, year));
}

/** Goal achievement of the given units in a year (batched by a DataLoader for school profiles). */
export async function goalAchievementOfUnits(
  em: EntityManager,
  municipalityId: string,
  year: number,
  unitIds: readonly string[],
): Promise<GoalAchievement[]> {
  if (unitIds.length === 0) return [];
  const rows = await em.execute<AchievementRow[]>(`${achievementSql('', 'AND iv.school_unit_id = ANY(ARRAY[?]::uuid[])')} ORDER BY sort_key`, [
    year,
    year,
    municipalityId,
    year,
    [...unitIds],
    municipalityId,
  ]);
  return rows.map((row) => toAchievement(row, year));
}

/** The caller's goal with this id exists (ids from another municipality do not). */
export async function goalExists(em: EntityManager, municipalityId: string, goalId: string): Promise<boolean> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(goalId)) return false;
  const rows = await em.execute('SELECT 1 FROM municipality_goal WHERE id = ? AND municipality_id = ?', [goalId, municipalityId]);
  return rows.length > 0;
}
