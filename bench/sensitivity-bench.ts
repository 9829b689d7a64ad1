/**
 * Times a full sensitivity analysis (tornado over every assumption, ranges, break-even) of the demo cut on the demo
 * municipality and of the same kind of cut on a 200-unit synthetic municipality: prepareBase once, then the
 * analysis, median of several runs after a warm-up. Exported so that `pnpm bench` can include it.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_ASSUMPTIONS, prepareBase, sensitivity } from '../api/src/model/index.js';
import type { MunicipalityInput, Scenario } from '../api/src/model/index.js';
import { demoInput, syntheticInput } from '../api/src/model/fixtures.js';

export interface SensitivityBenchRow {
  name: string;
  units: number;
  /** Engine evaluations in one analysis. */
  evaluations: number;
  prepareMs: number;
  medianMs: number;
  perEvaluationMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(name: string, input: MunicipalityInput, scenario: Scenario, runs: number): SensitivityBenchRow {
  const t0 = performance.now();
  const prepared = prepareBase(input, DEFAULT_ASSUMPTIONS);
  const prepareMs = performance.now() - t0;
  const { evaluations } = sensitivity(prepared, scenario);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    sensitivity(prepared, scenario);
    times.push(performance.now() - t);
  }
  const medianMs = median(times);
  return { name, units: input.schoolUnits.length, evaluations, prepareMs, medianMs, perEvaluationMs: medianMs / evaluations };
}

export function runSensitivityBench(runs = 7): SensitivityBenchRow[] {
  const cut = (postId: string): Scenario => ({ baseYear: 2026, horizonYears: 3, levers: [{ kind: 'changePostFte', postId, deltaFte: -1, fromYear: 2027 }] });
  return [time('demo: cut 1.0 FTE pedagogical support from 2027', demoInput(), cut('p-support'), runs), time('synthetic 200 units: cut 1.0 FTE support', syntheticInput(200, 42), cut('p-support-1'), runs)];
}

export function formatSensitivityBench(rows: readonly SensitivityBenchRow[]): string {
  const lines = ['sensitivity run                                      units   evaluations   prepareBase ms   analysis ms (median)   per evaluation ms'];
  for (const r of rows) {
    lines.push(`${r.name.padEnd(53)}${String(r.units).padEnd(8)}${String(r.evaluations).padEnd(14)}${r.prepareMs.toFixed(1).padEnd(17)}${r.medianMs.toFixed(1).padEnd(23)}${r.perEvaluationMs.toFixed(2)}`);
  }
  return `${lines.join('\n')}\n`;
}
