/** Full sensitivity runs of the demo cut and of a 200-unit municipality. Run: `cd api && npx vite-node ../bench/sensitivity.ts`. */
import { formatSensitivityTimings, timeSensitivity } from './sensitivity-timing.js';

process.stdout.write(`${formatSensitivityTimings(timeSensitivity(Number(process.env.SENSITIVITY_BENCH_RUNS ?? 7)))}\n`);
