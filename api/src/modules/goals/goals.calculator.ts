/** Whether an actual value meets a target; null when either is missing. */
export function meetsTarget(actual: number | null, target: number | null, higherIsBetter: boolean): boolean | null {
  if (actual === null || target === null) return null;
  return higherIsBetter ? actual >= target : actual <= target;
}

/** Distance to the target, positive = better than the target, two decimals. */
export function gapToTarget(actual: number | null, target: number | null, higherIsBetter: boolean): number | null {
  if (actual === null || target === null) return null;
  return Math.round((higherIsBetter ? actual - target : target - actual) * 100) / 100;
}
