import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/types/connection.js';
import { SchoolUnit } from '../../schools/school-unit.entity.js';
import { IndicatorUnit } from '../indicators.enums.js';

@ObjectType({ description: 'Ett nyckeltal: Kolada-id där Kolada har måttet, annars ett eget (LIKV_*).' })
export class Indicator {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => IndicatorUnit)
  unit!: IndicatorUnit;

  @Field(() => Boolean, { description: 'Högre värde är bättre.' })
  higherIsBetter!: boolean;

  @Field(() => String, { nullable: true, description: 'Det nationella delmål nyckeltalet mäter.' })
  subGoalCode!: string | null;

  @Field(() => String, { description: 'Varifrån värdena kommer.' })
  source!: string;
}

@ObjectType({ description: 'En skolenhets värde för ett nyckeltal ett år.' })
export class IndicatorValueOutput {
  @Field(() => String)
  indicatorId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  value!: number;
}

@ObjectType({ description: 'En skolenhets värde för ett nyckeltal jämfört med kommunens övriga enheter samma år.' })
export class IndicatorComparison {
  @Field(() => SchoolUnit)
  schoolUnit!: SchoolUnit;

  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Föregående års värde.' })
  previousValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'Förändring mot föregående år.' })
  change!: number | null;

  @Field(() => Float, { description: 'Medelvärdet över kommunens enheter med värde detta år (ovägt).' })
  municipalityMean!: number;

  @Field(() => Float, { description: 'Värdet minus medelvärdet, två decimaler.' })
  deviationFromMean!: number;

  @Field(() => Int, { description: 'Plats bland enheterna, 1 = bäst (med hänsyn till om högre är bättre).' })
  rank!: number;

  @Field(() => Int, { description: 'Antal enheter med värde detta år.' })
  units!: number;
}

@ObjectType({ description: 'En sida jämförelser av ett nyckeltal mellan skolenheter.' })
export class IndicatorComparisonConnection extends Connection(IndicatorComparison) {}

@ObjectType({ description: 'En skolenhet ett år sida vid sida med de andra: underlaget för att se vilka skolor som halkar efter.' })
export class SchoolComparison {
  @Field(() => SchoolUnit)
  schoolUnit!: SchoolUnit;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  pupils!: number;

  @Field(() => Float, { nullable: true })
  socioeconomicIndex!: number | null;

  @Field(() => Boolean, { description: 'Hade en lokal IT-samordnare detta år.' })
  hasLocalItCoordinator!: boolean;

  @Field(() => Float, { nullable: true, description: '1:1-täckning (1,0 = full); null utan elever i åk 7–9 eller gymnasiet.' })
  oneToOneCoverage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Andel av personalen som genomgått modulerna i digital kompetens (0–1).' })
  staffTrainedShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Medel av LIKA-självskattningens fyra områden (nivå 1–4), två decimaler.' })
  likaMean!: number | null;

  @Field(() => Float, { nullable: true, description: 'Andel elever i åk 9 som nått kunskapskraven i alla ämnen (%).' })
  resultsAllSubjectsPercent!: number | null;
}

@ObjectType({ description: 'En sida skolenheter sida vid sida.' })
export class SchoolComparisonConnection extends Connection(SchoolComparison) {}
