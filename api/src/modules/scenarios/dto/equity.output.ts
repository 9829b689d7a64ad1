import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/types/connection.js';
import { SchoolUnit } from '../../schools/school-unit.entity.js';
import { EquitySummary } from './scenario.output.js';

@ObjectType({ description: 'Det digitala likvärdighetsindexets delar för en skola, normerade till 0–1.' })
export class EquityComponents {
  @Field(() => Float, { description: 'Elevenheter / behov (en per elev i 1:1, en per delad-enhet-norm för övriga), högst 1.' })
  deviceCoverage!: number;

  @Field(() => Float, { description: 'Andel av skolans stödbehov som möts: lokal andel + (1 − lokal andel) × andel mött centralt behov.' })
  supportAccess!: number;

  @Field(() => Float, { description: 'Andel lärare som genomgått modulerna i digital kompetens.' })
  staffCompetence!: number;

  @Field(() => Float, { description: 'LIKA-självskattningens medel över fyra områden / 4.' })
  maturity!: number;
}

@ObjectType({ description: 'En skolas digitala likvärdighetsindex ett år.' })
export class SchoolEquity {
  @Field(() => SchoolUnit)
  school!: SchoolUnit;

  @Field(() => Float, { description: 'Viktat medel av delarna, 0–1.' })
  index!: number;

  @Field(() => EquityComponents)
  components!: EquityComponents;

  @Field(() => Boolean)
  belowThreshold!: boolean;

  @Field(() => Float, { nullable: true, description: 'Socioekonomiskt index året; lägre = större behov (1,0 = riksgenomsnittet).' })
  socioeconomicIndex!: number | null;

  @Field(() => Boolean, { description: 'Lokal IT-samordnare året.' })
  hasLocalItCoordinator!: boolean;
}

@ObjectType()
export class SchoolEquityConnection extends Connection(SchoolEquity) {}

@ObjectType({ description: 'Likvärdigheten mellan skolorna ett år, räknad av scenariomodellens likvärdighetskalkyl på basdata.' })
export class EquityYear {
  @Field(() => Int)
  year!: number;

  @Field(() => EquitySummary)
  summary!: EquitySummary;

  @Field(() => Float, { description: 'Tröskeln för indexet (antagandet equityThreshold).' })
  threshold!: number;

  @Field(() => Int, { description: 'Versionen av kommunens antaganden som användes.' })
  assumptionSetVersion!: number;

  /** Every school, lowest index first; paged by the field resolver. */
  allSchools!: SchoolEquity[];
}

@ObjectType({ description: 'Likvärdigheten ett år, för en tidsserie.' })
export class EquityTrendPoint {
  @Field(() => Int)
  year!: number;

  @Field(() => EquitySummary)
  summary!: EquitySummary;
}
