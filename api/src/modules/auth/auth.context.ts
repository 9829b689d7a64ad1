import type { EntityManager } from '@mikro-orm/postgresql';
import { applyTenantFilter } from '../../db/tenant-filter.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { DomainError } from '../../graphql/errors.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { NOT_SIGNED_IN, type AuthSettings } from './auth.service.js';
import { type ResolvedSession, type SessionMunicipality } from './session.js';
import type { User } from './user.entity.js';

/** What the auth module needs from HTTP: the cookie, the client's address, and a way to set or clear the cookie. */
export interface AuthHttp {
  sessionToken: string | undefined;
  ip: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

declare module '../../graphql/context.js' {
  interface GraphQLContext {
    /** The signed-in user, or null. Resolvers declare who may call them with @Authorized; they rarely read this. */
    user: User | null;
    /** The caller's municipality (tenant), read once per request; UNAUTHENTICATED without a session. */
    municipality(): Promise<Municipality>;
    http: AuthHttp;
    authSettings: AuthSettings;
    /** After a successful login: the rest of this request acts as that user, in their municipality. */
    signedIn(user: User): void;
  }
}

type AuthFields = 'user' | 'municipality' | 'http' | 'authSettings' | 'signedIn';

/**
 * Adds the session's part to a request's context (begun by beginSessionRequest, which set the ORM's tenant filter):
 * the user, the caller's municipality (from the session lookup's row when it has it: no query of its own), and the
 * switch to another user after a login within the request.
 */
export function withSession<T extends Omit<GraphQLContext, AuthFields>>(
  base: T,
  session: ResolvedSession | null,
  options: { http: AuthHttp; authSettings: AuthSettings; tenantEntities: string[] },
): T & Pick<GraphQLContext, AuthFields> {
  const em: EntityManager = base.em;
  let municipality: Promise<Municipality> | undefined = session ? Promise.resolve(readOnlyMunicipality(session.municipality)) : undefined;
  const context = Object.assign(base, {
    user: session?.user ?? null,
    http: options.http,
    authSettings: options.authSettings,
    municipality: () => {
      const user = context.user;
      if (!user) return Promise.reject(new DomainError('UNAUTHENTICATED', NOT_SIGNED_IN));
      return (municipality ??= em.findOneOrFail(Municipality, { id: user.municipalityId }));
    },
    signedIn(user: User) {
      context.user = user;
      municipality = undefined;
      applyTenantFilter(em, options.tenantEntities, user.municipalityId);
    },
  });
  return context;
}

/** Who made a change: the signed-in user's e-mail (operations that change data all require a session). */
export function actorOf(ctx: Pick<GraphQLContext, 'user'>): string {
  return ctx.user?.email ?? 'okänd';
}

/**
 * The session lookup's municipality row as an entity instance the unit of work does not track: request code only
 * reads the tenant's own row (nothing assigns a Municipality or persists one), and merging it into the identity map
 * cost a few per cent of a short request's CPU (pnpm bench).
 */
function readOnlyMunicipality(row: SessionMunicipality): Municipality {
  return Object.assign(Object.create(Municipality.prototype) as Municipality, row);
}
