import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, DomainError, notFound } from '../../graphql/errors.js';
import { readPageArgs, toConnection, type ConnectionShape } from '../../graphql/types/connection.js';
import { validateInput } from '../../graphql/validate-input.js';
import { recordChange } from '../audit/audit.service.js';
import { findSchoolUnit } from '../schools/school-unit.service.js';
import { BudgetLine } from './budget-line.entity.js';
import type { BudgetLineInput } from './dto/budget-line.input.js';

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
