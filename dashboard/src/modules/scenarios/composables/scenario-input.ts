import type { BudgetCategory, ScenarioInput } from '../../../gql/graphql';

/** What the levers on the page say, before it becomes the API's ScenarioInput. */
export interface LeverState {
  name: string;
  /** Post id → change in FTE (negative = cut). */
  postFte: Record<string, number>;
  /** Category → change in percent of its budget. */
  budgetPercent: Partial<Record<BudgetCategory, number>>;
  /** New lease price per device and month; null = unchanged. */
  leaseCostPerMonthSek: number | null;
  /** New replacement cycle in years; null = unchanged. */
  replacementCycleYears: number | null;
}

export const emptyLevers = (name: string): LeverState => ({ name, postFte: {}, budgetPercent: {}, leaseCostPerMonthSek: null, replacementCycleYears: null });

/** FTE with at most two decimals, as the API requires. */
const twoDecimals = (x: number) => Math.round(x * 100) / 100;

/**
 * The ScenarioInput for the levers: only the levers that change something, each from the first year after the base
 * year (the budget year is decided), over the given horizon.
 */
export function buildScenarioInput(state: LeverState, baseYear: number, horizonYears: number): ScenarioInput {
  const fromYear = baseYear + 1;
  const levers: ScenarioInput['levers'] = [];
  for (const [postId, delta] of Object.entries(state.postFte)) {
    const deltaFte = twoDecimals(delta);
    if (deltaFte !== 0) levers.push({ changePostFte: { postId, deltaFte, fromYear } });
  }
  for (const [category, percent] of Object.entries(state.budgetPercent)) {
    if (percent) levers.push({ changeBudget: { category, percent, fromYear } });
  }
  if (state.leaseCostPerMonthSek !== null || state.replacementCycleYears !== null) {
    levers.push({
      changeDevices: {
        fromYear,
        ...(state.leaseCostPerMonthSek !== null ? { leaseCostPerMonthSek: Math.round(state.leaseCostPerMonthSek) } : {}),
        ...(state.replacementCycleYears !== null ? { replacementCycleYears: state.replacementCycleYears } : {}),
      },
    });
  }
  return { name: state.name.trim() || 'Scenario', baseYear, horizonYears, levers };
}

/** How many levers change something (shown on the comparison cards). */
export const leverCount = (state: LeverState, baseYear: number) => buildScenarioInput(state, baseYear, 1).levers.length;

/**
 * A saved scenario's levers back on the page's controls (the inverse of buildScenarioInput). What the controls cannot
 * show — a lever from another year than the first after the base year, a budget change for some units only or in
 * kronor, moved post time, a training target, 1:1 years — is left out and counted, so the page can say so.
 */
export function leversFromInput(input: ScenarioInput): { state: LeverState; notShown: number } {
  const state = emptyLevers(input.name);
  const fromYear = input.baseYear + 1;
  const atStart = (year: number | null | undefined) => year === undefined || year === null || year === fromYear;
  let notShown = 0;
  for (const lever of input.levers) {
    const { changePostFte: post, changeBudget: budget, changeDevices: devices } = lever;
    if (post && atStart(post.fromYear)) {
      state.postFte[post.postId] = twoDecimals((state.postFte[post.postId] ?? 0) + post.deltaFte);
    } else if (budget && atStart(budget.fromYear) && typeof budget.percent === 'number' && !budget.amountSek && !budget.central && !budget.schoolUnitId && !budget.group) {
      const category = budget.category as BudgetCategory;
      state.budgetPercent[category] = (state.budgetPercent[category] ?? 0) + budget.percent;
    } else if (devices && atStart(devices.fromYear) && !devices.oneToOneYears && !devices.schoolUnitId) {
      if (typeof devices.leaseCostPerMonthSek === 'number') state.leaseCostPerMonthSek = devices.leaseCostPerMonthSek;
      if (typeof devices.replacementCycleYears === 'number') state.replacementCycleYears = devices.replacementCycleYears;
    } else {
      notShown += 1;
    }
  }
  return { state, notShown };
}
