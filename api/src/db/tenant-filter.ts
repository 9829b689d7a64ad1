import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

export const TENANT_FILTER = 'tenant';

/**
 * Every entity that carries a `municipalityId`, read from the ORM's metadata: an entity added later is scoped
 * without anyone remembering to list it.
 */
export function tenantEntityNames(orm: MikroORM): string[] {
  return Object.values(orm.getMetadata().getAll())
    .filter((meta) => !meta.embeddable && !meta.virtual && meta.properties.municipalityId !== undefined)
    .map((meta) => meta.className);
}

/**
 * Scopes every read, update and delete through this EntityManager to one municipality. Registered on the request's
 * fork only, so migrations, seeds and the login service (the owner's EntityManager) are not scoped. Row-level
 * security in PostgreSQL enforces the same underneath.
 */
export function applyTenantFilter(em: EntityManager, entityNames: string[], municipalityId: string): void {
  em.addFilter(TENANT_FILTER, () => ({ municipalityId }), entityNames, { default: true, args: false });
}
