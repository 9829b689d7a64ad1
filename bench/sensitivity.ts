/**
 * Full sensitivity runs of the demo cut and of a 200-unit municipality (see sensitivity-bench.ts).
 * Run: `cd api && npx vite-node ../bench/sensitivity.ts` (SENSITIVITY_BENCH_RUNS=7 to vary).
 */
import { formatSensitivityBench, runSensitivityBench } from './sensitivity-bench.js';

process.stdout.write(formatSensitivityBench(runSensitivityBench(Number(process.env.SENSITIVITY_BENCH_RUNS ?? 7))));
