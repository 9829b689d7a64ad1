/**
 * Learning-platform rollout to the remaining units: work = units × hours per unit, done by the share of
 * PLATFORM_ADMIN capacity that goes to rollout, year by year (the last year's capacity continues after the
 * horizon). Months to finish are counted from the start of the horizon; delay = months − months planned.
 */

export interface RolloutInput {
  unitsRemaining: number;
  hoursPerUnit: number;
  monthsPlanned: number;
  /** Rollout hours available in each year of the horizon, in order. */
  rolloutHoursPerYear: readonly number[];
}

export interface RolloutResult {
  workHours: number;
  /** null when no capacity is left to finish (stalled). */
  monthsToFinish: number | null;
  delayMonths: number | null;
  /** Units still without the platform at the end of each horizon year. */
  unitsRemainingAtYearEnd: number[];
}

export function rollout(input: RolloutInput): RolloutResult {
  const { unitsRemaining, hoursPerUnit, monthsPlanned, rolloutHoursPerYear: caps } = input;
  const workHours = unitsRemaining * hoursPerUnit;
  let left = workHours;
  let months: number | null = null;
  const unitsRemainingAtYearEnd: number[] = [];
  caps.forEach((cap, i) => {
    if (months === null && left > 0 && cap > 0 && cap >= left) months = 12 * i + (12 * left) / cap;
    left = Math.max(0, left - cap);
    unitsRemainingAtYearEnd.push(hoursPerUnit > 0 ? Math.max(0, Math.ceil(left / hoursPerUnit - 1e-9)) : 0);
  });
  if (workHours <= 0) months = 0;
  else if (months === null) {
    const last = caps.at(-1) ?? 0;
    if (last > 0) months = 12 * caps.length + (12 * left) / last;
  }
  return { workHours, monthsToFinish: months, delayMonths: months === null ? null : months - monthsPlanned, unitsRemainingAtYearEnd };
}
