/**
 * The risk register of a saved scenario as plain data: the engine's risks (one per risk area) merged with what
 * people added — manual risks, overrides with their justification, mitigations, residual ratings and the step of
 * the risk assessment (AFS 2023:1: identify → assess → act → follow up). Pure, so the API, the exported document
 * and the tests all read the same register.
 */
import type { RiskArea, RiskResult } from '../../model/index.js';

export type RiskSource = 'ENGINE' | 'MANUAL';
export type RiskStep = 'IDENTIFIED' | 'ASSESSED' | 'ACTIONS_DECIDED' | 'FOLLOWED_UP';
export const RISK_STEPS: readonly RiskStep[] = ['IDENTIFIED', 'ASSESSED', 'ACTIONS_DECIDED', 'FOLLOWED_UP'];

export interface RatingData {
  likelihood: number;
  consequence: number;
}

export interface MitigationData {
  id: string;
  action: string;
  owner: string;
  dueDate: string | null;
  done: boolean;
}

/** One stored register row (engine rows exist from the scenario's creation, one per area). */
export interface RiskRowData {
  id: string;
  source: RiskSource;
  area: RiskArea;
  /** Manual risks only: the description and rating people gave. */
  description: string | null;
  likelihood: number | null;
  consequence: number | null;
  override: (RatingData & { justification: string; by: string; at: Date }) | null;
  residual: RatingData | null;
  step: RiskStep;
  sortOrder: number;
  mitigations: MitigationData[];
}

export interface RegisterRisk {
  id: string;
  /** R1, R2, … in register order: the label the matrix and the document use. */
  number: number;
  source: RiskSource;
  area: RiskArea;
  description: string;
  /** What the engine (or the person adding a manual risk) rated, before any override. */
  original: RatingData;
  /** The rating in force: the override when there is one. */
  rating: RatingData;
  score: number;
  overridden: boolean;
  override: RiskRowData['override'];
  residual: RatingData | null;
  step: RiskStep;
  threatenedGoals: string[];
  mitigations: MitigationData[];
}

const AREA_ORDER: RiskArea[] = ['EQUITY', 'WORKLOAD', 'COMPETENCE_LOSS', 'ONE_TO_ONE_PROGRAMME', 'SUPPORT_RESPONSE', 'ASSISTIVE_TOOLS', 'SUPERVISOR_TRAINING', 'PLATFORM_ROLLOUT'];

/** Engine rows first in the engine's area order, then manual risks in the order they were added. */
export function buildRegister(engineRisks: readonly RiskResult[], rows: readonly RiskRowData[]): RegisterRisk[] {
  const byArea = new Map(engineRisks.map((r) => [r.area, r]));
  const engineRows = rows.filter((r) => r.source === 'ENGINE').sort((a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area));
  const manualRows = rows.filter((r) => r.source === 'MANUAL').sort((a, b) => a.sortOrder - b.sortOrder);
  const out: RegisterRisk[] = [];
  for (const row of [...engineRows, ...manualRows]) {
    const engine = row.source === 'ENGINE' ? byArea.get(row.area) : undefined;
    if (row.source === 'ENGINE' && !engine) continue;
    const original: RatingData = engine
      ? { likelihood: engine.likelihood, consequence: engine.consequence }
      : { likelihood: row.likelihood ?? 1, consequence: row.consequence ?? 1 };
    const rating: RatingData = row.override ? { likelihood: row.override.likelihood, consequence: row.override.consequence } : original;
    out.push({
      id: row.id,
      number: out.length + 1,
      source: row.source,
      area: row.area,
      description: engine ? engine.explanation : (row.description ?? ''),
      original,
      rating,
      score: rating.likelihood * rating.consequence,
      overridden: row.override !== null,
      override: row.override,
      residual: row.residual,
      step: row.step,
      threatenedGoals: engine ? [...engine.threatenedGoals] : [],
      mitigations: row.mitigations,
    });
  }
  return out;
}

/** The engine's risks with overrides applied: what the contract's `ScenarioResult.risks` shows. */
export function applyOverrides<T extends { area: RiskArea; likelihood: number; consequence: number; score: number; overridden: boolean }>(
  risks: readonly T[],
  rows: readonly RiskRowData[],
): T[] {
  const overrides = new Map(rows.filter((r) => r.source === 'ENGINE' && r.override).map((r) => [r.area, r.override!]));
  return risks.map((risk) => {
    const o = overrides.get(risk.area);
    return o ? { ...risk, likelihood: o.likelihood, consequence: o.consequence, score: o.likelihood * o.consequence, overridden: true } : risk;
  });
}
