import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

export const BUDGET_CATEGORIES = ['PERSONNEL', 'DEVICES', 'LICENCES_SYSTEMS', 'COMPETENCE_DEVELOPMENT', 'INFRASTRUCTURE', 'SUPPORT'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
export const BUDGET_KINDS = ['BUDGET', 'OUTCOME', 'FORECAST'] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

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
