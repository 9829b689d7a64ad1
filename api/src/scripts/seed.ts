import { loadConfig } from '../config/config.js';
import { seedDemo } from '../seed/demo-seed.js';
import { reachableDataDir, startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { initOrm, migrate } from '../db/orm.js';
import { entities } from '../modules/index.js';

/** `pnpm seed`: migrate, then (re)write the demo municipalities into DATABASE_URL or the embedded database. */
const config = loadConfig();
const embedded = config.databaseUrl
  ? undefined
  : await startEmbeddedPostgres({ dataDir: reachableDataDir(config.embeddedDataDir, (m) => process.stderr.write(`${m}\n`)) });
const orm = await initOrm(config.databaseUrl ?? embedded!.url, { entities });
try {
  await migrate(orm);
  await seedDemo(orm.em.fork(), { password: config.demoPassword, scryptLog2N: config.passwordScryptLog2N });
  process.stdout.write('Seeded the demo municipalities Exempelkommun (9901) and Grannby kommun (9902).\n');
} finally {
  await orm.close(true);
  await embedded?.stop();
}
