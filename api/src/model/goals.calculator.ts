/**
 * Goals at risk. The model does not predict goal achievement; it shows which sub-goals lose the work that served
 * them. For each sub-goal: the capacity (hours) of the service areas serving it, base vs scenario; a loss of at
 * least `goalAtRiskCapacityLossShare` flags the goal.
 */
import type { GoalInput, ServiceArea, SubGoal } from './types.js';

export interface GoalImpact {
  goal: SubGoal;
  name: string;
  serviceAreas: ServiceArea[];
  baseCapacityHours: number;
  scenarioCapacityHours: number;
  /** (base − scenario) / base; 0 when the goal had no capacity; negative when capacity grows. */
  capacityLossShare: number;
  atRisk: boolean;
}

export function goalImpacts(
  goals: readonly GoalInput[],
  base: Record<ServiceArea, number>,
  scenario: Record<ServiceArea, number>,
  lossThreshold: number,
): GoalImpact[] {
  return goals.map((g) => {
    const b = g.serviceAreas.reduce((s, a) => s + base[a], 0);
    const s = g.serviceAreas.reduce((t, a) => t + scenario[a], 0);
    const loss = b > 0 ? (b - s) / b : 0;
    return { goal: g.id, name: g.name, serviceAreas: [...g.serviceAreas], baseCapacityHours: b, scenarioCapacityHours: s, capacityLossShare: loss, atRisk: loss >= lossThreshold - 1e-12 };
  });
}

/** The sub-goals served by any of the given areas, in the goals' order. */
export function goalsServedBy(goals: readonly GoalInput[], areas: readonly ServiceArea[]): SubGoal[] {
  return goals.filter((g) => g.serviceAreas.some((a) => areas.includes(a))).map((g) => g.id);
}
