import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, DomainError, notFound } from '../../graphql/errors.js';
import { validateInput } from '../../graphql/validate-input.js';
import { recordChange } from '../audit/audit.service.js';
import type { GoalInput } from './dto/goal.input.js';
import { MunicipalityGoal, MunicipalityGoalTarget } from './municipality-goal.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Caller {
  municipalityId: string;
  actor: string;
}

/** What the mutation returns: the goal's id and code; clients read the rest through Municipality.goals. */
export interface SavedGoal {
  id: string;
  code: string;
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
