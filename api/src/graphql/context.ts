import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import type { Loaders } from './loaders.js';

/**
 * What every GraphQL request carries, whatever the domain. A module that adds to it (the auth module: the user,
 * the session, the caller's municipality) does so by declaration merging on this interface, as Fastify's decorators
 * do, and fills its fields in the context factory app.ts assembles; nothing here knows a module.
 */
export interface GraphQLContext {
  /**
   * A fork of the EntityManager for this request only, bound to the request's transaction (db/request/): everything
   * it reads or writes runs as the row-level security role under the caller's municipality, and after the request
   * ends it refuses to run anything.
   */
  em: EntityManager;
  /** The request's DataLoaders, each made when first asked for. */
  loaders: Loaders;
  requestId: string;
  log: FastifyBaseLogger;
  /** SQL statements this request has run so far. */
  sqlStatements(): number;
  /** Ends the request's transaction: commit when the operation had no errors, roll back otherwise. Once. */
  finish(success: boolean): Promise<void>;
}
