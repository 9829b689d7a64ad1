import { DecimalType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A school unit's value of an indicator in a year. */
@Entity({ tableName: 'indicator_value' })
export class IndicatorValue {
  @PrimaryKey({ type: 'uuid' })
  schoolUnitId!: string;

  @PrimaryKey({ type: 'string' })
  indicatorId!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: new DecimalType('number'), precision: 8, scale: 2 })
  value!: number;
}
