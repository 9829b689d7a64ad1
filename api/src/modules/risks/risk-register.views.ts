import type { RiskArea } from '../scenarios/dto/scenario.output.js';
import type { RiskAssessmentStep, RiskSource, ScenarioRisk } from './dto/risk-register.output.js';
import type { RegisterRisk } from './risk-register.rules.js';

/** A register entry as the GraphQL ScenarioRisk shows it: the rating in force first, the original beside it. */
export function registerRiskOut(r: RegisterRisk): ScenarioRisk {
  return {
    id: r.id,
    number: r.number,
    source: r.source as RiskSource,
    area: r.area as RiskArea,
    description: r.description,
    likelihood: r.rating.likelihood,
    consequence: r.rating.consequence,
    score: r.score,
    originalLikelihood: r.original.likelihood,
    originalConsequence: r.original.consequence,
    overridden: r.overridden,
    override: r.override,
    residualLikelihood: r.residual?.likelihood ?? null,
    residualConsequence: r.residual?.consequence ?? null,
    step: r.step as RiskAssessmentStep,
    threatenedGoals: r.threatenedGoals,
    mitigations: r.mitigations,
  };
}
