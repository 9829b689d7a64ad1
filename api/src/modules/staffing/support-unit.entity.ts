import { BigIntType, DecimalType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';

// simpleResolvers: plain property fields skip type-graphql's middleware wrapper (none applies to them); the overview
// reads these on every page view.
@ObjectType({ description: 'Den centrala enheten för pedagogiskt IT-stöd, t.ex. CMiT.', simpleResolvers: true })
@Entity({ tableName: 'support_unit' })
export class SupportUnit {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid', unique: true })
  municipalityId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;
}

@ObjectType('Post', { description: 'En tjänst i stödenheten.', simpleResolvers: true })
@Entity({ tableName: 'support_post' })
export class SupportPost {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: 'uuid' })
  supportUnitId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  title!: string;

  @Field(() => Float, { description: 'Tjänstgöringsgrad i årsarbetare (heltidstjänster), högst två decimaler.' })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  fte!: number;

  @Field(() => GraphQLSafeInt, { description: 'Årskostnad i hela kronor: lön och personalomkostnader (PO).' })
  @Property({ type: new BigIntType('number') })
  annualCostSek!: number;

  @Property({ type: 'integer' })
  sortOrder!: number;
}
