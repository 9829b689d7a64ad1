/**
 * scenarioSensitivity: the scenario's input checked as evaluateScenario checks it, the caller's base data and
 * assumption values read once (the scenario adapter's prepared base), then the pure sensitivity analysis reuses that
 * base for every evaluation: no database round trip per evaluation. Writes nothing.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../graphql/errors.js';
import { sensitivity, validate } from '../../model/index.js';
import type { SensitivityAnalysis, SensitivityResultId } from '../../model/index.js';
import type { Municipality } from '../municipalities/municipality.entity.js';
import type { ScenarioInput } from '../scenarios/dto/scenario.input.js';
import { loadScenarioBase } from '../scenarios/scenario-input.service.js';
import { checkShape, leversFromInput } from '../scenarios/scenario.service.js';
import { BreakEvenState, SensitivityResultKind } from './dto/sensitivity.output.js';
import type { SensitivityResult } from './dto/sensitivity.output.js';

const KIND: Record<SensitivityResultId, SensitivityResultKind> = {
  netSavingSek: SensitivityResultKind.NET_SAVING_SEK,
  supportUtilisation: SensitivityResultKind.SUPPORT_UTILISATION,
  expectedWaitHours: SensitivityResultKind.EXPECTED_WAIT_HOURS,
  equityMeanIndex: SensitivityResultKind.EQUITY_MEAN_INDEX,
  equityCoefficientOfVariation: SensitivityResultKind.EQUITY_COEFFICIENT_OF_VARIATION,
  totalRiskScore: SensitivityResultKind.TOTAL_RISK_SCORE,
};

/** The model's analysis in the GraphQL shape (assumption labels as names, result ids as enum values). */
export function sensitivityOut(a: SensitivityAnalysis): SensitivityResult {
  return {
    summaryYear: a.summaryYear,
    evaluations: a.evaluations,
    tornadoes: a.tornadoes.map((t) => ({
      result: KIND[t.result],
      label: t.label,
      unit: t.unit,
      value: t.value,
      rows: t.rows.map(({ label, ...row }) => ({ ...row, name: label })),
    })),
    ranges: a.ranges.map((r) => ({ ...r, result: KIND[r.result], assumptionIds: [...r.assumptionIds] })),
    breakEven: a.breakEven.map(({ label, state, ...b }) => ({ ...b, name: label, state: BreakEvenState[state] })),
  };
}

export async function scenarioSensitivity(em: EntityManager, municipality: Municipality, input: ScenarioInput): Promise<SensitivityResult> {
  checkShape(input);
  const levers = leversFromInput(input);
  if (!Number.isInteger(input.baseYear)) throw badUserInput('input.baseYear', 'Basåret måste vara ett heltal.');
  const base = await loadScenarioBase(em, municipality, { fromYear: input.baseYear, toYear: input.baseYear + input.horizonYears });
  const scenario = { baseYear: input.baseYear, horizonYears: input.horizonYears, levers };
  const [error] = validate(base.prepared, scenario);
  if (error) throw badUserInput(`input.${error.field}`, error.message);
  return sensitivityOut(sensitivity(base.prepared, scenario));
}
