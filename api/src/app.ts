import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppConfig } from './config/config.js';
import { isEmpty, seedDemo } from './db/demo-seed.js';
import { initOrm, migrate } from './db/orm.js';
import { createContext, type GraphQLContext } from './graphql/context.js';
import { mapError } from './graphql/errors.js';
import { buildGraphQLSchema } from './graphql/schema.js';
import { statementCounter, type StatementCounter } from './graphql/sql-statements.js';

export interface App {
  server: FastifyInstance;
  orm: MikroORM;
  /** Stops taking requests, lets running ones finish, then closes the database pool. */
  close(): Promise<void>;
}

/** Until accounts land (the security issue), every request reads the demo municipality. */
const DEFAULT_MUNICIPALITY_CODE = '9901';

/** Builds the whole app from a config: the same function serves `main.ts` and the tests. */
export async function buildApp(config: AppConfig, databaseUrl: string): Promise<App> {
  const server = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
  });
  server.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const orm = await initOrm(databaseUrl);
  try {
    await migrate(orm);
    if (config.seedDemoWhenEmpty && (await isEmpty(orm.em.fork()))) {
      server.log.info('Empty database: seeding the demo municipalities');
      await seedDemo(orm.em.fork());
    }
  } catch (error) {
    await orm.close(true);
    throw error;
  }

  const apollo = new ApolloServer<GraphQLContext>({
    schema: await buildGraphQLSchema(),
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      mapError(formatted, error, (internal) => server.log.error({ err: internal }, 'GraphQL internal error')),
    plugins: [
      fastifyApolloDrainPlugin(server),
      ...(config.exposeQueryCount
        ? [
            {
              async requestDidStart() {
                return {
                  async willSendResponse({ response, contextValue }) {
                    if (response.body.kind === 'single') {
                      response.body.singleResult.extensions = {
                        ...response.body.singleResult.extensions,
                        sqlStatements: contextValue.sqlStatements(),
                      };
                    }
                  },
                };
              },
            } satisfies ApolloServerPlugin<GraphQLContext>,
          ]
        : []),
    ],
  });
  await apollo.start();

  // Everything after this hook (the body is read by then), GraphQL execution included, counts its SQL statements
  // into this request's counter.
  server.addHook('preHandler', (_request, _reply, done) => statementCounter.run({ count: 0 }, done));
  server.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: fastifyApolloHandler(apollo, {
      context: async (request) => {
        const counter: StatementCounter = statementCounter.getStore() ?? { count: 0 };
        return createContext({
          em: orm.em as never,
          municipalityCode: DEFAULT_MUNICIPALITY_CODE,
          requestId: request.id,
          log: request.log,
          sqlStatements: () => counter.count,
        });
      },
    }),
  });

  server.get('/healthz', async () => ({ status: 'ok' }));
  server.get('/readyz', async (_request, reply) => {
    try {
      await orm.em.getConnection().execute('SELECT 1');
      return { status: 'ready' };
    } catch (error) {
      server.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  const indexHtml = path.join(config.dashboardDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    await server.register(fastifyStatic, { root: config.dashboardDir, wildcard: false, index: ['index.html'] });
    // The dashboard routes in the browser: any other GET that wants HTML gets the app shell.
    server.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && request.headers.accept?.includes('text/html')) {
        return reply.type('text/html').sendFile('index.html');
      }
      return reply.code(404).send({ error: 'Not Found', message: `${request.method} ${request.url} finns inte.` });
    });
  } else {
    server.log.warn(`No built dashboard in ${config.dashboardDir}: serving the API only (run pnpm start to build it).`);
  }

  return {
    server,
    orm,
    async close() {
      // Apollo's drain plugin closes Fastify, letting requests in flight finish (cut off after 10 s). Closing
      // Fastify first as well would make that second close wait forever.
      await apollo.stop();
      await orm.close(true);
    },
  };
}
