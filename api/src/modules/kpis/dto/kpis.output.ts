import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BudgetKind } from '../../budget/budget.enums.js';

@ObjectType({ description: 'Kommunens nyckeltal för översikten ett år.' })
export class MunicipalityKpis {
  @Field(() => Int)
  year!: number;

  @Field(() => GraphQLSafeInt, { description: 'Digitaliseringens kostnad: utfall, annars prognos, annars budget; hela kronor.' })
  digitalisationCostSek!: number;

  @Field(() => BudgetKind, { description: 'Vilket belopp kostnaden är.' })
  costKind!: BudgetKind;

  @Field(() => Int)
  pupils!: number;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Kostnad per elev, hela kronor.' })
  costPerPupilSek!: number | null;

  @Field(() => Int)
  devices!: number;

  @Field(() => Float, { nullable: true, description: '1:1-täckning i åk 7–9 och gymnasiet (1,0 = full).' })
  oneToOneCoverage!: number | null;

  @Field(() => Float, { description: 'Stödenhetens årsarbetare.' })
  supportFte!: number;

  @Field(() => Int, { description: 'Elever, lärare och skolledare som stödenheten stöder.' })
  peopleServed!: number;

  @Field(() => Float, { nullable: true, description: 'Personer per årsarbetare i stödenheten, en decimal.' })
  peoplePerSupportFte!: number | null;

  @Field(() => Float, { nullable: true, description: 'Andel av lärarna som genomgått modulerna i digital kompetens (0–1), vägd med antal lärare.' })
  staffTrainedShare!: number | null;

  @Field(() => Int, { description: 'Par (skolenhet, mål) med utfall och målvärde detta år.' })
  goalResultsMeasured!: number;

  @Field(() => Int, { description: 'Av dem: par som når målvärdet.' })
  goalResultsMet!: number;
}
