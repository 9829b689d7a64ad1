import type { AssumptionId } from './assumptions.js';

/** Where a figure came from: the formula's name and words, its inputs and the assumptions it used. */
export interface TraceEntry {
  /** The figure's path in the result, e.g. `years.2027.scenario.support.capacityHours` or `summary.netSavingSek`. */
  figure: string;
  /** The formula's name. */
  formula: string;
  /** The formula in words, Swedish. */
  description: string;
  value: number | string | boolean | null;
  inputs: Record<string, number | string | boolean | null>;
  assumptionIds: AssumptionId[];
}

/** Collects trace entries while a calculation runs; a figure added twice keeps the last entry. */
export class Tracer {
  constructor(
    private readonly prefix: string,
    readonly entries: Map<string, TraceEntry> = new Map(),
  ) {}

  add(entry: TraceEntry): void {
    const figure = this.prefix ? `${this.prefix}.${entry.figure}` : entry.figure;
    this.entries.set(figure, { ...entry, figure });
  }

  /** A tracer whose figures sit under `prefix`, writing to the same store. */
  child(prefix: string): Tracer {
    return new Tracer(this.prefix ? `${this.prefix}.${prefix}` : prefix, this.entries);
  }
}
