import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BudgetCategory, BudgetKind } from './budget.enums.js';

/** One amount of a year's budget, outcome or forecast for an owner (a school unit, or the central unit when null). */
@ObjectType({ description: 'En budgetrad: ett belopp för en ägare, ett kostnadsslag och ett år, som budget, utfall eller prognos.' })
@Entity({ tableName: 'budget_line' })
export class BudgetLine {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Skolenheten; null för den centrala enheten.' })
  @Property({ type: 'uuid', nullable: true })
  schoolUnitId?: string | null;

  @Field(() => BudgetCategory)
  @Property({ type: 'string' })
  category!: BudgetCategory;

  @Field(() => BudgetKind)
  @Property({ type: 'string' })
  kind!: BudgetKind;

  /** Whole SEK; bigint in the database, always below 2^53 (a check says so). */
  @Field(() => GraphQLSafeInt, { description: 'Belopp i hela kronor.' })
  @Property({ type: new BigIntType('number') })
  amountSek!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  note?: string | null;
}
