/**
 * The engine's result narrowed to the public contract's ScenarioResult (CONTRACT.graphql), so the GraphQL
 * adapter only resolves ids to entities. Two deliberate gaps, left to the adapter to decide:
 * - `schools[].schoolUnitId` instead of a SchoolUnit object;
 * - `summary.supportUtilisation` is null when no support capacity is left at all (ρ would be infinite); the
 *   contract's field is non-null, so the adapter must choose how to show "no capacity" — never a fake number.
 */
import type { EquityStats } from './equity.calculator.js';
import type { RiskResult } from './risk.rules.js';
import type { ScenarioEvaluation } from './scenario.engine.js';
import type { RiskArea } from './types.js';

export interface RiskView {
  area: RiskArea;
  likelihood: number;
  consequence: number;
  score: number;
  explanation: string;
  overridden: boolean;
}

export interface EquitySummaryView {
  meanIndex: number;
  coefficientOfVariation: number;
  gini: number;
  p90p10: number | null;
  schoolsBelowThreshold: number;
  correlationWithSocioeconomicIndex: number | null;
}

export interface ScenarioResultView {
  summary: {
    grossSavingSek: number;
    shiftedCostSek: number;
    netSavingSek: number;
    supportFteBase: number;
    supportFteScenario: number;
    peoplePerFteBase: number | null;
    peoplePerFteScenario: number | null;
    supportUtilisation: number | null;
    expectedWaitHours: number | null;
  };
  baseRisks: RiskView[];
  risks: RiskView[];
  equityBase: EquitySummaryView;
  equityScenario: EquitySummaryView;
  schools: { schoolUnitId: string; equityIndexBase: number; equityIndexScenario: number }[];
}

const risk = (r: RiskResult): RiskView => ({ area: r.area, likelihood: r.likelihood, consequence: r.consequence, score: r.score, explanation: r.explanation, overridden: r.overridden });

const equity = (e: EquityStats): EquitySummaryView => ({
  meanIndex: e.meanIndex,
  coefficientOfVariation: e.coefficientOfVariation,
  gini: e.gini,
  p90p10: e.p90p10,
  schoolsBelowThreshold: e.schoolsBelowThreshold,
  correlationWithSocioeconomicIndex: e.correlationWithSocioeconomicIndex,
});

export function toScenarioResultView(r: ScenarioEvaluation): ScenarioResultView {
  const s = r.summary;
  return {
    summary: {
      grossSavingSek: s.grossSavingSek,
      shiftedCostSek: s.shiftedCostSek,
      netSavingSek: s.netSavingSek,
      supportFteBase: s.supportFteBase,
      supportFteScenario: s.supportFteScenario,
      peoplePerFteBase: s.peoplePerFteBase,
      peoplePerFteScenario: s.peoplePerFteScenario,
      supportUtilisation: s.supportUtilisation,
      expectedWaitHours: s.expectedWaitHours,
    },
    baseRisks: r.baseRisks.map(risk),
    risks: r.risks.map(risk),
    equityBase: equity(r.equityBase),
    equityScenario: equity(r.equityScenario),
    schools: r.schools.map((x) => ({ schoolUnitId: x.schoolUnitId, equityIndexBase: x.equityIndexBase, equityIndexScenario: x.equityIndexScenario })),
  };
}
