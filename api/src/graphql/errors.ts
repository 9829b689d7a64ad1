import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** The error codes of the public contract that a client can act on. */
export type DomainErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

/** Raised by services; the one mapping below turns it into a GraphQL error. */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** For BAD_USER_INPUT: the offending input path, e.g. `input.levers.0.changePostFte.deltaFte`. */
    readonly field?: string,
    /**
     * What the request wrote before this error stands: its transaction commits although the operation failed. Only
     * for writes that record the failure itself (a failed login is counted; the count must survive the refusal).
     */
    readonly keepsWrites = false,
  ) {
    super(message);
  }
}

/** Whether a request whose operation ended with these errors commits: with none, or only errors that keep writes. */
export function commitsWith(errors: readonly { originalError?: unknown }[] | undefined): boolean {
  return !errors || errors.every((error) => error.originalError instanceof DomainError && error.originalError.keepsWrites);
}

export const badUserInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (message: string) => new DomainError('NOT_FOUND', message);

/** Errors GraphQL itself raises about the request (syntax, validation, variables): safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export const INTERNAL_MESSAGE = 'Ett internt fel inträffade. Försök igen om en stund; kvarstår felet, kontakta support.';

/** Pulls the variable path out of graphql-js's coercion message, e.g. `at "input.levers[0].deltaFte"`. */
function fieldFromVariableMessage(message: string): string | undefined {
  const at = /got invalid value .*? at "([^"]+)"/s.exec(message);
  if (at?.[1]) return at[1].replace(/\[(\d+)\]/g, '.$1');
  const variable = /Variable "\$([^"]+)"/.exec(message);
  return variable?.[1];
}

/**
 * The single mapping from anything thrown to what a client sees. Known domain errors keep their code and field;
 * request errors keep their message; everything else becomes INTERNAL_SERVER_ERROR with no stack, SQL or
 * internal message, and is logged in full by the caller.
 */
export function mapError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logInternal: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  // Errors about the request itself carry no path; anything raised while resolving a field does, and only our
  // own DomainError may speak to the client from there.
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && formatted.path === undefined) {
    const field = code === 'BAD_USER_INPUT' ? fieldFromVariableMessage(formatted.message) : undefined;
    return { ...base, message: formatted.message, extensions: { code, ...(field ? { field } : {}) } };
  }
  logInternal(original);
  return { ...base, message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
