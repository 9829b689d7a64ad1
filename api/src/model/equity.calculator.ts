/**
 * Digital equity (likvärdighet). Per school an index in [0, 1] = weighted mean of normalised components:
 * device coverage, access to support, staff competence, self-assessed maturity. Across schools: mean,
 * coefficient of variation, Gini, P90/P10, schools under the threshold and the Pearson correlation with the
 * socioeconomic index. Central support is shared by need: the schools' central demand is met in the same
 * proportion r = min(1, capacity / demand), and a local IT coordinator meets part of the need locally, so a cut
 * lowers support access by (1 − local share)·Δr — most where there is no coordinator.
 */

export interface EquityWeights {
  devices: number;
  support: number;
  competence: number;
  maturity: number;
}

export interface EquityComponents {
  deviceCoverage: number;
  supportAccess: number;
  staffCompetence: number;
  maturity: number;
}

const clamp01 = (x: number) => (x <= 0 || Number.isNaN(x) ? 0 : x >= 1 ? 1 : x);

/** Pupil devices / devices needed (one per 1:1 pupil, one per `pupilsPerSharedDevice` other pupils), capped at 1. */
export function deviceCoverage(pupilDevices: number, oneToOnePupils: number, pupils: number, pupilsPerSharedDevice: number): number {
  const needed = oneToOnePupils + Math.max(0, pupils - oneToOnePupils) / pupilsPerSharedDevice;
  return needed > 0 ? clamp01(pupilDevices / needed) : 1;
}

/** Share of a school's support need that is met: local share + (1 − local share) × the central fill rate. */
export function supportAccess(localShare: number, centralFillRate: number): number {
  return clamp01(localShare + (1 - localShare) * centralFillRate);
}

export function equityIndex(c: EquityComponents, w: EquityWeights): number {
  const sum = w.devices + w.support + w.competence + w.maturity;
  if (sum <= 0) return 0;
  return clamp01(
    (w.devices * clamp01(c.deviceCoverage) + w.support * clamp01(c.supportAccess) + w.competence * clamp01(c.staffCompetence) + w.maturity * clamp01(c.maturity)) / sum,
  );
}

export interface EquityStats {
  schools: number;
  meanIndex: number;
  /** Population standard deviation / mean; 0 when the mean is 0. */
  coefficientOfVariation: number;
  /** In [0, 1); 0 when every index is 0. */
  gini: number;
  p10: number;
  p90: number;
  /** null when P10 is 0 (the ratio is undefined) or the ratio overflows. */
  p90p10: number | null;
  schoolsBelowThreshold: number;
  /** Pearson r over the schools with a known index; null with fewer than two or no variation. */
  correlationWithSocioeconomicIndex: number | null;
}

/** Percentile by linear interpolation between closest ranks (R-7, Excel's PERCENTILE.INC) on sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Gini = Σ (2i − n − 1)·xᵢ / (n·Σx) over ascending xᵢ, i = 1..n. */
export function gini(sorted: readonly number[]): number {
  const n = sorted.length;
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    sum += sorted[i]!;
    weighted += (2 * (i + 1) - n - 1) * sorted[i]!;
  }
  if (n === 0 || sum <= 0) return 0;
  return Math.min(Math.max(0, weighted / (n * sum)), (n - 1) / n);
}

export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Variation below rounding noise is no variation.
  if (sxx <= 1e-24 * n || syy <= 1e-24 * n) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

export function equityStats(indices: readonly number[], socioeconomic: readonly (number | null)[], threshold: number): EquityStats {
  const n = indices.length;
  const sorted = [...indices].sort((a, b) => a - b);
  let sum = 0;
  let below = 0;
  for (const x of indices) {
    sum += x;
    if (x < threshold) below++;
  }
  const mean = n > 0 ? sum / n : 0;
  let ss = 0;
  for (const x of indices) ss += (x - mean) * (x - mean);
  const sd = n > 0 ? Math.sqrt(ss / n) : 0;
  const xs: number[] = [];
  const ys: number[] = [];
  indices.forEach((x, i) => {
    const s = socioeconomic[i];
    if (s != null && Number.isFinite(s)) {
      xs.push(x);
      ys.push(s);
    }
  });
  const p10 = percentile(sorted, 0.1);
  const p90 = percentile(sorted, 0.9);
  return {
    schools: n,
    meanIndex: mean,
    coefficientOfVariation: mean > 0 ? sd / mean : 0,
    gini: gini(sorted),
    p10,
    p90,
    // A P10 so small that the ratio overflows is as undefined as a P10 of 0.
    p90p10: p10 > 0 && Number.isFinite(p90 / p10) ? p90 / p10 : null,
    schoolsBelowThreshold: below,
    correlationWithSocioeconomicIndex: pearson(xs, ys),
  };
}
