import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { DomainError, INTERNAL_MESSAGE, badUserInput, mapError, notFound } from './errors.js';

const asResolverError = (original: Error) =>
  new GraphQLError(original.message, { path: ['municipality'], originalError: original });

describe('mapError: the one mapping from anything thrown to what a client sees', () => {
  it.each([
    [badUserInput('input.levers.0.changePostFte.deltaFte', 'För stor minskning.'), { code: 'BAD_USER_INPUT', field: 'input.levers.0.changePostFte.deltaFte' }],
    [notFound('Finns inte.'), { code: 'NOT_FOUND' }],
    [new DomainError('CONFLICT', 'Scenariot har ändrats av någon annan.'), { code: 'CONFLICT' }],
    [new DomainError('FORBIDDEN', 'Din roll får inte detta.'), { code: 'FORBIDDEN' }],
    [new DomainError('UNAUTHENTICATED', 'Logga in.'), { code: 'UNAUTHENTICATED' }],
  ])('keeps the code and field of a domain error (%s)', (error, extensions) => {
    const log = vi.fn();
    const formatted = mapError({ message: 'x', path: ['municipality'] }, asResolverError(error), log);
    expect(formatted).toEqual({ message: error.message, path: ['municipality'], locations: undefined, extensions });
    expect(log).not.toHaveBeenCalled();
  });

  it('hides an unexpected error (SQL, stack) and logs it in full', () => {
    const log = vi.fn();
    const sql = new Error('select "p".* from "support_post" as "p" - relation "support_post" does not exist');
    const formatted = mapError(
      { message: sql.message, path: ['municipality'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      asResolverError(sql),
      log,
    );
    expect(formatted).toEqual({ message: INTERNAL_MESSAGE, path: ['municipality'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(log).toHaveBeenCalledWith(sql);
  });

  it('does not trust a code that a library error claims for itself', () => {
    const sneaky = new GraphQLError('relation "x" does not exist', { extensions: { code: 'BAD_USER_INPUT' } });
    const formatted = mapError({ message: sneaky.message, path: ['municipality'], extensions: { code: 'BAD_USER_INPUT' } }, asResolverError(sneaky), vi.fn());
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it.each([
    ['Variable "$input" got invalid value -1 at "input.levers[0].changePostFte.deltaFte"; Expected type "Float".', 'input.levers.0.changePostFte.deltaFte'],
    ['Variable "$first" got invalid value "many"; Int cannot represent non-integer value: "many"', 'first'],
  ])('names the input path of a variable error: %s', (message, field) => {
    const error = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    expect(mapError({ message, extensions: { code: 'BAD_USER_INPUT' } }, error, vi.fn()).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('passes request errors through unchanged', () => {
    const error = new GraphQLError('Syntax Error: Expected Name, found <EOF>.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(mapError({ message: error.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, error, vi.fn()).extensions).toEqual({
      code: 'GRAPHQL_PARSE_FAILED',
    });
  });
});
