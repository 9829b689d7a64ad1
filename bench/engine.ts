/**
 * The scenario engine alone at 20, 2,000 and 16,000 school units: prepareBase once, then evaluate the demo's
 * cut over a 3- and a 10-year horizon; median of several runs after a warm-up. Run: `cd api && npx vite-node ../bench/engine.ts`.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_ASSUMPTIONS, evaluate, prepareBase } from '../api/src/model/index.js';
import { syntheticInput } from '../api/src/model/fixtures.js';

const SIZES = (process.env.ENGINE_BENCH_SIZES ?? '20,2000,16000').split(',').map(Number);
const RUNS = Number(process.env.ENGINE_BENCH_RUNS ?? 7);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const HORIZONS = [3, 10];
const rows: string[] = ['units      horizon   prepareBase ms   evaluate ms (median)   per unit and year µs'];
for (const n of SIZES) for (const horizonYears of HORIZONS) {
  const input = syntheticInput(n, 42);
  const t0 = performance.now();
  const prepared = prepareBase(input, DEFAULT_ASSUMPTIONS);
  const prepareMs = performance.now() - t0;
  const scenario = { baseYear: 2026, horizonYears, levers: [{ kind: 'changePostFte' as const, postId: 'p-support-1', deltaFte: -1 }] };
  evaluate(prepared, scenario);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    evaluate(prepared, scenario);
    times.push(performance.now() - t);
  }
  const ms = median(times);
  rows.push(`${String(n).padEnd(11)}${String(horizonYears).padEnd(10)}${prepareMs.toFixed(1).padEnd(17)}${ms.toFixed(1).padEnd(23)}${((ms * 1000) / n / horizonYears).toFixed(1)}`);
}
process.stdout.write(`${rows.join('\n')}\n`);
