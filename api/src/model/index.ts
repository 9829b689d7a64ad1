/** The scenario model's public API: pure functions and plain data. */
export * from './types.js';
export * from './assumptions.js';
export * from './levers.js';
export * from './scenario.engine.js';
export { validateInput } from './input.validation.js';
export type { TraceEntry } from './trace.js';
export type { RiskResult, RiskFigures, Rating } from './risk.rules.js';
export { RISK_BANDS, RISK_CONSEQUENCE, CONSEQUENCE_RAISERS, RISK_AREA_SERVICE_AREAS } from './risk.rules.js';
export type { EquityStats, EquityComponents } from './equity.calculator.js';
export type { GoalImpact } from './goals.calculator.js';
export type { RolloutResult } from './rollout.calculator.js';
export type { TrainingResult } from './training.calculator.js';
export type { WorkloadResult } from './workload.calculator.js';
export type { QueueResult } from './queue.calculator.js';
export { formatNumber, formatTkr, formatPercent } from './format.js';
export { toScenarioResultView } from './contract.view.js';
export type { ScenarioResultView, RiskView, EquitySummaryView } from './contract.view.js';
export * from './sensitivity.calculator.js';
