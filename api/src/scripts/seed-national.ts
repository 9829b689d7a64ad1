import { loadConfig } from '../config/config.js';
import { reachableDataDir, startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { loadNational } from '../seed/national-seed.js';
import { initOrm, migrate } from '../db/orm.js';
import { entities } from '../modules/index.js';

/**
 * `pnpm seed:national`: migrate, then (re)write the synthetic national data set (290 municipalities, 16,000 school
 * units, 2023–2027) into DATABASE_URL or the embedded database, next to the demo. NATIONAL_MUNICIPALITIES,
 * NATIONAL_SCHOOL_UNITS and NATIONAL_SEED change its size and draw.
 */
const config = loadConfig();
const embedded = config.databaseUrl
  ? undefined
  : await startEmbeddedPostgres({ dataDir: reachableDataDir(config.embeddedDataDir, (m) => process.stderr.write(`${m}\n`)) });
const url = config.databaseUrl ?? embedded!.url;
try {
  const orm = await initOrm(url, { entities });
  await migrate(orm).finally(() => orm.close(true));
  const env = process.env;
  const result = await loadNational(url, {
    municipalities: env.NATIONAL_MUNICIPALITIES ? Number(env.NATIONAL_MUNICIPALITIES) : undefined,
    schoolUnits: env.NATIONAL_SCHOOL_UNITS ? Number(env.NATIONAL_SCHOOL_UNITS) : undefined,
    seed: env.NATIONAL_SEED ? Number(env.NATIONAL_SEED) : undefined,
    password: config.demoPassword,
    scryptLog2N: config.passwordScryptLog2N,
  });
  process.stdout.write(
    `Loaded ${result.municipalities} municipalities, ${result.totalRows.toLocaleString('en')} rows in ${(result.milliseconds / 1000).toFixed(1)} s:\n` +
      Object.entries(result.rows).map(([table, n]) => `  ${table.padEnd(26)}${n.toLocaleString('en').padStart(10)}`).join('\n') +
      `\nSign in as strateg@kommun-<code>.likvard.test (codes 1000–${1000 + result.municipalities - 1}), password as the demo's.\n`,
  );
} finally {
  await embedded?.stop();
}
