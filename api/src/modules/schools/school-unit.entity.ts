import { DecimalType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'En skolenhet med sin skolenhetskod.' })
@Entity({ tableName: 'school_unit' })
export class SchoolUnit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Field(() => String, { description: 'Skolenhetskod, åtta siffror.' })
  @Property({ type: 'string', length: 8 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => [String], { description: 'Skolformer, t.ex. FORSKOLA, GRUNDSKOLA_7_9, GYMNASIESKOLA.' })
  @Property({ type: 'text[]' })
  schoolForms!: string[];

  @Field(() => String, { nullable: true, description: 'Område eller rektorsområde.' })
  @Property({ type: 'string', nullable: true })
  area?: string | null;

  @Field(() => Boolean, { description: 'Har en lokal IT-samordnare eller superanvändare.' })
  @Property({ type: 'boolean' })
  hasLocalItCoordinator!: boolean;
}

/** What a school unit looks like in a given year. */
@Entity({ tableName: 'school_year_fact' })
export class SchoolYearFact {
  @PrimaryKey({ type: 'uuid' })
  schoolUnitId!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: 'integer' })
  pupils!: number;

  @Property({ type: 'integer' })
  teachers!: number;

  @Property({ type: new DecimalType('number'), precision: 7, scale: 2 })
  teachersFte!: number;

  @Property({ type: 'integer' })
  schoolLeaders!: number;

  @Property({ type: new DecimalType('number'), precision: 6, scale: 3, nullable: true })
  socioeconomicIndex?: number | null;

  @Property({ type: 'integer' })
  pupilsPreschool: number = 0;

  @Property({ type: 'integer', fieldName: 'pupils_f_3' })
  pupilsF3: number = 0;

  @Property({ type: 'integer', fieldName: 'pupils_4_6' })
  pupils4to6: number = 0;

  @Property({ type: 'integer', fieldName: 'pupils_7_9' })
  pupils7to9: number = 0;

  @Property({ type: 'integer' })
  pupilsUpperSecondary: number = 0;

  /** Pupils outside the bands above, e.g. the adapted compulsory school. */
  @Property({ type: 'integer' })
  pupilsOther: number = 0;

  @Property({ type: 'boolean' })
  hasLocalItCoordinator: boolean = false;

  @Property({ type: 'integer' })
  superusers: number = 0;
}
