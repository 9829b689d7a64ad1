import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The key results a sensitivity analysis follows (the model's SENSITIVITY_RESULTS, in GraphQL's case). */
export enum SensitivityResultKind {
  NET_SAVING_SEK = 'NET_SAVING_SEK',
  SUPPORT_UTILISATION = 'SUPPORT_UTILISATION',
  EXPECTED_WAIT_HOURS = 'EXPECTED_WAIT_HOURS',
  EQUITY_MEAN_INDEX = 'EQUITY_MEAN_INDEX',
  EQUITY_COEFFICIENT_OF_VARIATION = 'EQUITY_COEFFICIENT_OF_VARIATION',
  TOTAL_RISK_SCORE = 'TOTAL_RISK_SCORE',
}
registerEnumType(SensitivityResultKind, {
  name: 'SensitivityResultKind',
  description: 'Nyckelresultat (första hela året): nettobesparing (kr), beläggning i stödet, förväntad väntetid (arbetstimmar), likvärdighetsindexets medel och variationskoefficient, samlad riskpoäng.',
});

export enum BreakEvenState {
  BREAK_EVEN = 'BREAK_EVEN',
  ALREADY_NEGATIVE = 'ALREADY_NEGATIVE',
  NEVER = 'NEVER',
  NO_SHIFT = 'NO_SHIFT',
  NOT_A_CUT = 'NOT_A_CUT',
}
registerEnumType(BreakEvenState, {
  name: 'BreakEvenState',
  description:
    'BREAK_EVEN: nettobesparingen blir negativ över brytpunkten; ALREADY_NEGATIVE: den är redan negativ; NEVER: inget möjligt värde gör den negativ; NO_SHIFT: inget arbete flyttas; NOT_A_CUT: scenariot sparar inget.',
});

@ObjectType({ description: 'Ett antagande varierat ensamt över sitt intervall: resultatet vid intervallets ändar.' })
export class SensitivityTornadoRow {
  @Field(() => String)
  assumptionId!: string;

  @Field(() => String, { description: 'Antagandets namn på svenska.' })
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => String, { description: 'Källa till värdet och intervallet.' })
  source!: string;

  @Field(() => Float, { description: 'Kommunens nuvarande värde.' })
  value!: number;

  @Field(() => Float)
  low!: number;

  @Field(() => Float)
  high!: number;

  @Field(() => Float, { nullable: true, description: 'Resultatet med antagandet på sitt låga värde; null: ingen siffra (kön växer utan gräns).' })
  resultAtLow!: number | null;

  @Field(() => Float, { nullable: true })
  resultAtHigh!: number | null;

  @Field(() => Float, { description: 'Största − minsta resultat över lågt, nuvarande och högt värde.' })
  effect!: number;

  @Field(() => Boolean, { description: 'Resultatet slår om inom intervallet (nettobesparingen byter tecken, beläggningen passerar 1, väntetiden försvinner).' })
  flips!: boolean;
}

@ObjectType({ description: 'Tornadodiagrammet för ett nyckelresultat: antagandena ordnade efter hur mycket de flyttar det.' })
export class SensitivityTornado {
  @Field(() => SensitivityResultKind)
  result!: SensitivityResultKind;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Float, { nullable: true, description: 'Resultatet med kommunens antaganden; null: ingen siffra.' })
  value!: number | null;

  @Field(() => [SensitivityTornadoRow], { description: 'Störst effekt först; lika effekt i antagandenas egen ordning.' })
  rows!: SensitivityTornadoRow[];
}

@ObjectType({ description: 'Ett nyckelresultats intervall när de viktigaste antagandena samtidigt sätts till sina ytterlägen.' })
export class SensitivityRange {
  @Field(() => SensitivityResultKind)
  result!: SensitivityResultKind;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  low!: number | null;

  @Field(() => Float, { nullable: true, description: 'null när intervallet saknar övre gräns (väntetid i en kö som växer utan gräns).' })
  high!: number | null;

  @Field(() => Boolean, { description: 'I någon kombination finns ingen siffra: kön växer utan gräns.' })
  unbounded!: boolean;

  @Field(() => Boolean, { description: 'Nettobesparingen byter tecken, beläggningen passerar 1 eller väntetiden försvinner inom intervallet.' })
  flips!: boolean;

  @Field(() => [String], { description: 'Antagandena som sattes till sina ytterlägen, viktigast först.' })
  assumptionIds!: string[];

  @Field(() => String, { description: 'Intervallet i klartext på svenska.' })
  explanation!: string;
}

@ObjectType({ description: 'Brytpunkten för ett antagande som styr kostnaden för överflyttat arbete: där nettobesparingen blir noll.' })
export class SensitivityBreakEven {
  @Field(() => String)
  assumptionId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  low!: number;

  @Field(() => Float)
  high!: number;

  @Field(() => BreakEvenState)
  state!: BreakEvenState;

  @Field(() => Float, { nullable: true, description: 'Värdet där nettobesparingen är noll (upp till avrundning).' })
  breakEvenValue!: number | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Nettobesparingen beräknad vid brytpunkten, hela kronor.' })
  netSavingAtBreakEvenSek!: number | null;

  @Field(() => Boolean, { description: 'Brytpunkten ligger inom antagandets rimliga intervall.' })
  insideRange!: boolean;

  @Field(() => String)
  explanation!: string;
}

@ObjectType({ description: 'Hur säkra är siffrorna? Känslighetsanalys av ett scenario mot varje antagande.' })
export class SensitivityResult {
  @Field(() => Int, { description: 'Året som nyckelresultaten gäller (första hela året).' })
  summaryYear!: number;

  @Field(() => Int, { description: 'Antal modellberäkningar i analysen.' })
  evaluations!: number;

  @Field(() => [SensitivityTornado])
  tornadoes!: SensitivityTornado[];

  @Field(() => [SensitivityRange])
  ranges!: SensitivityRange[];

  @Field(() => [SensitivityBreakEven])
  breakEven!: SensitivityBreakEven[];
}
