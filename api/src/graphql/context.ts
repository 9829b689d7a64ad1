import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import { DomainError } from './errors.js';
import { NOT_SIGNED_IN, type AuthSettings } from '../modules/auth/auth.service.js';
import type { User } from '../modules/auth/user.entity.js';
import { Municipality } from '../modules/municipalities/municipality.entity.js';
import { createLoaders, type Loaders } from './loaders.js';
import { applyTenantFilter } from '../db/tenant-filter.js';
import { NO_TENANT, type RequestTransaction, type SessionMunicipality } from './request-transaction.js';

/** What the auth module needs from HTTP: the cookie, the client's address, and a way to set or clear the cookie. */
export interface AuthHttp {
  sessionToken: string | undefined;
  ip: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

export interface GraphQLContext {
  /**
   * A fork of the EntityManager for this request only, running in the request's transaction as the row-level
   * security role with the caller's municipality set, and with the ORM's tenant filter on.
   */
  em: EntityManager;
  /** The signed-in user, or null. Resolvers declare who may call them with @Authorized; they rarely read this. */
  user: User | null;
  /** The caller's municipality (tenant), read once per request; UNAUTHENTICATED without a session. */
  municipality: () => Promise<Municipality>;
  loaders: Loaders;
  requestId: string;
  log: FastifyBaseLogger;
  /** SQL statements this request has run so far. */
  sqlStatements: () => number;
  /**
   * The owner's EntityManager: bypasses row-level security. Only the auth module uses it, for what happens before a
   * tenant is known (login, logout); a fork made when called, so other requests pay nothing for it.
   */
  privilegedEm: () => EntityManager;
  http: AuthHttp;
  tx: RequestTransaction;
  authSettings: AuthSettings;
  /** After a successful login: the rest of this request acts as that user, in their municipality. */
  signedIn(user: User): Promise<void>;
}

export function createContext(args: {
  em: EntityManager;
  privilegedEm: () => EntityManager;
  user: User | null;
  tx: RequestTransaction;
  http: AuthHttp;
  authSettings: AuthSettings;
  requestId: string;
  log: FastifyBaseLogger;
  /** Entities the ORM's tenant filter scopes (see db/tenant-filter.ts). */
  tenantEntities: string[];
  sqlStatements?: () => number;
  /** The user's municipality when the session lookup already read it: no query of its own then. */
  sessionMunicipality?: SessionMunicipality;
}): GraphQLContext {
  const { em, tenantEntities, sessionMunicipality, ...rest } = args;
  let municipality: Promise<Municipality> | undefined =
    args.user && sessionMunicipality?.id === args.user.municipalityId ? Promise.resolve(readOnlyMunicipality(sessionMunicipality)) : undefined;
  if (args.user) applyTenantFilter(em, tenantEntities, args.user.municipalityId);
  else applyTenantFilter(em, tenantEntities, NO_TENANT);
  const context: GraphQLContext = {
    ...rest,
    em,
    sqlStatements: args.sqlStatements ?? (() => 0),
    municipality: () => {
      const user = context.user;
      if (!user) return Promise.reject(new DomainError('UNAUTHENTICATED', NOT_SIGNED_IN));
      return (municipality ??= em.findOneOrFail(Municipality, { id: user.municipalityId }));
    },
    loaders: createLoaders(em, () => context.municipality()),
    async signedIn(user) {
      context.user = user;
      municipality = undefined;
      applyTenantFilter(em, tenantEntities, user.municipalityId);
      await context.tx.setTenant(user.municipalityId);
    },
  };
  return context;
}

/**
 * The session lookup's municipality row as an entity instance the unit of work does not track: request code only
 * reads the tenant's own row (nothing assigns a Municipality or persists one), and merging it into the identity map
 * cost a few per cent of a short request's CPU (pnpm bench).
 */
function readOnlyMunicipality(row: SessionMunicipality): Municipality {
  return Object.assign(Object.create(Municipality.prototype) as Municipality, row);
}
