import { BudgetKind } from './budget.enums.js';
import type { CostFigures } from './dto/cost.output.js';

/** Sums of a group of budget lines per kind, as SQL returns them (numeric sums arrive as numbers or strings). */
export interface KindSums {
  budget: number | string | null;
  outcome: number | string | null;
  forecast: number | string | null;
}

const toSek = (value: number | string | null): number | null => (value === null ? null : Number(value));

/**
 * Budget vs outcome and per-pupil figures of one group, in one pass over its sums. The amount shown is the best
 * known figure of the year: outcome once the books are closed, else the forecast, else the budget.
 */
export function costFigures(sums: KindSums, pupils: number): CostFigures {
  const budgetSek = toSek(sums.budget);
  const outcomeSek = toSek(sums.outcome);
  const forecastSek = toSek(sums.forecast);
  const [amountSek, amountKind] =
    outcomeSek !== null
      ? [outcomeSek, BudgetKind.OUTCOME]
      : forecastSek !== null
        ? [forecastSek, BudgetKind.FORECAST]
        : [budgetSek ?? 0, BudgetKind.BUDGET];
  const compared = outcomeSek ?? (budgetSek !== null ? forecastSek : null);
  const deviationSek = compared !== null && budgetSek !== null ? compared - budgetSek : null;
  return {
    budgetSek,
    outcomeSek,
    forecastSek,
    amountSek,
    amountKind,
    deviationSek,
    deviationPercent: deviationSek !== null && budgetSek ? Math.round((1000 * deviationSek) / budgetSek) / 10 : null,
    pupils,
    perPupilSek: pupils > 0 ? Math.round(amountSek / pupils) : null,
  };
}
