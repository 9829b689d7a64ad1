import 'reflect-metadata';
import net from 'node:net';
import { buildApp, type App } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { DatabaseStartError, reachableDataDir, startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres.js';

/** Prints a message a person can act on and exits, instead of a stack trace. */
function fail(message: string): never {
  process.stderr.write(`\nLikvärd kunde inte starta / could not start:\n  ${message.replace(/\n/g, '\n  ')}\n\n`);
  process.exit(1);
}

/** Tries the port and lets it go again; returns the error code when it cannot be had. */
function portUnavailable(host: string, port: number): Promise<string | undefined> {
  if (port === 0) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'EUNKNOWN'));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`Configuration error in ${error.message}`);
    throw error;
  }

  let embedded: EmbeddedDatabase | undefined;
  let app: App | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app?.server.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 15_000);
    timer.unref();
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // Fail fast, before a database is started, when the HTTP port is taken.
  const portProblem = await portUnavailable(config.host, config.port);
  if (portProblem === 'EADDRINUSE') fail(`Port ${config.port} on ${config.host} is already in use. Stop what runs there or start with PORT=<another port>.`);
  if (portProblem === 'EACCES') fail(`Not allowed to listen on ${config.host}:${config.port}. Use a port above 1024 (PORT=3000).`);

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const dataDir = reachableDataDir(config.embeddedDataDir, (message) => process.stderr.write(`${message}\n`));
    try {
      embedded = await startEmbeddedPostgres({ dataDir });
    } catch (error) {
      if (error instanceof DatabaseStartError) fail(error.message);
      throw error;
    }
    databaseUrl = embedded.url;
  }

  try {
    app = await buildApp(config, databaseUrl);
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    fail(`The database at ${databaseUrl.replace(/\/\/[^@]*@/, '//')} could not be prepared: ${reason}`);
  }

  try {
    await app.server.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`Port ${config.port} on ${config.host} is already in use. Stop what runs there or start with PORT=<another port>.`);
    if (code === 'EACCES') fail(`Not allowed to listen on ${config.host}:${config.port}. Use a port above 1024 (PORT=3000).`);
    throw error;
  }
  const address = app.server.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/`;
  process.stdout.write(
    `\nLikvärd är igång / is running: ${url}\n  GraphQL: ${url}graphql\n  Database: ${embedded ? `embedded PostgreSQL (data in ${embedded.dataDir})` : 'DATABASE_URL'}\n  Stop with Ctrl+C.\n\n`,
  );
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
