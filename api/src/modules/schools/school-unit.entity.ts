import { DecimalType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

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
@ObjectType('SchoolYearFacts', { description: 'En skolenhet ett år: elever per årskursgrupp, personal, socioekonomiskt index, lokalt IT-stöd.' })
@Entity({ tableName: 'school_year_fact' })
export class SchoolYearFact {
  @PrimaryKey({ type: 'uuid' })
  schoolUnitId!: string;

  @Field(() => Int)
  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Field(() => Int, { description: 'Alla barn och elever.' })
  @Property({ type: 'integer' })
  pupils!: number;

  @Field(() => Int, { description: 'Lärare och pedagoger (antal personer).' })
  @Property({ type: 'integer' })
  teachers!: number;

  @Field(() => Float, { description: 'Lärare i årsarbetare.' })
  @Property({ type: new DecimalType('number'), precision: 7, scale: 2 })
  teachersFte!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  schoolLeaders!: number;

  @Field(() => Float, { nullable: true, description: 'Socioekonomiskt index (1,0 = riksgenomsnittet; lägre = större behov i demodatan).' })
  @Property({ type: new DecimalType('number'), precision: 6, scale: 3, nullable: true })
  socioeconomicIndex?: number | null;

  @Field(() => Int, { description: 'Barn i förskolan.' })
  @Property({ type: 'integer' })
  pupilsPreschool: number = 0;

  @Field(() => Int, { description: 'Elever i förskoleklass–åk 3.' })
  @Property({ type: 'integer', fieldName: 'pupils_f_3' })
  pupilsF3: number = 0;

  @Field(() => Int, { description: 'Elever i åk 4–6.' })
  @Property({ type: 'integer', fieldName: 'pupils_4_6' })
  pupils4to6: number = 0;

  @Field(() => Int, { description: 'Elever i åk 7–9 (omfattas av 1:1).' })
  @Property({ type: 'integer', fieldName: 'pupils_7_9' })
  pupils7to9: number = 0;

  @Field(() => Int, { description: 'Elever i gymnasieskolan (omfattas av 1:1).' })
  @Property({ type: 'integer' })
  pupilsUpperSecondary: number = 0;

  /** Pupils outside the bands above, e.g. the adapted compulsory school. */
  @Field(() => Int, { description: 'Övriga elever, t.ex. i anpassad grundskola.' })
  @Property({ type: 'integer' })
  pupilsOther: number = 0;

  @Field(() => Boolean, { description: 'Hade en lokal IT-samordnare detta år.' })
  @Property({ type: 'boolean' })
  hasLocalItCoordinator: boolean = false;

  @Field(() => Int, { description: 'Lärare med uppdrag som digitala superanvändare.' })
  @Property({ type: 'integer' })
  superusers: number = 0;
}
