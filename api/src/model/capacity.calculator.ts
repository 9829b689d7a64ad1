/**
 * Capacity per service area = Σ over posts of FTE × share of time × productive hours per FTE-year.
 * FTE and shares are kept in integer hundredths so that sums of FTE are exact (0.1 + 0.2 = 0.3).
 */
import { SERVICE_AREAS } from './types.js';
import type { PostInput, ServiceArea } from './types.js';
import { toHundredths } from './levers.js';

export interface PostState {
  id: string;
  /** FTE in hundredths (1.0 FTE = 100). */
  fteH: number;
  /** Share of time per area in hundredths (sum 100). */
  sharesH: Record<ServiceArea, number>;
}

export function postState(post: PostInput): PostState {
  const sharesH = Object.fromEntries(SERVICE_AREAS.map((a) => [a, toHundredths(post.timeShares[a] ?? 0)])) as Record<ServiceArea, number>;
  return { id: post.id, fteH: toHundredths(post.fte), sharesH };
}

export const zeroByArea = (): Record<ServiceArea, number> => Object.fromEntries(SERVICE_AREAS.map((a) => [a, 0])) as Record<ServiceArea, number>;

/** Total FTE of the unit. */
export function totalFte(posts: readonly PostState[]): number {
  return posts.reduce((s, p) => s + p.fteH, 0) / 100;
}

/** FTE per area: Σ FTE × share. */
export function fteByArea(posts: readonly PostState[]): Record<ServiceArea, number> {
  const out = zeroByArea();
  // Sum in ten-thousandths (integers) and divide once.
  for (const a of SERVICE_AREAS) out[a] = posts.reduce((s, p) => s + p.fteH * p.sharesH[a], 0) / 10_000;
  return out;
}

/**
 * Hours a year of `fte` full-time posts, in whole hours: what the support unit's page shows for an area's FTE, and
 * for one FTE as the hours the capacity is counted with (the value of the productiveHoursPerFte assumption).
 */
export function wholeHoursOfFte(fte: number, productiveHoursPerFte: number): number {
  return Math.round(fte * productiveHoursPerFte);
}

/** Hours per year per area: FTE in the area × productive hours per FTE-year. */
export function capacityByArea(posts: readonly PostState[], productiveHoursPerFte: number): Record<ServiceArea, number> {
  const fte = fteByArea(posts);
  const out = zeroByArea();
  for (const a of SERVICE_AREAS) out[a] = fte[a] * productiveHoursPerFte;
  return out;
}
