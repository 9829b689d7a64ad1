import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role.js';

@ObjectType({ description: 'En användare av Likvärd, knuten till en kommun.' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'active' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Field(() => String, { description: 'E-postadress, alltid med gemener; används för inloggning.' })
  @Property({ type: 'string', unique: true })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  /** scrypt, parameters and salt inside; never leaves the API. */
  @Property({ type: 'string', hidden: true })
  passwordHash!: string;

  @Field(() => Boolean, { description: 'Inaktiverade användare kan inte logga in.' })
  @Property({ type: 'boolean' })
  active!: boolean;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt!: Date;
}

@Entity({ tableName: 'user_session' })
export class UserSession {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastSeenAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  /** SHA-256 of the cookie's token, hex: a leaked table lets nobody sign in. */
  @Property({ type: 'string' })
  tokenHash!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  lastSeenAt!: Date;

  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;
}
