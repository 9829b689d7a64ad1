import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RiskArea } from '../../scenarios/dto/scenario.output.js';

export enum RiskSource {
  ENGINE = 'ENGINE',
  MANUAL = 'MANUAL',
}
registerEnumType(RiskSource, {
  name: 'RiskSource',
  valuesConfig: { ENGINE: { description: 'Modellens regler, från siffrorna.' }, MANUAL: { description: 'Tillagd av förvaltningen.' } },
});

export enum RiskAssessmentStep {
  IDENTIFIED = 'IDENTIFIED',
  ASSESSED = 'ASSESSED',
  ACTIONS_DECIDED = 'ACTIONS_DECIDED',
  FOLLOWED_UP = 'FOLLOWED_UP',
}
registerEnumType(RiskAssessmentStep, {
  name: 'RiskAssessmentStep',
  description: 'Arbetsgången i en riskbedömning inför en ändring i verksamheten (AFS 2023:1): identifiera, bedöma, åtgärda, följa upp.',
  valuesConfig: {
    IDENTIFIED: { description: 'Identifierad.' },
    ASSESSED: { description: 'Bedömd.' },
    ACTIONS_DECIDED: { description: 'Åtgärder beslutade (minst en åtgärd).' },
    FOLLOWED_UP: { description: 'Uppföljd (restrisk angiven).' },
  },
});

@ObjectType({ description: 'En justerad riskbedömning: vem, när och varför. Den ursprungliga bedömningen finns kvar.' })
export class RiskOverride {
  @Field(() => Int)
  likelihood!: number;

  @Field(() => Int)
  consequence!: number;

  @Field(() => String)
  justification!: string;

  @Field(() => String, { description: 'Namnet på den som justerade.' })
  by!: string;

  @Field(() => GraphQLDateTime)
  at!: Date;
}

@ObjectType({ description: 'En åtgärd mot en risk.' })
export class RiskMitigation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  action!: string;

  @Field(() => String, { description: 'Ansvarig (namn eller funktion).' })
  owner!: string;

  @Field(() => String, { nullable: true, description: 'Klart senast, ÅÅÅÅ-MM-DD.' })
  dueDate!: string | null;

  @Field(() => Boolean)
  done!: boolean;
}

@ObjectType({ description: 'En post i scenariots riskregister.' })
export class ScenarioRisk {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Löpnummer i registret: R1, R2, … i riskmatrisen och dokumentet.' })
  number!: number;

  @Field(() => RiskSource)
  source!: RiskSource;

  @Field(() => RiskArea)
  area!: RiskArea;

  @Field(() => String, { description: 'Modellens förklaring med siffrorna, eller förvaltningens beskrivning.' })
  description!: string;

  @Field(() => Int, { description: 'Gällande sannolikhet 1–5 (justerad om justerad).' })
  likelihood!: number;

  @Field(() => Int, { description: 'Gällande konsekvens 1–5.' })
  consequence!: number;

  @Field(() => Int)
  score!: number;

  @Field(() => Int, { description: 'Ursprunglig sannolikhet (modellens eller den som lade till risken).' })
  originalLikelihood!: number;

  @Field(() => Int)
  originalConsequence!: number;

  @Field(() => Boolean)
  overridden!: boolean;

  @Field(() => RiskOverride, { nullable: true })
  override!: RiskOverride | null;

  @Field(() => Int, { nullable: true, description: 'Restrisk efter åtgärderna: sannolikhet.' })
  residualLikelihood!: number | null;

  @Field(() => Int, { nullable: true })
  residualConsequence!: number | null;

  @Field(() => RiskAssessmentStep)
  step!: RiskAssessmentStep;

  @Field(() => [String])
  threatenedGoals!: string[];

  @Field(() => [RiskMitigation])
  mitigations!: RiskMitigation[];
}

@ObjectType({ description: 'Någon från arbetstagarsidan (t.ex. skyddsombud) som medverkat i riskbedömningen.' })
export class ScenarioParticipant {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'T.ex. "Huvudskyddsombud, Sveriges Lärare".' })
  role!: string;

  @Field(() => String, { description: 'ÅÅÅÅ-MM-DD.' })
  participatedOn!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
