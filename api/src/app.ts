import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import helmet, { type HelmetOptions } from 'helmet';
import type { AppConfig } from './config/config.js';
import { initOrm, migrate } from './db/orm.js';
import { endRequest, type BoundRequest } from './db/request/orm-adapter.js';
import { statementCounter, type StatementCounter } from './db/sql-statements.js';
import { tenantEntityNames } from './db/tenant-filter.js';
import type { GraphQLContext } from './graphql/context.js';
import { commitsWith, mapError } from './graphql/errors.js';
import { createFastPath } from './graphql/fast-path.js';
import { graphqlArmor, PARSE_OPTIONS } from './graphql/limits.js';
import { loadersOf, type Loaders } from './graphql/loaders.js';
import { withSession } from './modules/auth/auth.context.js';
import { beginSessionRequest } from './modules/auth/session.js';
import { entities, loaderFactories } from './modules/index.js';
import { registerExportRoutes } from './modules/imports/export.routes.js';
import { registerImportRoutes } from './modules/imports/import.routes.js';
import { registerAnalysisRoutes } from './modules/saved-scenarios/analysis.route.js';
import { buildAppSchema } from './schema.js';
import { isEmpty, seedDemo } from './seed/demo-seed.js';

export interface App {
  server: FastifyInstance;
  orm: MikroORM;
  /** Stops taking requests, lets running ones finish, then closes the database pool. */
  close(): Promise<void>;
}

export const SESSION_COOKIE = 'likvard_session';

/**
 * Every body, GraphQL's included, at most 1 MB, whoever sends it: an import file larger than about 750 kB (base64
 * in previewImport/commitImport) goes to its own route, POST /import/<kind> (imports/import.routes.ts, 20 MB, signed-in
 * analysts only).
 */
const BODY_LIMIT = 1024 * 1024;

/** Builds the whole app from a config: the same function serves `main.ts` and the tests. */
export async function buildApp(config: AppConfig, databaseUrl: string): Promise<App> {
  const server = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    // Our own id for every request, never the client's (a client could otherwise write what it likes into our logs).
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    bodyLimit: BODY_LIMIT,
    // A hop count as proxy-addr reads one (Fastify's types take it only as a function): trust the nearest n hops.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
  });
  await server.register(fastifyCookie);
  // Helmet's headers depend on the options alone: read off once here, for plain HTTP and for HTTPS, and set by one
  // synchronous hook, instead of @fastify/helmet's two hooks per request (1–3 % of a short request's CPU in pnpm bench).
  const helmetOptions = (https: boolean): HelmetOptions => ({
    // What the built dashboard needs and no more: its own scripts, styles, images and API. ECharts and Vue set
    // inline style attributes (allowed through CSSOM by 'self'); nothing is framed or framing.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only where the page came over HTTPS: on a plain-HTTP install in a LAN it would break every request.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  const plainHeaders = staticHelmetHeaders(helmetOptions(false));
  const httpsHeaders = config.production ? staticHelmetHeaders(helmetOptions(true)) : plainHeaders;
  server.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.protocol === 'https' ? httpsHeaders : plainHeaders).header('x-request-id', request.id);
    done();
  });

  const orm = await initOrm(databaseUrl, { entities });
  try {
    await migrate(orm);
    if (config.seedDemoWhenEmpty && (await isEmpty(orm.em.fork()))) {
      server.log.info('Empty database: seeding the demo municipalities');
      await seedDemo(orm.em.fork(), { password: config.demoPassword, scryptLog2N: config.passwordScryptLog2N });
    }
  } catch (error) {
    await orm.close(true);
    throw error;
  }

  const armor = graphqlArmor<GraphQLContext>(config);
  const schema = await buildAppSchema();
  const formatError = (formatted: GraphQLFormattedError, error: unknown) =>
    mapError(formatted, error, (internal) => server.log.error({ err: internal }, 'GraphQL internal error'));
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: !config.production,
    // No "Did you mean …?" and no schema detail in validation errors where strangers can reach the API.
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    parseOptions: PARSE_OPTIONS,
    formatError,
    plugins: [
      fastifyApolloDrainPlugin(server),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in this schema (every answer is per tenant and private); Apollo's default cache-control plugin
      // would still wrap every field resolver to collect them (pnpm bench: a few % of a request's CPU).
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      {
        // Commits or rolls back the request's transaction before the response goes out.
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, errors }) {
              await contextValue.finish(commitsWith(errors));
            },
          };
        },
      } satisfies ApolloServerPlugin<GraphQLContext>,
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
  if (config.exposeQueryCount) server.addHook('preHandler', (_request, _reply, done) => statementCounter.run({ count: 0 }, done));

  const tenantEntities = tenantEntityNames(orm);
  const authSettings = { sessionTtlHours: config.sessionTtlHours, scryptLog2N: config.passwordScryptLog2N };
  const cookieOptions = (request: FastifyRequest) =>
    ({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: config.cookieSecure === 'always' || (config.cookieSecure === 'auto' && request.protocol === 'https'),
    }) as const;
  /**
   * The context begins each request's transaction (and the session with it); Apollo's plugin (or the fast path)
   * ends it. A request Apollo refuses after the context was built but before its plugins ran (e.g. a malformed body)
   * is ended here, when its response is done.
   */
  const makeLoaders = loadersOf(loaderFactories);
  const openRequests = new WeakMap<object, BoundRequest>();
  server.addHook('onResponse', async (request) => {
    const bound = openRequests.get(request);
    if (bound) await endRequest(bound, false);
  });

  const context = async (request: FastifyRequest, reply: FastifyReply): Promise<GraphQLContext> => {
    const counter: StatementCounter = statementCounter.getStore() ?? { count: 0 };
    const sessionToken = request.cookies[SESSION_COOKIE];
    const { request: bound, session } = await beginSessionRequest(orm.em, sessionToken, tenantEntities);
    openRequests.set(request, bound);
    const contextValue = withSession(
      {
        em: bound.em,
        // Set right below: the loaders need the context's municipality.
        loaders: undefined as unknown as Loaders,
        requestId: request.id,
        log: request.log,
        sqlStatements: () => counter.count,
        finish: (success: boolean) => endRequest(bound, success),
      },
      session,
      {
        tenantEntities,
        authSettings,
        http: {
          sessionToken,
          ip: request.ip,
          setSessionCookie: (token, expires) => void reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), expires }),
          clearSessionCookie: () => void reply.clearCookie(SESSION_COOKIE, cookieOptions(request)),
        },
      },
    );
    contextValue.loaders = makeLoaders(bound.em, async () => (await contextValue.municipality()).id);
    return contextValue;
  };
  const apolloHandler = fastifyApolloHandler(apollo, { context });
  const fastPath = config.graphqlFastPath
    ? createFastPath<GraphQLContext>({
        schema,
        validationRules: armor.validationRules,
        introspection: !config.production,
        formatError,
        context,
        finish: (contextValue, errors) => contextValue.finish(commitsWith(errors)),
        extensions: config.exposeQueryCount ? (contextValue) => ({ sqlStatements: contextValue.sqlStatements() }) : undefined,
      })
    : undefined;
  server.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler(request, reply) {
      const plan = fastPath?.plan(request);
      return plan ? fastPath!.run(plan, request, reply) : apolloHandler.call(this, request as never, reply as never);
    },
  });

  registerExportRoutes(server, orm, { sessionCookie: SESSION_COOKIE, tenantEntities });
  registerImportRoutes(server, orm, { sessionCookie: SESSION_COOKIE, tenantEntities });
  registerAnalysisRoutes(server, { orm, tenantEntities, sessionCookie: SESSION_COOKIE });
  server.get('/healthz', async () => ({ status: 'ok' }));
  server.get('/readyz', async (_request, reply) => {
    try {
      await orm.em.execute('SELECT 1');
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

function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/** The headers helmet sets for these options, read off once (helmet's middleware is synchronous and reads no request). */
function staticHelmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as never, response as never, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}
