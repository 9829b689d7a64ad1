/**
 * The scenario engine alone at 20, 2,000 and 16,000 school units (see engine-bench.ts).
 * Run: `cd api && npx vite-node ../bench/engine.ts` (ENGINE_BENCH_SIZES=20,2000 and ENGINE_BENCH_RUNS=7 to vary).
 */
import { formatEngineBench, runEngineBench } from './engine-bench.js';

const sizes = (process.env.ENGINE_BENCH_SIZES ?? '20,2000,16000').split(',').map(Number);
const runs = Number(process.env.ENGINE_BENCH_RUNS ?? 7);
process.stdout.write(formatEngineBench(runEngineBench({ sizes, runs })));
