import { DecimalType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A municipality's own goal: serves a national sub-goal, measured by one indicator, with a target per year. */
@Entity({ tableName: 'municipality_goal' })
export class MunicipalityGoal {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: 'string' })
  code!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'string' })
  subGoalCode!: string;

  @Property({ type: 'string' })
  indicatorId!: string;
}

@Entity({ tableName: 'municipality_goal_target' })
export class MunicipalityGoalTarget {
  @PrimaryKey({ type: 'uuid' })
  goalId!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: new DecimalType('number'), precision: 8, scale: 2 })
  target!: number;
}
