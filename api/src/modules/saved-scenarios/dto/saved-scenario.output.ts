import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../../graphql/types/connection.js';
import { User } from '../../auth/user.entity.js';
import { Risk, SupportState } from '../../scenarios/dto/scenario.output.js';
import type { ScenarioRow } from '../saved-scenario.service.js';

export enum ScenarioStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  DECIDED = 'DECIDED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ScenarioStatus, {
  name: 'ScenarioStatus',
  description: 'Var ett sparat scenario står i beslutsgången.',
  valuesConfig: {
    DRAFT: { description: 'Utkast: indata kan ändras (ANALYST och uppåt); siffrorna följer aktuella data och antaganden.' },
    PROPOSED: { description: 'Förslag (EDITOR): data och antaganden är frysta med scenariot; siffrorna ändras inte längre.' },
    DECIDED: { description: 'Beslutat (EDITOR), på de frysta siffrorna.' },
    ARCHIVED: { description: 'Arkiverat; slutligt.' },
  },
});

/** The changes of EDIT_RULES (workflow.rules.ts), named for the schema. */
export enum ScenarioEdit {
  EDIT_INPUTS = 'EDIT_INPUTS',
  DELETE = 'DELETE',
  DUPLICATE = 'DUPLICATE',
  COMMENT = 'COMMENT',
  MANUAL_RISK = 'MANUAL_RISK',
  OVERRIDE_RATING = 'OVERRIDE_RATING',
  FOLLOW_UP = 'FOLLOW_UP',
}
registerEnumType(ScenarioEdit, {
  name: 'ScenarioEdit',
  description: 'En ändring av ett sparat scenario eller dess riskregister; vem som får göra den och i vilken status står i beslutsgångens regler.',
  valuesConfig: {
    EDIT_INPUTS: { description: 'Ändra namn, beskrivning, basår, horisont och hävstänger (utkast, ANALYST och uppåt).' },
    DELETE: { description: 'Ta bort scenariot (utkast, ANALYST och uppåt).' },
    DUPLICATE: { description: 'Kopiera scenariot till ett nytt utkast (ANALYST och uppåt).' },
    COMMENT: { description: 'Kommentera (ANALYST och uppåt).' },
    MANUAL_RISK: { description: 'Lägga till, ändra och ta bort egna risker (utkast och förslag, ANALYST och uppåt).' },
    OVERRIDE_RATING: { description: 'Justera en riskbedömning eller ta bort justeringen (utkast och förslag, EDITOR och uppåt).' },
    FOLLOW_UP: { description: 'Åtgärder, steg i riskbedömningen, restrisk och medverkan från arbetstagarsidan (utkast, förslag och beslutat, ANALYST och uppåt).' },
  },
});

@ObjectType({ description: 'En kommentar på ett scenario.' })
export class ScenarioComment {
  @Field(() => ID)
  id!: string;

  @Field(() => User)
  author!: User;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => String)
  body!: string;
}

@ObjectType({ description: 'En sida kommentarer, äldst först.' })
export class ScenarioCommentConnection extends Connection(ScenarioComment) {}

@ObjectType({ description: 'En ändring av scenariot eller dess riskregister: vem, när, vad, före och efter.' })
export class ScenarioAuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTime, { description: 'När.' })
  when!: Date;

  @Field(() => String, { description: 'Vem (e-post).' })
  who!: string;

  @Field(() => String, { nullable: true, description: 'Namnet, om användaren finns kvar.' })
  whoName!: string | null;

  @Field(() => String, { description: 'CREATE, UPDATE eller DELETE.' })
  action!: string;

  @Field(() => String, { description: 'Vad ändrades: Scenario, ScenarioRisk, ScenarioMitigation, ScenarioComment eller ScenarioParticipant.' })
  entity!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => String, { description: 'Ändringen på svenska.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Före, som JSON.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Efter, som JSON.' })
  after!: string | null;
}

@ObjectType({ description: 'En sida av granskningsloggen, nyast först.' })
export class ScenarioAuditConnection extends Connection(ScenarioAuditEntry) {}

@ObjectType({ description: 'Adresser till den exporterade risk- och konsekvensanalysen (GET med sessionskakan).' })
export class ScenarioDocuments {
  @Field(() => String)
  analysisPdf!: string;

  @Field(() => String)
  analysisDocx!: string;

  @Field(() => String, { description: 'En sida för förtroendevalda.' })
  summaryPdf!: string;

  @Field(() => String)
  summaryDocx!: string;
}

/** The GraphQL Scenario is the stored row; its result, register and lists are resolved fields. */
@ObjectType({ description: 'Ett sparat scenario med ägare, status, version, resultat och riskregister.' })
export class Scenario implements Pick<ScenarioRow, 'id' | 'name' | 'description' | 'version' | 'baseYear' | 'horizonYears'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Bakgrund: varför scenariot tas fram.' })
  description!: string;

  @Field(() => ScenarioStatus)
  status!: ScenarioStatus;

  @Field(() => Int, { description: 'Ökar vid varje ändring av scenariot; skicka den med updateScenario.' })
  version!: number;

  @Field(() => Int)
  baseYear!: number;

  @Field(() => Int)
  horizonYears!: number;

  @Field(() => User, { description: 'Ansvarig för scenariot.' })
  owner!: User;

  @Field(() => User)
  createdBy!: User;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  proposedAt!: Date | null;

  @Field(() => User, { nullable: true })
  proposedBy!: User | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => User, { nullable: true })
  decidedBy!: User | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'När data och antaganden frystes; null för ett utkast.' })
  frozenAt!: Date | null;
}

@ObjectType({ description: 'Ett scenario i en jämförelse: nyckeltalen sida vid sida.' })
export class ComparedScenario {
  @Field(() => Scenario)
  scenario!: Scenario;

  @Field(() => Int)
  summaryYear!: number;

  @Field(() => GraphQLSafeInt, { description: 'Bruttobesparing första hela året.' })
  grossSavingSek!: number;

  @Field(() => GraphQLSafeInt)
  shiftedCostSek!: number;

  @Field(() => GraphQLSafeInt)
  netSavingSek!: number;

  @Field(() => GraphQLSafeInt, { description: 'Nettobesparing summerad över horisonten.' })
  netSavingHorizonSek!: number;

  @Field(() => Float)
  supportFte!: number;

  @Field(() => Float, { nullable: true })
  supportUtilisation!: number | null;

  @Field(() => SupportState)
  supportState!: SupportState;

  @Field(() => Float, { nullable: true, description: 'null när kön växer utan gräns.' })
  expectedWaitHours!: number | null;

  @Field(() => Float)
  shiftedHoursPerTeacher!: number;

  @Field(() => Float)
  equityMeanIndex!: number;

  @Field(() => Int)
  schoolsBelowThreshold!: number;

  @Field(() => Int)
  schoolsMovedBelowThreshold!: number;

  @Field(() => [String])
  goalsAtRisk!: string[];

  @Field(() => Int, { description: 'Högsta riskvärdet (sannolikhet × konsekvens) i registret.' })
  highestRiskScore!: number;

  @Field(() => Int, { description: 'Risker med värde 10 eller mer (hög eller mycket hög).' })
  highRisks!: number;

  @Field(() => [Risk], { description: 'Modellens risker med gällande (ev. justerad) bedömning.' })
  risks!: Risk[];
}

@ObjectType({ description: 'Två till fyra scenarier sida vid sida.' })
export class ScenarioComparison {
  @Field(() => [ComparedScenario])
  scenarios!: ComparedScenario[];
}

@ObjectType({ description: 'En sida sparade scenarier, nyast först.' })
export class ScenarioConnection extends Connection(Scenario) {}
