import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { BudgetCategory, BudgetKind } from './budget.enums.js';

/** One amount of a year's budget, outcome or forecast for an owner (a school unit, or the central unit when null). */
@Entity({ tableName: 'budget_line' })
export class BudgetLine {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: 'integer' })
  year!: number;

  /** null: the central unit (the administration and its support unit). */
  @Property({ type: 'uuid', nullable: true })
  schoolUnitId?: string | null;

  @Property({ type: 'string' })
  category!: BudgetCategory;

  @Property({ type: 'string' })
  kind!: BudgetKind;

  /** Whole SEK; bigint in the database, always below 2^53 (a check says so). */
  @Property({ type: new BigIntType('number') })
  amountSek!: number;

  @Property({ type: 'string', nullable: true })
  note?: string | null;
}
