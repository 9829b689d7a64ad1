import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Ändra en tjänsts omfattning: negativt deltaFte är en neddragning.' })
export class ChangePostFteInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => Float, { description: 'Förändring i årsarbetare, högst två decimaler (−1 = en heltidstjänst mindre).' })
  deltaFte!: number;

  @Field(() => Int, { nullable: true, description: 'Från och med detta år (1 januari); standard: horisontens första år.' })
  fromYear?: number | null;
}

@InputType({ description: 'Flytta en andel av en tjänsts tid mellan tjänsteområden (ingen kostnadsförändring).' })
export class MovePostTimeInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => String, { description: 'Tjänsteområde, t.ex. PEDAGOGICAL_SUPPORT.' })
  fromArea!: string;

  @Field(() => String)
  toArea!: string;

  @Field(() => Float, { description: 'Andel av tjänstens hela tid, 0–1, högst två decimaler.' })
  share!: number;

  @Field(() => Int, { nullable: true })
  fromYear?: number | null;
}

@InputType({ description: 'Ändra ett kostnadsslag med ett belopp eller en procentsats, för en skola, en grupp, de centrala eller alla.' })
export class ChangeBudgetInput {
  @Field(() => String, { description: 'Kostnadsslag: PERSONNEL, DEVICES, LICENCES_SYSTEMS, COMPETENCE_DEVELOPMENT, INFRASTRUCTURE eller SUPPORT.' })
  category!: string;

  @Field(() => ID, { nullable: true, description: 'Bara denna skolenhet.' })
  schoolUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Bara skolenheterna i denna grupp: ett område (t.ex. "Norr") eller en skolform (t.ex. "GRUNDSKOLA_7_9").' })
  group?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Bara de centrala budgetposterna.' })
  central?: boolean | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Total förändring i hela kronor, fördelad i proportion till beloppen.' })
  amountSek?: number | null;

  @Field(() => Float, { nullable: true, description: 'Förändring i procent av varje ägares belopp (−10 = minska med 10 %).' })
  percent?: number | null;

  @Field(() => Int, { nullable: true })
  fromYear?: number | null;
}

@InputType({ description: 'Ändra leasing av elevenheter: pris, utbytescykel eller vilka årskurser 1:1 omfattar.' })
export class ChangeDevicesInput {
  @Field(() => ID, { nullable: true, description: 'Bara denna skolenhet; utan: alla.' })
  schoolUnitId?: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Ny leasingkostnad per enhet och månad, hela kronor.' })
  leaseCostPerMonthSek?: number | null;

  @Field(() => Int, { nullable: true, description: 'Ny utbytescykel i år.' })
  replacementCycleYears?: number | null;

  @Field(() => [Int], { nullable: true, description: 'Årskurser som 1:1 omfattar (−1 förskola, 0 förskoleklass, 10–12 gymnasiet).' })
  oneToOneYears?: number[] | null;

  @Field(() => Int, { nullable: true })
  fromYear?: number | null;
}

@InputType({ description: 'Nytt mål för andelen lärare som genomgått modulerna i digital kompetens (delmål 1.3).' })
export class ChangeTrainingTargetInput {
  @Field(() => Float, { description: 'Andel 0–1.' })
  targetShare!: number;

  @Field(() => Int, { nullable: true, description: 'Året då målet ska nås.' })
  targetYear?: number | null;

  @Field(() => Int, { nullable: true })
  fromYear?: number | null;
}

@InputType({ description: 'En hävstång. Exakt ett fält ska vara satt; annars BAD_USER_INPUT.' })
export class LeverInput {
  @Field(() => ChangePostFteInput, { nullable: true })
  changePostFte?: ChangePostFteInput | null;

  @Field(() => ChangeBudgetInput, { nullable: true })
  changeBudget?: ChangeBudgetInput | null;

  @Field(() => ChangeDevicesInput, { nullable: true })
  changeDevices?: ChangeDevicesInput | null;

  @Field(() => MovePostTimeInput, { nullable: true })
  movePostTime?: MovePostTimeInput | null;

  @Field(() => ChangeTrainingTargetInput, { nullable: true })
  changeTrainingTarget?: ChangeTrainingTargetInput | null;
}

@InputType({ description: 'Ett scenario: hävstänger mot ett basår över en horisont av år.' })
export class ScenarioInput {
  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Basåret (normalt budgetåret); måste ha data.' })
  baseYear!: number;

  @Field(() => Int, { description: 'Antal år efter basåret, 1–10.' })
  horizonYears!: number;

  @Field(() => [LeverInput])
  levers!: LeverInput[];
}
