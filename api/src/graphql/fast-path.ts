import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import Negotiator from 'negotiator';
import { PARSE_OPTIONS } from './limits.js';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The common case of /graphql without Apollo Server's request pipeline: a POST of JSON whose document was parsed and
 * validated before (here, with the same rules Apollo applies), naming an operation the document has, with variables
 * that coerce, from a client that accepts JSON. It runs on the same schema and context as a query compiled once per
 * operation by graphql-jit (graphql-js's `execute` where graphql-jit cannot compile one), its errors go through the
 * same formatError, the transaction ends the same way, and the response has the same status, content type and body
 * as Apollo's (tests/integration/fast-path.test.ts asks both the same things and compares; the rest of the suite
 * runs on this path). Anything else (GET, another content type, a batch, `extensions`, a document that does not
 * parse or validate, variables that do not coerce, an Accept header Apollo would refuse) goes to Apollo, which
 * answers it as before, CSRF prevention and status codes included.
 *
 * Why (pnpm bench, the overview): Apollo's pipeline (plugin hooks, promises, negotiation, cloning) cost a short
 * request about a tenth of its CPU, and graphql-js's per-field work (an arguments object and resolve info for every
 * field, promise bookkeeping) another tenth of what remained.
 */
export interface FastPathOptions<TContext> {
  schema: GraphQLSchema;
  /** Rules beyond graphql-js's specified ones (graphql-armor's limits). */
  validationRules: readonly ValidationRule[];
  /** As Apollo's `introspection: false`: a document asking for the schema is Apollo's to refuse. */
  introspection: boolean;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  context(request: FastifyRequest, reply: FastifyReply): Promise<TContext>;
  /** Ends the request's work before the response goes out (Apollo's willSendResponse): commit or roll back. */
  finish(context: TContext, errors: readonly GraphQLError[] | undefined): Promise<void>;
  /** Extra `extensions` of a response, if any. */
  extensions?(context: TContext): Record<string, unknown> | undefined;
}

/** How many distinct documents (and Accept headers) are remembered; the oldest go first. */
const CACHE_SIZE = 1000;
/** Longer documents are left to Apollo rather than remembered. */
const MAX_CACHED_QUERY = 20_000;

/** The content types Apollo negotiates between for a single result (its MEDIA_TYPES), in its order. */
const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
const MEDIA_TYPES = [JSON_TYPE, GRAPHQL_RESPONSE_TYPE, 'application/json; callbackSpec=1.0; charset=utf-8'];

interface Plan {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  contentType: string;
}

export function createFastPath<TContext>(options: FastPathOptions<TContext>) {
  const rules = [...specifiedRules, ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule]), ...options.validationRules];
  /** Documents that parsed and validated (null: did not; Apollo answers those). */
  const documents = new Map<string, DocumentNode | null>();
  /** Accept header → the content type Apollo would answer with (null: none; Apollo refuses with 406). */
  const contentTypes = new Map<string, string | null>();

  const remember = <T>(cache: Map<string, T>, key: string, value: T): T => {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  };

  function documentFor(query: string): DocumentNode | null {
    const known = documents.get(query);
    if (known !== undefined) return known;
    let document: DocumentNode | null = null;
    try {
      const parsed = parse(query, PARSE_OPTIONS);
      if (validate(options.schema, parsed, rules).length === 0) document = parsed;
    } catch {
      // A syntax error: Apollo reports it.
    }
    return remember(documents, query, document);
  }

  /**
   * As Apollo's chooseContentTypeForSingleResultResponse, remembered per Accept header; null where Apollo would
   * answer otherwise (refuse with 406, or the subscription-callback type).
   */
  function contentTypeFor(accept: string | undefined): string | null {
    if (!accept) return JSON_TYPE;
    const known = contentTypes.get(accept);
    if (known !== undefined) return known;
    const preferred = new Negotiator({ headers: { accept } }).mediaType(MEDIA_TYPES);
    return remember(contentTypes, accept, preferred === JSON_TYPE || preferred === GRAPHQL_RESPONSE_TYPE ? preferred : null);
  }

  /** What to run, when the request is the common case; undefined sends it to Apollo. */
  function plan(request: FastifyRequest): Plan | undefined {
    if (request.method !== 'POST') return undefined;
    const type = request.headers['content-type'];
    if (type === undefined || type.split(';', 1)[0]!.trim().toLowerCase() !== 'application/json') return undefined;
    const body = request.body as Record<string, unknown> | null;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    const { query, variables, operationName } = body;
    if (typeof query !== 'string' || query.length > MAX_CACHED_QUERY) return undefined;
    // Apollo Client sends `extensions.clientLibrary` with every request, which Apollo Server ignores; a persisted
    // query (APQ) is Apollo's to look up.
    const { extensions } = body;
    if (extensions !== undefined && extensions !== null && (typeof extensions !== 'object' || Array.isArray(extensions) || 'persistedQuery' in extensions)) {
      return undefined;
    }
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    const contentType = contentTypeFor(request.headers.accept);
    if (contentType === null) return undefined;
    const document = documentFor(query);
    if (!document) return undefined;
    const operation = getOperationAST(document, (operationName as string | null | undefined) ?? undefined);
    if (!operation || operation.operation === 'subscription') return undefined;
    const given = (variables ?? undefined) as Record<string, unknown> | undefined;
    const definitions = operation.variableDefinitions ?? [];
    if (definitions.length === 0) return { document, operation, variables: given, contentType };
    if ('errors' in getVariableValues(options.schema, definitions, given ?? {})) return undefined;
    // Defaults written out: graphql-jit, unlike graphql-js, refuses a missing non-null variable that has a default.
    const withDefaults = { ...given };
    for (const { variable, defaultValue } of definitions) {
      if (defaultValue && withDefaults[variable.name.value] === undefined) withDefaults[variable.name.value] = valueFromASTUntyped(defaultValue);
    }
    return { document, operation, variables: withDefaults, contentType };
  }

  /** Compiled once per operation of a remembered document, and forgotten with it (null: graphql-jit could not). */
  const compiledQueries = new WeakMap<OperationDefinitionNode, CompiledQuery | null>();
  function compiledFor(planned: Plan): CompiledQuery | null {
    let compiled = compiledQueries.get(planned.operation);
    if (compiled === undefined) {
      const made = compileQuery(options.schema, planned.document, planned.operation.name?.value, { disablingCapturingStackErrors: true });
      compiled = isCompiledQuery(made) ? made : null;
      compiledQueries.set(planned.operation, compiled);
    }
    return compiled;
  }

  const format = (error: GraphQLError): GraphQLFormattedError => {
    const formatted = error.toJSON();
    return options.formatError({ ...formatted, extensions: { ...formatted.extensions, code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR' } }, error);
  };

  async function run(planned: Plan, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    let status = 200;
    let result: ExecutionResult;
    let extensions: Record<string, unknown> | undefined;
    try {
      const contextValue = await options.context(request, reply).catch((error: unknown) => {
        throw asGraphQLError(error, 'Context creation failed: ');
      });
      const compiled = compiledFor(planned);
      result = compiled
        ? withData(await compiled.query(undefined, contextValue, planned.variables))
        : await execute({ schema: options.schema, document: planned.document, operationName: planned.operation.name?.value, contextValue, variableValues: planned.variables });
      await options.finish(contextValue, result.errors);
      extensions = options.extensions?.(contextValue);
    } catch (error) {
      status = 500;
      result = { errors: [asGraphQLError(error)] };
    }
    const body = { errors: result.errors?.map(format), data: result.data, extensions };
    await reply.code(status).header('content-type', planned.contentType).send(`${JSON.stringify(body)}\n`);
  }

  return { plan, run };
}

/** As Apollo's ensureGraphQLError: a GraphQLError as it is, anything else wrapped with its message. */
function asGraphQLError(error: unknown, prefix = ''): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const original = error instanceof Error ? error : new Error(String(error));
  return new GraphQLError(prefix + original.message, { originalError: original });
}

/** graphql-jit leaves `data` out where a non-null root field failed; graphql-js (and so Apollo) answers `data: null`. */
function withData(result: ExecutionResult): ExecutionResult {
  return result.data === undefined ? { ...result, data: null } : result;
}
