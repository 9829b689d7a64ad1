import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { freePort } from '../../api/src/db/embedded-postgres.js';
import { clientWithToken, signIn, type Client } from '../helpers/test-app.js';

/**
 * Runs `main.ts` as a real process on the embedded database, the way `pnpm start` does (from the sources, so no
 * build is needed), and checks what a newcomer relies on: data survives a restart, stopping leaves no
 * PostgreSQL behind, and a taken port or a broken database gives a message, not a stack trace.
 */
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'likvard-lifecycle-'));
fs.chmodSync(workDir, 0o755);
// Nested like a fresh clone's .data/pg: neither folder exists before the first start.
const dataDir = path.join(workDir, 'clone', '.data', 'pg');
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startMain(env: Record<string, string>): Running {
  const cleanEnv = { ...process.env };
  delete cleanEnv.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(repoRoot, 'api/node_modules/vite-node/dist/cli.mjs'), 'src/main.ts'], {
    cwd: path.join(repoRoot, 'api'),
    env: { ...cleanEnv, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForUrl(running: Running): Promise<string> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const match = /is running: (http:\/\/\S+)/.exec(running.output());
    if (match) return match[1]!.replace(/\/$/, '');
    if (running.child.exitCode !== null) throw new Error(`main exited early:\n${running.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`main did not start in time:\n${running.output()}`);
}

const postgresProcessesFor = (dir: string) =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('postgres') && line.includes(dir));

const unitIds = async (client: Client) => {
  const { data, errors } = await client.gql<{ municipality: { schoolUnits: { nodes: { id: string }[] } } }>('{ municipality { schoolUnits(first: 500) { nodes { id } } } }');
  if (!data) throw new Error(JSON.stringify(errors));
  return data.municipality.schoolUnits.nodes.map((n) => n.id);
};

// Each case starts real processes (vite-node, PostgreSQL, migrations, seeding): generous limits for a busy machine.
describe('starting and stopping the app on its embedded database', { timeout: 120_000 }, () => {
  it('keeps the data over a restart and leaves no PostgreSQL process behind', async () => {
    const port = String(await freePort());
    const first = startMain({ PORT: port, LIKVARD_DATA_DIR: dataDir });
    const url = await waitForUrl(first);
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const client = await signIn({ baseUrl: url });
    const before = await unitIds(client);
    expect(before).toHaveLength(20);
    // A request for the dashboard (or its 404 when it is not built) must not hold up the shutdown.
    await (await fetch(`${url}/`, { headers: { accept: 'text/html' } })).text();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(postgresProcessesFor(dataDir)).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    const second = startMain({ PORT: port, LIKVARD_DATA_DIR: dataDir });
    const again = await waitForUrl(second);
    // Sessions live in PostgreSQL: the same cookie still works after the restart.
    expect(await unitIds(clientWithToken({ baseUrl: again }, client.token))).toEqual(before);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(postgresProcessesFor(dataDir)).toEqual([]);
  });

  it('says so plainly when the port is taken, before starting a database', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const run = startMain({ PORT: String(port), LIKVARD_DATA_DIR: path.join(workDir, 'unused') });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(run.output()).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(path.join(workDir, 'unused'))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('says so plainly when the embedded database cannot start', async () => {
    const broken = path.join(workDir, 'broken');
    fs.mkdirSync(broken, { recursive: true });
    fs.writeFileSync(path.join(broken, 'PG_VERSION'), '7\n');
    fs.chmodSync(broken, 0o777);
    const run = startMain({ PORT: '0', LIKVARD_DATA_DIR: broken });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('The embedded PostgreSQL could not start');
    expect(run.output()).toContain('DATABASE_URL');
    expect(run.output()).not.toMatch(/\n\s+at /);
  });
});
