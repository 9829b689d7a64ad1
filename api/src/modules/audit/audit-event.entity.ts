import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE';

/** One change of the domain data: who, when, which entity, and the row before and after. */
@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt?: Date;

  @Property({ type: 'string' })
  actor!: string;

  @Property({ type: 'string' })
  action!: AuditAction;

  @Property({ type: 'string' })
  entity!: string;

  @Property({ type: 'string' })
  entityId!: string;

  @Property({ type: 'json', nullable: true })
  before?: object | null;

  @Property({ type: 'json', nullable: true })
  after?: object | null;
}
