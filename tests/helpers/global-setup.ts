import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/db/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL whose user may create databases: each test file makes its own. */
    serverUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

/** DATABASE_URL when set, else one embedded PostgreSQL for the whole run, in a fresh folder under the tmpdir. */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.DATABASE_URL) {
    project.provide('serverUrl', process.env.DATABASE_URL);
    return;
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'likvard-test-pg-'));
  fs.chmodSync(dataDir, 0o755);
  embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), persistent: false });
  project.provide('serverUrl', embedded.url);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
