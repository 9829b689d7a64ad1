import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SchoolUnit } from '../../schools/school-unit.entity.js';
import { AssumptionValue } from '../../assumptions/dto/assumption.output.js';

export enum RiskArea {
  EQUITY = 'EQUITY',
  WORKLOAD = 'WORKLOAD',
  COMPETENCE_LOSS = 'COMPETENCE_LOSS',
  ONE_TO_ONE_PROGRAMME = 'ONE_TO_ONE_PROGRAMME',
  SUPPORT_RESPONSE = 'SUPPORT_RESPONSE',
  ASSISTIVE_TOOLS = 'ASSISTIVE_TOOLS',
  SUPERVISOR_TRAINING = 'SUPERVISOR_TRAINING',
  PLATFORM_ROLLOUT = 'PLATFORM_ROLLOUT',
}
registerEnumType(RiskArea, {
  name: 'RiskArea',
  description: 'Riskområden i risk- och konsekvensanalysen.',
  valuesConfig: {
    EQUITY: { description: 'Likvärdighet mellan skolor.' },
    WORKLOAD: { description: 'Arbetsbelastning för skolledare och lärare.' },
    COMPETENCE_LOSS: { description: 'Kompetens går förlorad i det centrala stödet.' },
    ONE_TO_ONE_PROGRAMME: { description: '1:1-satsningen i åk 7–9 och gymnasiet.' },
    SUPPORT_RESPONSE: { description: 'Det dagliga pedagogiska IT-stödet.' },
    ASSISTIVE_TOOLS: { description: 'Skoldatatek: digitala hjälpmedel för inkludering.' },
    SUPERVISOR_TRAINING: { description: 'Handledarutbildning i modulerna för digital kompetens.' },
    PLATFORM_ROLLOUT: { description: 'Införandet av lärplattformen i F–6 och förskolan.' },
  },
});

export enum SupportState {
  OK = 'OK',
  SATURATED = 'SATURATED',
  NO_CAPACITY = 'NO_CAPACITY',
}
registerEnumType(SupportState, {
  name: 'SupportState',
  description: 'Det dagliga stödets läge.',
  valuesConfig: {
    OK: { description: 'Beläggningen är under 1: kön är stabil och väntetiden anges.' },
    SATURATED: { description: 'Beläggningen är minst 1: kön växer utan gräns; ingen väntetid anges.' },
    NO_CAPACITY: { description: 'Ingen tid alls finns kvar för stödet medan efterfrågan finns: beläggningen saknar värde.' },
  },
});

@ObjectType({ description: 'En risk i riskregistret: sannolikhet × konsekvens på en 5×5-matris.' })
export class Risk {
  @Field(() => RiskArea)
  area!: RiskArea;

  @Field(() => Int, { description: '1–5.' })
  likelihood!: number;

  @Field(() => Int, { description: '1–5.' })
  consequence!: number;

  @Field(() => Int, { description: 'Sannolikhet × konsekvens.' })
  score!: number;

  @Field(() => String, { description: 'Förklaring på svenska som anger de siffror som gav bedömningen och de hotade delmålen.' })
  explanation!: string;

  @Field(() => Boolean)
  overridden!: boolean;

  @Field(() => String, { description: 'Regeln som gav bedömningen, t.ex. support.utilisation.' })
  ruleId!: string;

  @Field(() => [String], { description: 'De nationella delmål som riskområdets tjänsteområden tjänar.' })
  threatenedGoals!: string[];
}

@ObjectType({ description: 'Likvärdighet över skolor: spridningen av det digitala likvärdighetsindexet.' })
export class EquitySummary {
  @Field(() => Float)
  meanIndex!: number;

  @Field(() => Float, { description: 'Standardavvikelse / medel (0 när medel är 0).' })
  coefficientOfVariation!: number;

  @Field(() => Float)
  gini!: number;

  @Field(() => Float, { nullable: true, description: 'P90 / P10; null när P10 är 0.' })
  p90p10!: number | null;

  @Field(() => Int, { description: 'Skolor under tröskeln (antagandet equityThreshold).' })
  schoolsBelowThreshold!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Pearsons r mellan index och socioekonomiskt index. Lägre socioekonomiskt index = större behov (1,0 = riksgenomsnittet), så ett positivt r betyder att skolor med större behov har lägre digital likvärdighet. null med färre än två skolor eller ingen variation.',
  })
  correlationWithSocioeconomicIndex!: number | null;

  @Field(() => Float)
  p10!: number;

  @Field(() => Float)
  p90!: number;

  @Field(() => Int)
  schools!: number;
}

@ObjectType({ description: 'En skolas digitala likvärdighetsindex i basen och i scenariot.' })
export class SchoolImpact {
  @Field(() => SchoolUnit)
  school!: SchoolUnit;

  @Field(() => Float)
  equityIndexBase!: number;

  @Field(() => Float)
  equityIndexScenario!: number;

  @Field(() => Float, { description: 'Scenario − bas.' })
  change!: number;

  @Field(() => Boolean)
  belowThresholdBase!: boolean;

  @Field(() => Boolean)
  belowThresholdScenario!: boolean;

  @Field(() => Boolean, { description: 'Lokal IT-samordnare basåret (det modellen räknar med).' })
  hasLocalItCoordinator!: boolean;

  @Field(() => Float, { nullable: true })
  socioeconomicIndex!: number | null;

  @Field(() => Float, { description: 'Ändrade stödtimmar per lärare och år som skolans lärare tar över.' })
  shiftedHoursPerTeacher!: number;
}

@ObjectType({ description: 'Scenariots sammanfattning för det första hela året (då alla hävstänger gäller).' })
export class ScenarioSummary {
  @Field(() => Int, { description: 'Året sammanfattningen gäller.' })
  year!: number;

  @Field(() => GraphQLSafeInt, { description: 'Basens kostnad − scenariots kostnad, hela kronor.' })
  grossSavingSek!: number;

  @Field(() => GraphQLSafeInt, { description: 'Kostnaden för arbete som flyttas till lärare och skolledare.' })
  shiftedCostSek!: number;

  @Field(() => GraphQLSafeInt, { description: 'Bruttobesparing − överflyttad kostnad.' })
  netSavingSek!: number;

  @Field(() => Float)
  supportFteBase!: number;

  @Field(() => Float)
  supportFteScenario!: number;

  @Field(() => Int, { description: 'Elever, lärare och skolledare som stödenheten betjänar, året.' })
  peopleServed!: number;

  @Field(() => Float, { nullable: true })
  peoplePerFteBase!: number | null;

  @Field(() => Float, { nullable: true, description: 'null när inga årsarbetare finns kvar.' })
  peoplePerFteScenario!: number | null;

  @Field(() => Float, {
    description:
      'Efterfrågan / kapacitet för det dagliga stödet; ≥ 1 betyder att kön växer utan gräns. När supportState är NO_CAPACITY finns ingen kvot (efterfrågan / 0): fältet är då 1, mättnadsgränsen, bara för att kontraktets icke-null ska hållas — visa supportState i stället för talet.',
  })
  supportUtilisation!: number;

  @Field(() => SupportState, { description: 'Scenariots stödläge: OK, SATURATED (ρ ≥ 1) eller NO_CAPACITY.' })
  supportState!: SupportState;

  @Field(() => Float, { nullable: true, description: 'Erlang C, arbetstimmar; null när kön är mättad.' })
  expectedWaitHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Basens beläggning; null när basen saknar stödkapacitet.' })
  supportUtilisationBase!: number | null;

  @Field(() => SupportState)
  supportStateBase!: SupportState;

  @Field(() => Float, { nullable: true })
  expectedWaitHoursBase!: number | null;

  @Field(() => Float, { description: 'Ändrade timmar per lärare och år som flyttas till lärarna (scenario − bas).' })
  shiftedHoursPerTeacher!: number;

  @Field(() => Int, { description: 'Skolor som hamnar under likvärdighetströskeln genom förändringen.' })
  schoolsMovedBelowThreshold!: number;

  @Field(() => [String], { description: 'Hotade delmål (koder).' })
  goalsAtRisk!: string[];
}

@ObjectType({ description: 'Ett belopp per kostnadsslag i basen och scenariot.' })
export class CategoryAmount {
  @Field(() => String)
  category!: string;

  @Field(() => GraphQLSafeInt)
  baseSek!: number;

  @Field(() => GraphQLSafeInt)
  scenarioSek!: number;

  @Field(() => GraphQLSafeInt, { description: 'Bas − scenario.' })
  savingSek!: number;
}

@ObjectType({ description: 'Ett tjänsteområdes kapacitet i basen och scenariot.' })
export class AreaCapacity {
  @Field(() => String)
  serviceArea!: string;

  @Field(() => Float)
  baseFte!: number;

  @Field(() => Float)
  scenarioFte!: number;

  @Field(() => Float, { description: 'Timmar per år.' })
  baseHours!: number;

  @Field(() => Float)
  scenarioHours!: number;
}

@ObjectType({ description: 'Det dagliga stödets servicenivå ett år.' })
export class SupportLevel {
  @Field(() => Float)
  requestsPerYear!: number;

  @Field(() => Float)
  demandHours!: number;

  @Field(() => Float)
  capacityHours!: number;

  @Field(() => Float)
  supportFte!: number;

  @Field(() => Int, { description: 'Antal betjänare c i M/M/c-kön (⌈årsarbetare⌉).' })
  servers!: number;

  @Field(() => SupportState)
  state!: SupportState;

  @Field(() => Float, { nullable: true, description: 'Efterfrågan / kapacitet; null vid NO_CAPACITY.' })
  utilisation!: number | null;

  @Field(() => Float, { nullable: true, description: 'Väntetid i arbetstimmar; null när kön är mättad.' })
  expectedWaitHours!: number | null;

  @Field(() => Float, { description: 'Andel av skolornas centrala behov som möts: min(1, kapacitet / efterfrågan).' })
  fillRate!: number;
}

@ObjectType({ description: 'Kompetensutveckling ett år (delmål 1.3).' })
export class TrainingLevel {
  @Field(() => Float)
  trainingFte!: number;

  @Field(() => Float, { description: 'Lärare som utbildas per år.' })
  trainedPerYear!: number;

  @Field(() => Float, { description: 'Andel utbildade lärare vid årets slut.' })
  trainedShareAtEnd!: number;

  @Field(() => Float)
  targetShare!: number;

  @Field(() => Int)
  targetYear!: number;

  @Field(() => Float, { nullable: true, description: 'År tills målet nås; null = aldrig med nuvarande takt.' })
  yearsToTarget!: number | null;

  @Field(() => Int, { nullable: true, description: 'Året målet nås; null = aldrig.' })
  reachYear!: number | null;
}

@ObjectType({ description: 'Arbete som flyttas till lärare och skolledare ett år.' })
export class WorkloadLevel {
  @Field(() => Float)
  unmetHours!: number;

  @Field(() => Float)
  teacherHours!: number;

  @Field(() => Float)
  schoolLeaderHours!: number;

  @Field(() => Float)
  hoursPerTeacher!: number;

  @Field(() => Float)
  hoursPerSchoolLeader!: number;

  @Field(() => GraphQLSafeInt)
  costSek!: number;
}

@ObjectType({ description: 'En sida (bas eller scenario) av ett år.' })
export class ScenarioSide {
  @Field(() => GraphQLSafeInt)
  totalCostSek!: number;

  @Field(() => GraphQLSafeInt, { nullable: true })
  costPerPupilSek!: number | null;

  @Field(() => Float)
  totalFte!: number;

  @Field(() => Int)
  peopleServed!: number;

  @Field(() => Float, { nullable: true })
  peoplePerFte!: number | null;

  @Field(() => SupportLevel)
  support!: SupportLevel;

  @Field(() => TrainingLevel)
  training!: TrainingLevel;

  @Field(() => WorkloadLevel)
  workload!: WorkloadLevel;

  @Field(() => Float, { nullable: true, description: '1:1-täckning: enheter / elever i programmets årskurser.' })
  oneToOneCoverage!: number | null;

  @Field(() => EquitySummary)
  equity!: EquitySummary;
}

@ObjectType({ description: 'Ett nationellt delmål och kapaciteten i de tjänsteområden som tjänar det.' })
export class GoalImpact {
  @Field(() => String)
  subGoalCode!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [String])
  serviceAreas!: string[];

  @Field(() => Float)
  baseCapacityHours!: number;

  @Field(() => Float)
  scenarioCapacityHours!: number;

  @Field(() => Float, { description: '(bas − scenario) / bas.' })
  capacityLossShare!: number;

  @Field(() => Boolean)
  atRisk!: boolean;

  @Field(() => [MunicipalGoalRef], { description: 'Kommunens egna mål som tjänar delmålet.' })
  municipalityGoals!: MunicipalGoalRef[];
}

@ObjectType({ description: 'Ett av kommunens egna mål.' })
export class MunicipalGoalRef {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType({ description: 'Ett år av horisonten: bas mot scenario.' })
export class ScenarioYear {
  @Field(() => Int)
  year!: number;

  @Field(() => ScenarioSide)
  base!: ScenarioSide;

  @Field(() => ScenarioSide)
  scenario!: ScenarioSide;

  @Field(() => GraphQLSafeInt)
  grossSavingSek!: number;

  @Field(() => GraphQLSafeInt)
  shiftedCostSek!: number;

  @Field(() => GraphQLSafeInt)
  netSavingSek!: number;

  @Field(() => [CategoryAmount])
  costsByCategory!: CategoryAmount[];

  @Field(() => [AreaCapacity])
  capacity!: AreaCapacity[];

  @Field(() => [GoalImpact])
  goals!: GoalImpact[];

  @Field(() => Int)
  schoolsMovedBelowThreshold!: number;

  @Field(() => [Risk])
  baseRisks!: Risk[];

  @Field(() => [Risk])
  risks!: Risk[];
}

@ObjectType({ description: 'Införandet av lärplattformen över horisonten.' })
export class RolloutLevel {
  @Field(() => Float)
  workHours!: number;

  @Field(() => Float, { nullable: true, description: 'Månader från horisontens start; null = avstannat (ingen kapacitet).' })
  monthsToFinish!: number | null;

  @Field(() => Float, { nullable: true, description: 'Månader mot plan; null = avstannat.' })
  delayMonths!: number | null;

  @Field(() => [Int], { description: 'Enheter utan plattformen vid varje horisontårs slut.' })
  unitsRemainingAtYearEnd!: number[];
}

@ObjectType()
export class RolloutComparison {
  @Field(() => Int)
  unitsRemaining!: number;

  @Field(() => Float)
  monthsPlanned!: number;

  @Field(() => RolloutLevel)
  base!: RolloutLevel;

  @Field(() => RolloutLevel)
  scenario!: RolloutLevel;
}

@ObjectType({ description: 'En indata i en beräkning.' })
export class TraceInput {
  @Field(() => String)
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Talet, när indatan är ett tal.' })
  value!: number | null;

  @Field(() => String, { description: 'Värdet som text (svenskt format för tal).' })
  display!: string;
}

@ObjectType({ description: 'Hur en siffra räknades: formel i ord, indata och antaganden.' })
export class TraceEntry {
  @Field(() => String, { description: 'Siffrans sökväg, t.ex. summary.netSavingSek eller years.2027.scenario.support.utilisation.' })
  figure!: string;

  @Field(() => String, { description: 'Formelns namn.' })
  formula!: string;

  @Field(() => String, { description: 'Formeln i ord, på svenska.' })
  description!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String)
  display!: string;

  @Field(() => [TraceInput])
  inputs!: TraceInput[];

  @Field(() => [String])
  assumptionIds!: string[];

  @Field(() => [AssumptionValue], { description: 'Antagandena med värde, enhet och källa.' })
  assumptions!: AssumptionValue[];
}

@ObjectType({ description: 'Vad ett scenario gör med kostnader, kapacitet, arbetsbelastning, mål, likvärdighet och risker.' })
export class ScenarioResult {
  @Field(() => ScenarioSummary)
  summary!: ScenarioSummary;

  @Field(() => [Risk], { description: 'Basens riskregister för sammanfattningsåret.' })
  baseRisks!: Risk[];

  @Field(() => [Risk], { description: 'Scenariots riskregister för sammanfattningsåret, en risk per riskområde.' })
  risks!: Risk[];

  @Field(() => EquitySummary)
  equityBase!: EquitySummary;

  @Field(() => EquitySummary)
  equityScenario!: EquitySummary;

  @Field(() => [SchoolImpact], { description: 'Varje skola, störst försämring först.' })
  schools!: SchoolImpact[];

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  baseYear!: number;

  @Field(() => Int)
  summaryYear!: number;

  @Field(() => [Int])
  years!: number[];

  @Field(() => [ScenarioYear], { description: 'Per år i horisonten, för diagram.' })
  series!: ScenarioYear[];

  @Field(() => RolloutComparison)
  rollout!: RolloutComparison;

  @Field(() => [GoalImpact], { description: 'Hotade delmål sammanfattningsåret.' })
  goalsAtRisk!: GoalImpact[];

  @Field(() => [SchoolImpact], { description: 'Skolor som hamnar under likvärdighetströskeln genom förändringen.' })
  schoolsMovedBelowThreshold!: SchoolImpact[];

  @Field(() => [AssumptionValue], { description: 'Antagandevärdena resultatet räknades med.' })
  assumptionsUsed!: AssumptionValue[];

  @Field(() => Int, { description: 'Antal ändringar kommunen gjort i sina antaganden: versionen av värdena som användes.' })
  assumptionSetVersion!: number;

  @Field(() => [TraceEntry], { description: 'Hur varje siffra räknades.' })
  trace!: TraceEntry[];
}
