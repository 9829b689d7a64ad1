/**
 * Costs per owner and category. The base is the budget lines of the year (BUDGET before FORECAST before OUTCOME;
 * a year without lines carries the nearest earlier year forward, in fixed prices). Levers add deltas the model
 * computes: a post's cost per FTE × ΔFTE on the support unit's PERSONNEL; lease cost changes on a school's
 * DEVICES; budget changes on the category. Each delta is rounded once (half away from zero), so every total is
 * the exact sum of its integer cells.
 */
import { BUDGET_CATEGORIES } from './types.js';
import type { BudgetCategory, BudgetKind, BudgetLineInput, DeviceFleetInput, OwnerKind } from './types.js';
import { allocateSek, roundSek } from './money.js';

export const KIND_PREFERENCE: readonly BudgetKind[] = ['BUDGET', 'FORECAST', 'OUTCOME'];
export const CATEGORY_INDEX = Object.fromEntries(BUDGET_CATEGORIES.map((c, i) => [c, i])) as Record<BudgetCategory, number>;

export interface Owner {
  kind: OwnerKind;
  id: string;
}

/** One year's cost cells: amounts[owner][category], whole SEK. */
export interface CostTable {
  owners: readonly Owner[];
  amounts: number[][];
  /** The budget lines' year and kind used, or null when no lines exist. */
  source: { year: number; kind: BudgetKind } | null;
}

/** Groups budget lines once: year → kind → ownerKey → amounts per category. */
export function indexBudgetLines(lines: readonly BudgetLineInput[]): { owners: Owner[]; ownerIndex: Map<string, number>; byYear: Map<number, Map<BudgetKind, number[][]>> } {
  const owners: Owner[] = [];
  const ownerIndex = new Map<string, number>();
  const byYear = new Map<number, Map<BudgetKind, number[][]>>();
  for (const line of lines) {
    const key = ownerKey(line.ownerKind, line.ownerId);
    let o = ownerIndex.get(key);
    if (o === undefined) {
      o = owners.length;
      owners.push({ kind: line.ownerKind, id: line.ownerId });
      ownerIndex.set(key, o);
    }
    let kinds = byYear.get(line.year);
    if (!kinds) byYear.set(line.year, (kinds = new Map()));
    let cells = kinds.get(line.kind);
    if (!cells) kinds.set(line.kind, (cells = []));
    const row = (cells[o] ??= BUDGET_CATEGORIES.map(() => 0));
    row[CATEGORY_INDEX[line.category]]! += line.amountSek;
  }
  return { owners, ownerIndex, byYear };
}

export const ownerKey = (kind: OwnerKind, id: string) => `${kind}:${id}`;

/** Annual lease cost of a fleet: devices × monthly cost × lease term (months) / replacement cycle (years). */
export function fleetAnnualCost(f: Pick<DeviceFleetInput, 'count' | 'leaseCostPerMonthSek' | 'leaseTermMonths' | 'replacementCycleYears'>): number {
  return f.replacementCycleYears > 0 ? (f.count * f.leaseCostPerMonthSek * f.leaseTermMonths) / f.replacementCycleYears : 0;
}

/** Adds `deltaSek` (already whole SEK) to a cell, creating the owner when needed. */
export function addToCell(table: { owners: Owner[]; amounts: number[][]; index: Map<string, number> }, owner: Owner, category: BudgetCategory, deltaSek: number): void {
  const key = ownerKey(owner.kind, owner.id);
  let o = table.index.get(key);
  if (o === undefined) {
    o = table.owners.length;
    table.owners.push(owner);
    table.amounts.push(BUDGET_CATEGORIES.map(() => 0));
    table.index.set(key, o);
  }
  table.amounts[o]![CATEGORY_INDEX[category]]! += deltaSek;
}

/** Percent change of each selected cell, each rounded once. */
export function percentOfCells(amounts: readonly number[], percent: number): number[] {
  return amounts.map((a) => roundSek((a * percent) / 100));
}

/** A total change spread over the selected cells in proportion to their amounts (exact, largest remainder). */
export function spreadAmount(amounts: readonly number[], amountSek: number): number[] {
  return allocateSek(amountSek, amounts.map((a) => Math.abs(a)));
}
