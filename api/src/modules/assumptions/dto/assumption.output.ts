import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/types/connection.js';

@ObjectType({ description: 'Ett antagande i scenariomodellen med kommunens värde, standardvärdet och rimligt intervall.' })
export class AssumptionValue {
  @Field(() => String, { description: 'Antagandets id, t.ex. productiveHoursPerFte.' })
  id!: string;

  @Field(() => String, { description: 'Namn på svenska.' })
  name!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  unit!: string;

  @Field(() => Float, { description: 'Modellens standardvärde.' })
  defaultValue!: number;

  @Field(() => Float, { description: 'Rimligt intervall, lägsta (känslighetsanalys).' })
  low!: number;

  @Field(() => Float, { description: 'Rimligt intervall, högsta.' })
  high!: number;

  @Field(() => String, { description: 'Källa eller motivering för värdet som gäller.' })
  source!: string;

  @Field(() => String, { description: 'Källan till standardvärdet.' })
  defaultSource!: string;

  @Field(() => Int, { description: 'Kommunens version av antagandet; 0 = standardvärdet, aldrig ändrat.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Vem som ändrade värdet (e-post); null för standardvärdet.' })
  changedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'När värdet ändrades, ISO 8601 (UTC).' })
  changedAt!: string | null;
}

@ObjectType({ description: 'En version av ett antagande: värde, källa, vem och när.' })
export class AssumptionVersion {
  @Field(() => String)
  assumptionId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  source!: string;

  @Field(() => String)
  changedBy!: string;

  @Field(() => String, { description: 'ISO 8601 (UTC).' })
  changedAt!: string;
}

@ObjectType()
export class AssumptionVersionConnection extends Connection(AssumptionVersion) {}
