import { Field, InputType, Int } from 'type-graphql';
import { RiskArea } from '../../scenarios/dto/scenario.output.js';
import { RiskAssessmentStep } from './risk-register.output.js';

@InputType({ description: 'En risk som förvaltningen lägger till i registret.' })
export class ManualRiskInput {
  @Field(() => RiskArea)
  area!: RiskArea;

  @Field(() => String)
  description!: string;

  @Field(() => Int, { description: '1–5.' })
  likelihood!: number;

  @Field(() => Int, { description: '1–5.' })
  consequence!: number;
}

@InputType({ description: 'En justerad bedömning; motiveringen krävs (minst 10 tecken).' })
export class RiskOverrideInput {
  @Field(() => Int)
  likelihood!: number;

  @Field(() => Int)
  consequence!: number;

  @Field(() => String)
  justification!: string;
}

@InputType({ description: 'Steg i riskbedömningen och restrisken efter åtgärderna.' })
export class RiskAssessmentInput {
  @Field(() => RiskAssessmentStep)
  step!: RiskAssessmentStep;

  @Field(() => Int, { nullable: true })
  residualLikelihood?: number | null;

  @Field(() => Int, { nullable: true })
  residualConsequence?: number | null;
}

@InputType({ description: 'En åtgärd: vad, vem som ansvarar och när den ska vara klar.' })
export class MitigationInput {
  @Field(() => String)
  action!: string;

  @Field(() => String)
  owner!: string;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD.' })
  dueDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  done?: boolean | null;
}

@InputType({ description: 'Medverkan från arbetstagarsidan (skyddsombud, fackliga företrädare).' })
export class ParticipantInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  role!: string;

  @Field(() => String, { description: 'ÅÅÅÅ-MM-DD.' })
  participatedOn!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
