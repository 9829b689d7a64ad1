/**
 * A municipality's budget lines: listing and changing them, and the cost figures summed from them per year, category
 * and owner (one statement each).
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, DomainError, notFound } from '../../graphql/errors.js';
import { mapConnection, pagedSql } from '../../graphql/sql-page.js';
import { type ConnectionShape, type PageRequest, readPageArgs, toConnection } from '../../graphql/types/connection.js';
import { validateInput } from '../../graphql/validate-input.js';
import { recordChange } from '../audit/audit.service.js';
import { SCHOOL_UNIT_JSON, type SchoolUnitRow } from '../schools/dto/school-unit.row.js';
import { findSchoolUnit } from '../schools/school-unit.service.js';
import { BudgetLine } from './budget-line.entity.js';
import { costFigures, type KindSums } from './budget.calculator.js';
import type { BudgetCategory } from './budget.enums.js';
import type { BudgetLineInput } from './dto/budget-line.input.js';
import type { CategoryCost, OwnerCost, OwnerCostConnection, YearCost } from './dto/cost.output.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Caller {
  municipalityId: string;
  actor: string;
}

/** Budget lines of a year (and optionally one owner), a page at a time by category, kind and owner. */
export async function listBudgetLines(
  em: EntityManager,
  municipalityId: string,
  args: { year: number; schoolUnitId?: string | null; first?: number | null; after?: string | null },
): Promise<ConnectionShape<BudgetLine>> {
  const page = readPageArgs(args.first, args.after);
  const where = { municipalityId, year: args.year, ...(args.schoolUnitId ? { schoolUnitId: args.schoolUnitId } : {}) };
  const [rows, totalCount] = await Promise.all([
    em.find(BudgetLine, page.after ? { ...where, id: { $gt: page.after } } : where, { orderBy: { id: 'asc' }, limit: page.first + 1 }),
    em.count(BudgetLine, where),
  ]);
  return toConnection(rows, page, totalCount, (line) => line.id);
}

async function checkedValues(em: EntityManager, caller: Caller, input: BudgetLineInput) {
  await validateInput(input);
  if (input.schoolUnitId != null && !(await findSchoolUnit(em, caller.municipalityId, input.schoolUnitId))) {
    throw badUserInput('input.schoolUnitId', 'Skolenheten finns inte i din kommun.');
  }
  return {
    year: input.year,
    schoolUnitId: input.schoolUnitId ?? null,
    category: input.category,
    kind: input.kind,
    amountSek: input.amountSek,
    note: input.note ?? null,
  };
}

async function findLine(em: EntityManager, caller: Caller, id: string): Promise<BudgetLine> {
  const line = UUID.test(id) ? await em.findOne(BudgetLine, { id, municipalityId: caller.municipalityId }) : null;
  if (!line) throw notFound(`Budgetraden ${id} finns inte.`);
  return line;
}

/** A second line for the same owner, year, kind and category would double count: refuse it as a conflict. */
async function uniquely<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new DomainError('CONFLICT', 'Det finns redan en budgetrad för samma ägare, år, slag och kostnadsslag.');
    }
    throw error;
  }
}

export function createBudgetLine(em: EntityManager, caller: Caller, input: BudgetLineInput): Promise<BudgetLine> {
  return uniquely(() =>
    em.transactional(async (tx) => {
      const line = tx.create(BudgetLine, { ...(await checkedValues(tx, caller, input)), municipalityId: caller.municipalityId });
      await tx.flush();
      await recordChange(tx, { ...caller, action: 'CREATE', entity: 'BudgetLine', entityId: line.id, before: null, after: line });
      return line;
    }),
  );
}

export function updateBudgetLine(em: EntityManager, caller: Caller, id: string, input: BudgetLineInput): Promise<BudgetLine> {
  return uniquely(() =>
    em.transactional(async (tx) => {
      const line = await findLine(tx, caller, id);
      const before = { ...line };
      tx.assign(line, await checkedValues(tx, caller, input));
      await tx.flush();
      await recordChange(tx, { ...caller, action: 'UPDATE', entity: 'BudgetLine', entityId: line.id, before, after: line });
      return line;
    }),
  );
}

export function deleteBudgetLine(em: EntityManager, caller: Caller, id: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const line = await findLine(tx, caller, id);
    const before = { ...line };
    await tx.nativeDelete(BudgetLine, { id: line.id, municipalityId: caller.municipalityId });
    await recordChange(tx, { ...caller, action: 'DELETE', entity: 'BudgetLine', entityId: id, before, after: null });
    return true;
  });
}

/** Sums per kind of the budget lines a query groups; `bl` is budget_line. */
const KIND_SUMS = `sum(bl.amount_sek) FILTER (WHERE bl.kind = 'BUDGET') AS budget,
  sum(bl.amount_sek) FILTER (WHERE bl.kind = 'OUTCOME') AS outcome,
  sum(bl.amount_sek) FILTER (WHERE bl.kind = 'FORECAST') AS forecast`;

export const CENTRAL_OWNER_NAME = 'Central enhet';

/** Costs per year with per-pupil figures and outcome vs budget: one statement. */
export async function costsByYear(em: EntityManager, municipalityId: string, fromYear: number, toYear: number): Promise<YearCost[]> {
  const rows = await em.execute<(KindSums & { year: number; pupils: number | null })[]>(
    `WITH lines AS (
       SELECT bl.year, ${KIND_SUMS} FROM budget_line bl
       WHERE bl.municipality_id = ? AND bl.year BETWEEN ? AND ? GROUP BY bl.year),
     pupils AS (
       SELECT f.year, sum(f.pupils)::int AS pupils FROM school_year_fact f
       WHERE f.municipality_id = ? AND f.year BETWEEN ? AND ? GROUP BY f.year)
     SELECT l.*, p.pupils FROM lines l LEFT JOIN pupils p USING (year) ORDER BY l.year`,
    [municipalityId, fromYear, toYear, municipalityId, fromYear, toYear],
  );
  return rows.map((row) => ({ year: row.year, ...costFigures(row, row.pupils ?? 0) }));
}

/** Costs per category in a year, every category present (0 when it has no lines). */
export async function costsByCategory(
  em: EntityManager,
  municipalityId: string,
  year: number,
  schoolUnitIds?: readonly string[],
): Promise<(CategoryCost & { schoolUnitId: string | null })[]> {
  const byUnit = schoolUnitIds !== undefined;
  if (byUnit && schoolUnitIds.length === 0) return [];
  const rows = await em.execute<(KindSums & { category: BudgetCategory; pupils: number; school_unit_id: string | null })[]>(
    `SELECT bl.category, ${byUnit ? 'bl.school_unit_id' : 'NULL::uuid AS school_unit_id'}, ${KIND_SUMS},
       coalesce((SELECT sum(f.pupils) FROM school_year_fact f WHERE f.municipality_id = bl.municipality_id AND f.year = bl.year
         ${byUnit ? 'AND f.school_unit_id = bl.school_unit_id' : ''}), 0)::int AS pupils
     FROM budget_line bl
     WHERE bl.municipality_id = ? AND bl.year = ? ${byUnit ? 'AND bl.school_unit_id = ANY(ARRAY[?]::uuid[])' : ''}
     GROUP BY bl.municipality_id, bl.year, bl.category${byUnit ? ', bl.school_unit_id' : ''}
     ORDER BY bl.category`,
    byUnit ? [municipalityId, year, [...schoolUnitIds]] : [municipalityId, year],
  );
  return rows.map((row) => ({ category: row.category, schoolUnitId: row.school_unit_id, ...costFigures(row, row.pupils) }));
}

/**
 * Costs per owner in a year, a page at a time: the central unit first (sort key '0', before every 8-digit code,
 * and never empty so its cursor is valid; its per-pupil figure is over all pupils),
 * then the school units by code. One statement for the page and the total.
 */
export async function costsByOwner(em: EntityManager, municipalityId: string, year: number, page: PageRequest): Promise<OwnerCostConnection> {
  type Row = KindSums & { sort_key: string; unit: SchoolUnitRow | null; pupils: number };
  const connection = await pagedSql<Row>(
    em,
    `SELECT coalesce(u.code, '0') AS sort_key,
       CASE WHEN u.id IS NULL THEN NULL ELSE ${SCHOOL_UNIT_JSON} END AS unit,
       coalesce(CASE WHEN u.id IS NULL THEN (SELECT sum(f.pupils) FROM school_year_fact f WHERE f.municipality_id = ? AND f.year = ?)
                     ELSE (SELECT f.pupils FROM school_year_fact f WHERE f.school_unit_id = u.id AND f.year = ?) END, 0)::int AS pupils,
       o.budget, o.outcome, o.forecast
     FROM (SELECT bl.school_unit_id, ${KIND_SUMS} FROM budget_line bl
           WHERE bl.municipality_id = ? AND bl.year = ? GROUP BY bl.school_unit_id) o
     LEFT JOIN school_unit u ON u.id = o.school_unit_id`,
    [municipalityId, year, year, municipalityId, year],
    page,
  );
  return mapConnection(connection, (row): OwnerCost => ({
    schoolUnit: row.unit as OwnerCost['schoolUnit'],
    ownerName: row.unit?.name ?? CENTRAL_OWNER_NAME,
    ...costFigures(row, row.pupils),
  }));
}
