/**
 * The scenario engine alone, as a function a bench runner can call: prepareBase once per size, then evaluate the
 * demo's cut (1.0 FTE of the first support post) over each horizon; median of `runs` after a warm-up. Pure CPU, no
 * database. `bench/engine.ts` prints it; bench/run.ts can `await runEngineBench()` and print `formatEngineBench(rows)`.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_ASSUMPTIONS, evaluate, prepareBase } from '../api/src/model/index.js';
import { syntheticInput } from '../api/src/model/fixtures.js';

export interface EngineBenchOptions {
  /** School units per synthetic municipality. */
  sizes?: readonly number[];
  horizons?: readonly number[];
  runs?: number;
}

export interface EngineBenchRow {
  units: number;
  horizonYears: number;
  prepareMs: number;
  /** Median of the runs. */
  evaluateMs: number;
  microsPerUnitYear: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function runEngineBench(options: EngineBenchOptions = {}): EngineBenchRow[] {
  const { sizes = [20, 2000, 16000], horizons = [3, 10], runs = 7 } = options;
  const rows: EngineBenchRow[] = [];
  for (const units of sizes) {
    for (const horizonYears of horizons) {
      const input = syntheticInput(units, 42);
      const t0 = performance.now();
      const prepared = prepareBase(input, DEFAULT_ASSUMPTIONS);
      const prepareMs = performance.now() - t0;
      const scenario = { baseYear: 2026, horizonYears, levers: [{ kind: 'changePostFte' as const, postId: 'p-support-1', deltaFte: -1 }] };
      evaluate(prepared, scenario);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        evaluate(prepared, scenario);
        times.push(performance.now() - t);
      }
      const evaluateMs = median(times);
      rows.push({ units, horizonYears, prepareMs, evaluateMs, microsPerUnitYear: (evaluateMs * 1000) / units / horizonYears });
    }
  }
  return rows;
}

export function formatEngineBench(rows: readonly EngineBenchRow[]): string {
  const lines = ['units      horizon   prepareBase ms   evaluate ms (median)   per unit and year µs'];
  for (const r of rows) {
    lines.push(`${String(r.units).padEnd(11)}${String(r.horizonYears).padEnd(10)}${r.prepareMs.toFixed(1).padEnd(17)}${r.evaluateMs.toFixed(1).padEnd(23)}${r.microsPerUnitYear.toFixed(1)}`);
  }
  return `${lines.join('\n')}\n`;
}
