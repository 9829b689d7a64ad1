import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

// simpleResolvers: see SupportUnit.
@ObjectType({ description: 'En kommun: huvudman för skolorna och hyresgäst (tenant) i Likvärd.', simpleResolvers: true })
@Entity({ tableName: 'municipality' })
export class Municipality {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Field(() => String, { description: 'Kommunkod, fyra siffror.' })
  @Property({ type: 'string', length: 4, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => Int, { description: 'Innevarande budgetår: ett scenarios basår om inget annat anges.' })
  @Property({ type: 'integer' })
  budgetYear!: number;
}
