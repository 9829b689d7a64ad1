import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent, type AuditAction } from './audit-event.entity.js';

/** Records a change inside the caller's transaction, so the change and its record commit or fail together. */
export async function recordChange(
  em: EntityManager,
  change: { municipalityId: string; actor: string; action: AuditAction; entity: string; entityId: string; before: object | null; after: object | null },
): Promise<void> {
  // JSON round trip: entities become plain rows (no prototypes, no functions) in the jsonb columns.
  const plain = (value: object | null) => (value === null ? null : (JSON.parse(JSON.stringify(value)) as object));
  await em.insert(AuditEvent, { ...change, before: plain(change.before), after: plain(change.after) });
}
