import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { validateInput } from '../../graphql/validate-input.js';
import { recordChange } from '../audit/audit.service.js';
import { findSchoolUnit } from '../schools/school-unit.service.js';
import type { IndicatorValueOutput } from './dto/indicator.output.js';
import type { IndicatorValueInput } from './dto/indicator-value.input.js';
import { IndicatorValue } from './indicator-value.entity.js';

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
