/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** BREAK_EVEN: nettobesparingen blir negativ över brytpunkten; ALREADY_NEGATIVE: den är redan negativ; NEVER: inget möjligt värde gör den negativ; NO_SHIFT: inget arbete flyttas; NOT_A_CUT: scenariot sparar inget. */
export type BreakEvenState =
  | 'ALREADY_NEGATIVE'
  | 'BREAK_EVEN'
  | 'NEVER'
  | 'NOT_A_CUT'
  | 'NO_SHIFT';

/** Kostnadsslag: personal, enheter, licenser och system, kompetensutveckling, infrastruktur, support. */
export type BudgetCategory =
  | 'COMPETENCE_DEVELOPMENT'
  | 'DEVICES'
  | 'INFRASTRUCTURE'
  | 'LICENCES_SYSTEMS'
  | 'PERSONNEL'
  | 'SUPPORT';

/** Budget, utfall eller prognos. */
export type BudgetKind =
  | 'BUDGET'
  | 'FORECAST'
  | 'OUTCOME';

/** Ändra ett kostnadsslag med ett belopp eller en procentsats, för en skola, en grupp, de centrala eller alla. */
export type ChangeBudgetInput = {
  /** Total förändring i hela kronor, fördelad i proportion till beloppen. */
  amountSek?: number | null | undefined;
  /** Kostnadsslag: PERSONNEL, DEVICES, LICENCES_SYSTEMS, COMPETENCE_DEVELOPMENT, INFRASTRUCTURE eller SUPPORT. */
  category: string;
  /** Bara de centrala budgetposterna. */
  central?: boolean | null | undefined;
  fromYear?: number | null | undefined;
  /** Bara skolenheterna i denna grupp: ett område (t.ex. "Norr") eller en skolform (t.ex. "GRUNDSKOLA_7_9"). */
  group?: string | null | undefined;
  /** Förändring i procent av varje ägares belopp (−10 = minska med 10 %). */
  percent?: number | null | undefined;
  /** Bara denna skolenhet. */
  schoolUnitId?: string | number | null | undefined;
};

/** Ändra leasing av elevenheter: pris, utbytescykel eller vilka årskurser 1:1 omfattar. */
export type ChangeDevicesInput = {
  fromYear?: number | null | undefined;
  /** Ny leasingkostnad per enhet och månad, hela kronor. */
  leaseCostPerMonthSek?: number | null | undefined;
  /** Årskurser som 1:1 omfattar (−1 förskola, 0 förskoleklass, 10–12 gymnasiet). */
  oneToOneYears?: Array<number> | null | undefined;
  /** Ny utbytescykel i år. */
  replacementCycleYears?: number | null | undefined;
  /** Bara denna skolenhet; utan: alla. */
  schoolUnitId?: string | number | null | undefined;
};

/** Ändra en tjänsts omfattning: negativt deltaFte är en neddragning. */
export type ChangePostFteInput = {
  /** Förändring i årsarbetare, högst två decimaler (−1 = en heltidstjänst mindre). */
  deltaFte: number;
  /** Från och med detta år (1 januari); standard: horisontens första år. */
  fromYear?: number | null | undefined;
  postId: string | number;
};

/** Nytt mål för andelen lärare som genomgått modulerna i digital kompetens (delmål 1.3). */
export type ChangeTrainingTargetInput = {
  fromYear?: number | null | undefined;
  /** Andel 0–1. */
  targetShare: number;
  /** Året då målet ska nås. */
  targetYear?: number | null | undefined;
};

/** Typ av enhet. */
export type DeviceType =
  | 'CHROMEBOOK'
  | 'IPAD'
  | 'PC';

/** Förskolebarn, elever i F–3, 4–6, 7–9, gymnasiet, övriga (t.ex. anpassad grundskola) eller personal. */
export type DeviceUserGroup =
  | 'PRESCHOOL'
  | 'PUPILS_4_6'
  | 'PUPILS_7_9'
  | 'PUPILS_F_3'
  | 'PUPILS_OTHER'
  | 'PUPILS_UPPER_SECONDARY'
  | 'STAFF';

/** Vad filen innehåller: skolenheter, Skolverkets skolenhetsregister (XLSX som publicerat), fakta per skolenhet och år, budgetrader, enhetsbestånd, nyckeltalsvärden (Kolada-format) eller LIKA-självskattningar. */
export type ImportKind =
  | 'BUDGET_LINES'
  | 'DEVICE_FLEETS'
  | 'INDICATOR_VALUES'
  | 'LIKA_ASSESSMENTS'
  | 'SCHOOL_FACTS'
  | 'SCHOOL_REGISTER'
  | 'SCHOOL_UNITS';

/** Vad en rad gör (eller skulle göra): skapar, ändrar, lämnar oförändrat, hoppas över (inte din kommun) eller är fel. */
export type ImportRowAction =
  | 'CREATE'
  | 'ERROR'
  | 'SKIP'
  | 'UNCHANGED'
  | 'UPDATE';

/** Procent, meritpoäng eller nivå 1–4 (LIKA). */
export type IndicatorUnit =
  | 'LEVEL_1_4'
  | 'MERIT_POINTS'
  | 'PERCENT';

/** En hävstång. Exakt ett fält ska vara satt; annars BAD_USER_INPUT. */
export type LeverInput = {
  changeBudget?: ChangeBudgetInput | null | undefined;
  changeDevices?: ChangeDevicesInput | null | undefined;
  changePostFte?: ChangePostFteInput | null | undefined;
  changeTrainingTarget?: ChangeTrainingTargetInput | null | undefined;
  movePostTime?: MovePostTimeInput | null | undefined;
};

/** En risk som förvaltningen lägger till i registret. */
export type ManualRiskInput = {
  area: RiskArea;
  /** 1–5. */
  consequence: number;
  description: string;
  /** 1–5. */
  likelihood: number;
};

/** En åtgärd: vad, vem som ansvarar och när den ska vara klar. */
export type MitigationInput = {
  action: string;
  done?: boolean | null | undefined;
  /** ÅÅÅÅ-MM-DD. */
  dueDate?: string | null | undefined;
  owner: string;
};

/** Flytta en andel av en tjänsts tid mellan tjänsteområden (ingen kostnadsförändring). */
export type MovePostTimeInput = {
  /** Tjänsteområde, t.ex. PEDAGOGICAL_SUPPORT. */
  fromArea: string;
  fromYear?: number | null | undefined;
  postId: string | number;
  /** Andel av tjänstens hela tid, 0–1, högst två decimaler. */
  share: number;
  toArea: string;
};

/** Medverkan från arbetstagarsidan (skyddsombud, fackliga företrädare). */
export type ParticipantInput = {
  name: string;
  note?: string | null | undefined;
  /** ÅÅÅÅ-MM-DD. */
  participatedOn: string;
  role: string;
};

/** Riskområden i risk- och konsekvensanalysen. */
export type RiskArea =
  /** Skoldatatek: digitala hjälpmedel för inkludering. */
  | 'ASSISTIVE_TOOLS'
  /** Kompetens går förlorad i det centrala stödet. */
  | 'COMPETENCE_LOSS'
  /** Likvärdighet mellan skolor. */
  | 'EQUITY'
  /** 1:1-satsningen i åk 7–9 och gymnasiet. */
  | 'ONE_TO_ONE_PROGRAMME'
  /** Införandet av lärplattformen i F–6 och förskolan. */
  | 'PLATFORM_ROLLOUT'
  /** Handledarutbildning i modulerna för digital kompetens. */
  | 'SUPERVISOR_TRAINING'
  /** Det dagliga pedagogiska IT-stödet. */
  | 'SUPPORT_RESPONSE'
  /** Arbetsbelastning för skolledare och lärare. */
  | 'WORKLOAD';

/** Steg i riskbedömningen och restrisken efter åtgärderna. */
export type RiskAssessmentInput = {
  residualConsequence?: number | null | undefined;
  residualLikelihood?: number | null | undefined;
  step: RiskAssessmentStep;
};

/** Arbetsgången i en riskbedömning inför en ändring i verksamheten (AFS 2023:1): identifiera, bedöma, åtgärda, följa upp. */
export type RiskAssessmentStep =
  /** Åtgärder beslutade (minst en åtgärd). */
  | 'ACTIONS_DECIDED'
  /** Bedömd. */
  | 'ASSESSED'
  /** Uppföljd (restrisk angiven). */
  | 'FOLLOWED_UP'
  /** Identifierad. */
  | 'IDENTIFIED';

/** En justerad bedömning; motiveringen krävs (minst 10 tecken). */
export type RiskOverrideInput = {
  consequence: number;
  justification: string;
  likelihood: number;
};

export type RiskSource =
  /** Modellens regler, från siffrorna. */
  | 'ENGINE'
  /** Tillagd av förvaltningen. */
  | 'MANUAL';

/** Behörighet. Kumulativ: VIEWER < ANALYST < EDITOR < ADMIN. */
export type Role =
  /** Som EDITOR, och hanterar användare och roller. */
  | 'ADMIN'
  /** Som VIEWER, och redigerar data, importerar och bygger scenarier. */
  | 'ANALYST'
  /** Som ANALYST, och föreslår/beslutar scenarier och justerar riskbedömningar. */
  | 'EDITOR'
  /** Läser allt om sin kommun (t.ex. förtroendevalda). */
  | 'VIEWER';

/** En ändring av ett sparat scenario eller dess riskregister; vem som får göra den och i vilken status står i beslutsgångens regler. */
export type ScenarioEdit =
  /** Kommentera (ANALYST och uppåt). */
  | 'COMMENT'
  /** Ta bort scenariot (utkast, ANALYST och uppåt). */
  | 'DELETE'
  /** Kopiera scenariot till ett nytt utkast (ANALYST och uppåt). */
  | 'DUPLICATE'
  /** Ändra namn, beskrivning, basår, horisont och hävstänger (utkast, ANALYST och uppåt). */
  | 'EDIT_INPUTS'
  /** Åtgärder, steg i riskbedömningen, restrisk och medverkan från arbetstagarsidan (utkast, förslag och beslutat, ANALYST och uppåt). */
  | 'FOLLOW_UP'
  /** Lägga till, ändra och ta bort egna risker (utkast och förslag, ANALYST och uppåt). */
  | 'MANUAL_RISK'
  /** Justera en riskbedömning eller ta bort justeringen (utkast och förslag, EDITOR och uppåt). */
  | 'OVERRIDE_RATING';

/** Ett scenario: hävstänger mot ett basår över en horisont av år. */
export type ScenarioInput = {
  /** Basåret (normalt budgetåret); måste ha data. */
  baseYear: number;
  /** Antal år efter basåret, 1–10. */
  horizonYears: number;
  levers: Array<LeverInput>;
  name: string;
};

/** Var ett sparat scenario står i beslutsgången. */
export type ScenarioStatus =
  /** Arkiverat; slutligt. */
  | 'ARCHIVED'
  /** Beslutat (EDITOR), på de frysta siffrorna. */
  | 'DECIDED'
  /** Utkast: indata kan ändras (ANALYST och uppåt); siffrorna följer aktuella data och antaganden. */
  | 'DRAFT'
  /** Förslag (EDITOR): data och antaganden är frysta med scenariot; siffrorna ändras inte längre. */
  | 'PROPOSED';

/** Nyckelresultat (första hela året): nettobesparing (kr), beläggning i stödet, förväntad väntetid (arbetstimmar), likvärdighetsindexets medel och variationskoefficient, samlad riskpoäng. */
export type SensitivityResultKind =
  | 'EQUITY_COEFFICIENT_OF_VARIATION'
  | 'EQUITY_MEAN_INDEX'
  | 'EXPECTED_WAIT_HOURS'
  | 'NET_SAVING_SEK'
  | 'SUPPORT_UTILISATION'
  | 'TOTAL_RISK_SCORE';

/** Det dagliga stödets läge. */
export type SupportState =
  /** Ingen tid alls finns kvar för stödet medan efterfrågan finns: beläggningen saknar värde. */
  | 'NO_CAPACITY'
  /** Beläggningen är under 1: kön är stabil och väntetiden anges. */
  | 'OK'
  /** Beläggningen är minst 1: kön växer utan gräns; ingen väntetid anges. */
  | 'SATURATED';

export type BudgetCategoryFieldsFragment = { category: BudgetCategory, budgetSek: number | null, outcomeSek: number | null, deviationSek: number | null, deviationPercent: number | null, perPupilSek: number | null };

export type BudgetCostTrendFieldsFragment = { year: number, budgetSek: number | null, outcomeSek: number | null, forecastSek: number | null, perPupilSek: number | null };

export type BudgetYearRowFieldsFragment = { year: number, budgetSek: number | null, outcomeSek: number | null, forecastSek: number | null, deviationSek: number | null, deviationPercent: number | null, perPupilSek: number | null };

export type ImportReportFieldsFragment = { kind: ImportKind, rows: number, creates: number, updates: number, unchanged: number, skipped: number, committed: boolean, errorCount: number, format: string, rowResultsTruncated: boolean, errors: Array<{ sheet: string | null, row: number, column: string | null, message: string }>, rowResults: Array<{ sheet: string | null, row: number, action: ImportRowAction, key: string, message: string | null }> };

export type ScenarioSavingsFieldsFragment = { year: number, grossSavingSek: number, shiftedCostSek: number, netSavingSek: number };

export type ScenarioTraceFieldsFragment = { figure: string, formula: string, description: string, display: string, inputs: Array<{ name: string, display: string }>, assumptions: Array<{ id: string, name: string, value: number, unit: string, source: string }> };

export type CurrentUserFieldsFragment = { id: string, email: string, name: string, role: Role, municipality: { code: string, name: string } };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { id: string, email: string, name: string, role: Role, municipality: { code: string, name: string } } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { id: string, email: string, name: string, role: Role, municipality: { code: string, name: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type BudgetYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetYearsQuery = { municipality: { name: string, budgetYear: number, years: Array<number>, costsByYear: Array<{ year: number, budgetSek: number | null, outcomeSek: number | null, forecastSek: number | null, deviationSek: number | null, deviationPercent: number | null, perPupilSek: number | null }> } };

export type CategoryCostsQueryVariables = Exact<{
  year: number;
}>;


export type CategoryCostsQuery = { municipality: { costsByCategory: Array<{ forecastSek: number | null, category: BudgetCategory, budgetSek: number | null, outcomeSek: number | null, deviationSek: number | null, deviationPercent: number | null, perPupilSek: number | null }> } };

export type OwnerCostsQueryVariables = Exact<{
  year: number;
  first: number;
  after?: string | null | undefined;
}>;


export type OwnerCostsQuery = { municipality: { costsByOwner: { totalCount: number, nodes: Array<{ ownerName: string, budgetSek: number | null, outcomeSek: number | null, forecastSek: number | null, amountSek: number, deviationSek: number | null, deviationPercent: number | null, pupils: number, perPupilSek: number | null, schoolUnit: { id: string, code: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type DevicesOverviewQueryVariables = Exact<{
  year: number;
}>;


export type DevicesOverviewQuery = { municipality: { devices: { year: number, devices: number, oneToOneDevices: number, coveredPupils: number, oneToOneCoverage: number | null, sharedPupilDevices: number, staffDevices: number, annualLeaseCostSek: number }, deviceCoverage: { totalCount: number, nodes: Array<{ pupils: number, coveredPupils: number, oneToOneDevices: number, oneToOneCoverage: number | null, sharedPupilDevices: number, pupilsPerSharedDevice: number | null, staffDevices: number, annualLeaseCostSek: number, schoolUnit: { id: string, code: string, name: string, hasLocalItCoordinator: boolean } }> }, replacementWaves: Array<{ dueYear: number, devices: number, contractValueSek: number, annualLeaseCostSek: number }> } };

export type GlossaryGoalsQueryVariables = Exact<{ [key: string]: never; }>;


export type GlossaryGoalsQuery = { nationalGoals: Array<{ code: string, title: string, subGoals: Array<{ code: string, title: string }> }> };

export type ImportPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportPageQuery = { municipality: { code: string, name: string, budgetYear: number } };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { municipality: { code: string, name: string, budgetYear: number, years: Array<number>, costsByYear: Array<{ year: number, budgetSek: number | null, outcomeSek: number | null, forecastSek: number | null, perPupilSek: number | null }>, goals: { totalCount: number, nodes: Array<{ target: number | null, schoolsMeasured: number, schoolsMet: number, shareMet: number | null, goal: { id: string, code: string, title: string, subGoal: { code: string } } }> } } };

export type YearKpisQueryVariables = Exact<{
  year: number;
}>;


export type YearKpisQuery = { municipality: { kpis: { year: number, digitalisationCostSek: number, costKind: BudgetKind, pupils: number, costPerPupilSek: number | null, devices: number, oneToOneCoverage: number | null, supportFte: number, peopleServed: number, peoplePerSupportFte: number | null, staffTrainedShare: number | null, goalResultsMeasured: number, goalResultsMet: number } } };

export type EquityOverviewQueryVariables = Exact<{
  year: number;
}>;


export type EquityOverviewQuery = { municipality: { equity: { year: number, threshold: number, summary: { meanIndex: number, coefficientOfVariation: number, gini: number, schoolsBelowThreshold: number } } } };

export type RiskScenarioListQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskScenarioListQuery = { scenarios: { totalCount: number, nodes: Array<{ id: string, name: string, status: ScenarioStatus }> } };

export type RiskAnalysisQueryVariables = Exact<{
  id: string | number;
}>;


export type RiskAnalysisQuery = { scenario: { id: string, name: string, description: string, status: ScenarioStatus, version: number, allowedTransitions: Array<ScenarioStatus>, allowedEdits: Array<ScenarioEdit>, baseYear: number, horizonYears: number, proposal: Array<string>, updatedAt: string, owner: { name: string }, documents: { analysisPdf: string, analysisDocx: string, summaryPdf: string, summaryDocx: string }, result: { summary: { year: number, grossSavingSek: number, shiftedCostSek: number, netSavingSek: number } }, riskRegister: Array<{ id: string, number: number, area: RiskArea, source: RiskSource, description: string, likelihood: number, consequence: number, score: number, originalLikelihood: number, originalConsequence: number, overridden: boolean, residualLikelihood: number | null, residualConsequence: number | null, step: RiskAssessmentStep, threatenedGoals: Array<string>, override: { likelihood: number, consequence: number, justification: string, by: string, at: string } | null, mitigations: Array<{ id: string, action: string, owner: string, dueDate: string | null, done: boolean }> }>, participants: Array<{ id: string, name: string, role: string, participatedOn: string, note: string | null }> } | null };

export type OverrideRiskMutationVariables = Exact<{
  riskId: string | number;
  input: RiskOverrideInput;
}>;


export type OverrideRiskMutation = { overrideScenarioRisk: { id: string, version: number } };

export type AddMitigationMutationVariables = Exact<{
  riskId: string | number;
  input: MitigationInput;
}>;


export type AddMitigationMutation = { addRiskMitigation: { id: string, version: number } };

export type SetScenarioStatusMutationVariables = Exact<{
  id: string | number;
  status: ScenarioStatus;
  version: number;
}>;


export type SetScenarioStatusMutation = { setScenarioStatus: { id: string, status: ScenarioStatus, version: number } };

export type AddOwnRiskMutationVariables = Exact<{
  scenarioId: string | number;
  input: ManualRiskInput;
}>;


export type AddOwnRiskMutation = { addScenarioRisk: { id: string, version: number } };

export type AssessRiskMutationVariables = Exact<{
  riskId: string | number;
  input: RiskAssessmentInput;
}>;


export type AssessRiskMutation = { assessScenarioRisk: { id: string, version: number } };

export type AddParticipantMutationVariables = Exact<{
  scenarioId: string | number;
  input: ParticipantInput;
}>;


export type AddParticipantMutation = { addScenarioParticipant: { id: string, version: number } };

export type UpdateMitigationMutationVariables = Exact<{
  id: string | number;
  input: MitigationInput;
}>;


export type UpdateMitigationMutation = { updateRiskMitigation: { id: string, version: number } };

export type RemoveMitigationMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMitigationMutation = { removeRiskMitigation: { id: string, version: number } };

export type RemoveScenarioRiskMutationVariables = Exact<{
  riskId: string | number;
}>;


export type RemoveScenarioRiskMutation = { removeScenarioRisk: { id: string, version: number } };

export type RemoveParticipantMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveParticipantMutation = { removeScenarioParticipant: { id: string, version: number } };

export type ScenarioAuditTrailQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ScenarioAuditTrailQuery = { scenario: { id: string, auditTrail: { totalCount: number, nodes: Array<{ id: string, when: string, who: string, whoName: string | null, summary: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type UpdateScenarioRiskMutationVariables = Exact<{
  riskId: string | number;
  input: ManualRiskInput;
}>;


export type UpdateScenarioRiskMutation = { updateScenarioRisk: { id: string, version: number } };

export type SavedScenariosQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SavedScenariosQuery = { scenarios: { totalCount: number, nodes: Array<{ id: string, name: string, status: ScenarioStatus, version: number, baseYear: number, horizonYears: number, leversJson: string, updatedAt: string, owner: { name: string }, result: { summary: { netSavingSek: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateScenarioMutationVariables = Exact<{
  input: ScenarioInput;
  description?: string | null | undefined;
}>;


export type CreateScenarioMutation = { createScenario: { id: string, name: string, status: ScenarioStatus, version: number } };

export type ScenarioSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenarioSetupQuery = { municipality: { name: string, budgetYear: number, years: Array<number>, supportUnit: { name: string, totalFte: number, posts: Array<{ id: string, title: string, fte: number, annualCostSek: number }> }, devices: { devices: number, oneToOneDevices: number, annualLeaseCostSek: number }, costsByCategory: Array<{ category: BudgetCategory, amountSek: number }> } };

export type EvaluateScenarioBuilderQueryVariables = Exact<{
  input: ScenarioInput;
}>;


export type EvaluateScenarioBuilderQuery = { evaluateScenario: { name: string, baseYear: number, summaryYear: number, summary: { supportFteBase: number, supportFteScenario: number, peoplePerFteBase: number | null, peoplePerFteScenario: number | null, supportUtilisation: number, supportUtilisationBase: number | null, supportState: SupportState, supportStateBase: SupportState, expectedWaitHours: number | null, expectedWaitHoursBase: number | null, shiftedHoursPerTeacher: number, schoolsMovedBelowThreshold: number, goalsAtRisk: Array<string>, year: number, grossSavingSek: number, shiftedCostSek: number, netSavingSek: number }, risks: Array<{ area: RiskArea, likelihood: number, consequence: number, score: number, explanation: string, threatenedGoals: Array<string> }>, baseRisks: Array<{ area: RiskArea, score: number }>, equityBase: { meanIndex: number, gini: number, schoolsBelowThreshold: number }, equityScenario: { meanIndex: number, gini: number, schoolsBelowThreshold: number }, schoolsMovingMost: Array<{ equityIndexBase: number, equityIndexScenario: number, change: number, belowThresholdBase: boolean, belowThresholdScenario: boolean, hasLocalItCoordinator: boolean, school: { id: string, name: string } }>, goalsAtRisk: Array<{ subGoalCode: string, title: string, capacityLossShare: number, baseCapacityHours: number, scenarioCapacityHours: number, municipalityGoals: Array<{ code: string, title: string }> }>, gross: { figure: string, formula: string, description: string, display: string, inputs: Array<{ name: string, display: string }>, assumptions: Array<{ id: string, name: string, value: number, unit: string, source: string }> } | null, shifted: { figure: string, formula: string, description: string, display: string, inputs: Array<{ name: string, display: string }>, assumptions: Array<{ id: string, name: string, value: number, unit: string, source: string }> } | null, net: { figure: string, formula: string, description: string, display: string, inputs: Array<{ name: string, display: string }>, assumptions: Array<{ id: string, name: string, value: number, unit: string, source: string }> } | null, utilisation: { figure: string, formula: string, description: string, display: string, inputs: Array<{ name: string, display: string }>, assumptions: Array<{ id: string, name: string, value: number, unit: string, source: string }> } | null, wait: { figure: string, formula: string, description: string, display: string, inputs: Array<{ name: string, display: string }>, assumptions: Array<{ id: string, name: string, value: number, unit: string, source: string }> } | null, peoplePerFte: { figure: string, formula: string, description: string, display: string, inputs: Array<{ name: string, display: string }>, assumptions: Array<{ id: string, name: string, value: number, unit: string, source: string }> } | null } };

export type CompareScenarioQueryVariables = Exact<{
  input: ScenarioInput;
}>;


export type CompareScenarioQuery = { evaluateScenario: { summaryYear: number, summary: { supportFteScenario: number, peoplePerFteScenario: number | null, supportUtilisation: number, supportState: SupportState, expectedWaitHours: number | null, schoolsMovedBelowThreshold: number, goalsAtRisk: Array<string>, year: number, grossSavingSek: number, shiftedCostSek: number, netSavingSek: number }, risks: Array<{ area: RiskArea, score: number }> } };

export type SchoolYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolYearsQuery = { municipality: { name: string, budgetYear: number, years: Array<number> } };

export type SchoolEquityQueryVariables = Exact<{
  year: number;
}>;


export type SchoolEquityQuery = { municipality: { equity: { year: number, threshold: number, assumptionSetVersion: number, summary: { schools: number, meanIndex: number, coefficientOfVariation: number, gini: number, p10: number, p90: number, schoolsBelowThreshold: number, correlationWithSocioeconomicIndex: number | null }, schools: { totalCount: number, nodes: Array<{ index: number, belowThreshold: boolean, hasLocalItCoordinator: boolean, socioeconomicIndex: number | null, components: { deviceCoverage: number, supportAccess: number, staffCompetence: number, maturity: number }, school: { id: string, name: string } }> } } } };

export type SchoolEquityTrendQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolEquityTrendQuery = { municipality: { equityTrend: Array<{ year: number, summary: { schools: number, meanIndex: number, coefficientOfVariation: number, gini: number, schoolsBelowThreshold: number, correlationWithSocioeconomicIndex: number | null } }> } };

export type SchoolProfileQueryVariables = Exact<{
  id: string | number;
  year?: number | null | undefined;
}>;


export type SchoolProfileQuery = { indicators: Array<{ id: string, name: string, unit: IndicatorUnit, higherIsBetter: boolean }>, schoolUnit: { id: string, code: string, name: string, schoolForms: Array<string>, area: string | null, hasLocalItCoordinator: boolean, facts: Array<{ year: number, pupils: number, teachers: number, teachersFte: number, schoolLeaders: number, socioeconomicIndex: number | null, hasLocalItCoordinator: boolean, superusers: number }>, devices: Array<{ id: string, deviceType: DeviceType, userGroup: DeviceUserGroup, deviceCount: number, leaseCostPerMonthSek: number, leaseTermMonths: number, leaseStartYear: number, replacementCycleYears: number, oneToOne: boolean }>, deviceCoverage: { year: number, oneToOneCoverage: number | null, coveredPupils: number, oneToOneDevices: number, devices: number, annualLeaseCostSek: number } | null, costs: Array<{ category: BudgetCategory, budgetSek: number | null, outcomeSek: number | null, deviationSek: number | null, deviationPercent: number | null, perPupilSek: number | null }>, indicatorValues: Array<{ indicatorId: string, year: number, value: number }>, goalAchievement: Array<{ year: number, actual: number | null, target: number | null, met: boolean | null, gap: number | null, goal: { id: string, code: string, title: string, indicator: { unit: IndicatorUnit } }, trend: Array<{ year: number, actual: number, target: number | null, met: boolean | null }> }> } | null };

export type SensitivityPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type SensitivityPostsQuery = { municipality: { code: string, name: string, budgetYear: number, supportUnit: { name: string, posts: Array<{ id: string, title: string, fte: number }> } } };

export type ScenarioSensitivityQueryVariables = Exact<{
  input: ScenarioInput;
}>;


export type ScenarioSensitivityQuery = { scenarioSensitivity: { summaryYear: number, tornadoes: Array<{ result: SensitivityResultKind, value: number | null, rows: Array<{ assumptionId: string, name: string, unit: string, source: string, value: number, low: number, high: number, resultAtLow: number | null, resultAtHigh: number | null, effect: number, flips: boolean }> }>, ranges: Array<{ result: SensitivityResultKind, value: number | null, low: number | null, high: number | null, unbounded: boolean, flips: boolean, explanation: string }>, breakEven: Array<{ assumptionId: string, state: BreakEvenState, breakEvenValue: number | null, insideRange: boolean, explanation: string }> } };

export type SupportCapacityQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportCapacityQuery = { municipality: { name: string, budgetYear: number, supportUnit: { name: string, totalFte: number, peopleServed: number, peoplePerFte: number | null, annualCostSek: number, productiveHoursPerFte: number, capacity: Array<{ fte: number, hours: number, shareOfUnit: number, serviceArea: { code: string, title: string, subGoals: Array<{ code: string, title: string }> } }>, posts: Array<{ id: string, title: string, fte: number, annualCostSek: number, timeSplit: Array<{ serviceAreaCode: string, serviceAreaTitle: string, share: number }> }> } } };

export type SupportUnitOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportUnitOverviewQuery = { municipality: { code: string, name: string, budgetYear: number, supportUnit: { name: string, totalFte: number, peopleServed: number, annualCostSek: number, posts: Array<{ id: string, title: string, fte: number, annualCostSek: number }> } } };

export const BudgetCategoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryCost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"budgetSek"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"perPupilSek"}}]}}]} as unknown as DocumentNode<BudgetCategoryFieldsFragment, unknown>;
export const BudgetCostTrendFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCostTrendFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearCost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budgetSek"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSek"}},{"kind":"Field","name":{"kind":"Name","value":"forecastSek"}},{"kind":"Field","name":{"kind":"Name","value":"perPupilSek"}}]}}]} as unknown as DocumentNode<BudgetCostTrendFieldsFragment, unknown>;
export const BudgetYearRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetYearRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearCost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budgetSek"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSek"}},{"kind":"Field","name":{"kind":"Name","value":"forecastSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"perPupilSek"}}]}}]} as unknown as DocumentNode<BudgetYearRowFieldsFragment, unknown>;
export const ImportReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"creates"}},{"kind":"Field","name":{"kind":"Name","value":"updates"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"rowResultsTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportReportFieldsFragment, unknown>;
export const ScenarioSavingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSavingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grossSavingSek"}},{"kind":"Field","name":{"kind":"Name","value":"shiftedCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"netSavingSek"}}]}}]} as unknown as DocumentNode<ScenarioSavingsFieldsFragment, unknown>;
export const ScenarioTraceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioTraceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TraceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<ScenarioTraceFieldsFragment, unknown>;
export const CurrentUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurrentUserFieldsFragment, unknown>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const BudgetYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"costsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetYearRowFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetCostTrendFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetYearRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearCost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budgetSek"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSek"}},{"kind":"Field","name":{"kind":"Name","value":"forecastSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"perPupilSek"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCostTrendFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearCost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budgetSek"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSek"}},{"kind":"Field","name":{"kind":"Name","value":"forecastSek"}},{"kind":"Field","name":{"kind":"Name","value":"perPupilSek"}}]}}]} as unknown as DocumentNode<BudgetYearsQuery, BudgetYearsQueryVariables>;
export const CategoryCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoryCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costsByCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetCategoryFields"}},{"kind":"Field","name":{"kind":"Name","value":"forecastSek"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryCost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"budgetSek"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"perPupilSek"}}]}}]} as unknown as DocumentNode<CategoryCostsQuery, CategoryCostsQueryVariables>;
export const OwnerCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnerCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costsByOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetSek"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSek"}},{"kind":"Field","name":{"kind":"Name","value":"forecastSek"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"perPupilSek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnerCostsQuery, OwnerCostsQueryVariables>;
export const DevicesOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevicesOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"devices"}},{"kind":"Field","name":{"kind":"Name","value":"oneToOneDevices"}},{"kind":"Field","name":{"kind":"Name","value":"coveredPupils"}},{"kind":"Field","name":{"kind":"Name","value":"oneToOneCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPupilDevices"}},{"kind":"Field","name":{"kind":"Name","value":"staffDevices"}},{"kind":"Field","name":{"kind":"Name","value":"annualLeaseCostSek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deviceCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hasLocalItCoordinator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"coveredPupils"}},{"kind":"Field","name":{"kind":"Name","value":"oneToOneDevices"}},{"kind":"Field","name":{"kind":"Name","value":"oneToOneCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPupilDevices"}},{"kind":"Field","name":{"kind":"Name","value":"pupilsPerSharedDevice"}},{"kind":"Field","name":{"kind":"Name","value":"staffDevices"}},{"kind":"Field","name":{"kind":"Name","value":"annualLeaseCostSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacementWaves"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueYear"}},{"kind":"Field","name":{"kind":"Name","value":"devices"}},{"kind":"Field","name":{"kind":"Name","value":"contractValueSek"}},{"kind":"Field","name":{"kind":"Name","value":"annualLeaseCostSek"}}]}}]}}]}}]} as unknown as DocumentNode<DevicesOverviewQuery, DevicesOverviewQueryVariables>;
export const GlossaryGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GlossaryGoalsQuery, GlossaryGoalsQueryVariables>;
export const ImportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}}]}}]}}]} as unknown as DocumentNode<ImportPageQuery, ImportPageQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"costsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetCostTrendFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsMeasured"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsMet"}},{"kind":"Field","name":{"kind":"Name","value":"shareMet"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCostTrendFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearCost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budgetSek"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSek"}},{"kind":"Field","name":{"kind":"Name","value":"forecastSek"}},{"kind":"Field","name":{"kind":"Name","value":"perPupilSek"}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const YearKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"digitalisationCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"costKind"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"costPerPupilSek"}},{"kind":"Field","name":{"kind":"Name","value":"devices"}},{"kind":"Field","name":{"kind":"Name","value":"oneToOneCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"supportFte"}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"peoplePerSupportFte"}},{"kind":"Field","name":{"kind":"Name","value":"staffTrainedShare"}},{"kind":"Field","name":{"kind":"Name","value":"goalResultsMeasured"}},{"kind":"Field","name":{"kind":"Name","value":"goalResultsMet"}}]}}]}}]}}]} as unknown as DocumentNode<YearKpisQuery, YearKpisQueryVariables>;
export const EquityOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquityOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanIndex"}},{"kind":"Field","name":{"kind":"Name","value":"coefficientOfVariation"}},{"kind":"Field","name":{"kind":"Name","value":"gini"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsBelowThreshold"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquityOverviewQuery, EquityOverviewQueryVariables>;
export const RiskScenarioListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskScenarioList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RiskScenarioListQuery, RiskScenarioListQueryVariables>;
export const RiskAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"allowedEdits"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analysisPdf"}},{"kind":"Field","name":{"kind":"Name","value":"analysisDocx"}},{"kind":"Field","name":{"kind":"Name","value":"summaryPdf"}},{"kind":"Field","name":{"kind":"Name","value":"summaryDocx"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSavingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskRegister"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"originalLikelihood"}},{"kind":"Field","name":{"kind":"Name","value":"originalConsequence"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mitigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residualLikelihood"}},{"kind":"Field","name":{"kind":"Name","value":"residualConsequence"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"threatenedGoals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"participatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSavingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grossSavingSek"}},{"kind":"Field","name":{"kind":"Name","value":"shiftedCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"netSavingSek"}}]}}]} as unknown as DocumentNode<RiskAnalysisQuery, RiskAnalysisQueryVariables>;
export const OverrideRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideScenarioRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"riskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OverrideRiskMutation, OverrideRiskMutationVariables>;
export const AddMitigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMitigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MitigationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRiskMitigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"riskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddMitigationMutation, AddMitigationMutationVariables>;
export const SetScenarioStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetScenarioStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScenarioStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetScenarioStatusMutation, SetScenarioStatusMutationVariables>;
export const AddOwnRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOwnRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addScenarioRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddOwnRiskMutation, AddOwnRiskMutationVariables>;
export const AssessRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessScenarioRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"riskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssessRiskMutation, AssessRiskMutationVariables>;
export const AddParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addScenarioParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddParticipantMutation, AddParticipantMutationVariables>;
export const UpdateMitigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMitigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MitigationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRiskMitigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMitigationMutation, UpdateMitigationMutationVariables>;
export const RemoveMitigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMitigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRiskMitigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveMitigationMutation, RemoveMitigationMutationVariables>;
export const RemoveScenarioRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveScenarioRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeScenarioRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"riskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveScenarioRiskMutation, RemoveScenarioRiskMutationVariables>;
export const RemoveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeScenarioParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveParticipantMutation, RemoveParticipantMutationVariables>;
export const ScenarioAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"when"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"whoName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioAuditTrailQuery, ScenarioAuditTrailQueryVariables>;
export const UpdateScenarioRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScenarioRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScenarioRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"riskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateScenarioRiskMutation, UpdateScenarioRiskMutationVariables>;
export const SavedScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"leversJson"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"netSavingSek"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SavedScenariosQuery, SavedScenariosQueryVariables>;
export const CreateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateScenarioMutation, CreateScenarioMutationVariables>;
export const ScenarioSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"supportUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalFte"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostSek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"}},{"kind":"Field","name":{"kind":"Name","value":"oneToOneDevices"}},{"kind":"Field","name":{"kind":"Name","value":"annualLeaseCostSek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioSetupQuery, ScenarioSetupQueryVariables>;
export const EvaluateScenarioBuilderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluateScenarioBuilder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"summaryYear"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSavingsFields"}},{"kind":"Field","name":{"kind":"Name","value":"supportFteBase"}},{"kind":"Field","name":{"kind":"Name","value":"supportFteScenario"}},{"kind":"Field","name":{"kind":"Name","value":"peoplePerFteBase"}},{"kind":"Field","name":{"kind":"Name","value":"peoplePerFteScenario"}},{"kind":"Field","name":{"kind":"Name","value":"supportUtilisation"}},{"kind":"Field","name":{"kind":"Name","value":"supportUtilisationBase"}},{"kind":"Field","name":{"kind":"Name","value":"supportState"}},{"kind":"Field","name":{"kind":"Name","value":"supportStateBase"}},{"kind":"Field","name":{"kind":"Name","value":"expectedWaitHours"}},{"kind":"Field","name":{"kind":"Name","value":"expectedWaitHoursBase"}},{"kind":"Field","name":{"kind":"Name","value":"shiftedHoursPerTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsMovedBelowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAtRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"threatenedGoals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanIndex"}},{"kind":"Field","name":{"kind":"Name","value":"gini"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsBelowThreshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanIndex"}},{"kind":"Field","name":{"kind":"Name","value":"gini"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsBelowThreshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolsMovingMost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityIndexBase"}},{"kind":"Field","name":{"kind":"Name","value":"equityIndexScenario"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"belowThresholdBase"}},{"kind":"Field","name":{"kind":"Name","value":"belowThresholdScenario"}},{"kind":"Field","name":{"kind":"Name","value":"hasLocalItCoordinator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalsAtRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subGoalCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacityLossShare"}},{"kind":"Field","name":{"kind":"Name","value":"baseCapacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioCapacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gross"},"name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"figure"},"value":{"kind":"StringValue","value":"summary.grossSavingSek","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioTraceFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"shifted"},"name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"figure"},"value":{"kind":"StringValue","value":"summary.shiftedCostSek","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioTraceFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"net"},"name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"figure"},"value":{"kind":"StringValue","value":"summary.netSavingSek","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioTraceFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"utilisation"},"name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"figure"},"value":{"kind":"StringValue","value":"summary.supportUtilisation","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioTraceFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"wait"},"name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"figure"},"value":{"kind":"StringValue","value":"summary.expectedWaitHours","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioTraceFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"peoplePerFte"},"name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"figure"},"value":{"kind":"StringValue","value":"summary.peoplePerFteScenario","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioTraceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSavingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grossSavingSek"}},{"kind":"Field","name":{"kind":"Name","value":"shiftedCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"netSavingSek"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioTraceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TraceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<EvaluateScenarioBuilderQuery, EvaluateScenarioBuilderQueryVariables>;
export const CompareScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summaryYear"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSavingsFields"}},{"kind":"Field","name":{"kind":"Name","value":"supportFteScenario"}},{"kind":"Field","name":{"kind":"Name","value":"peoplePerFteScenario"}},{"kind":"Field","name":{"kind":"Name","value":"supportUtilisation"}},{"kind":"Field","name":{"kind":"Name","value":"supportState"}},{"kind":"Field","name":{"kind":"Name","value":"expectedWaitHours"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsMovedBelowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAtRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSavingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grossSavingSek"}},{"kind":"Field","name":{"kind":"Name","value":"shiftedCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"netSavingSek"}}]}}]} as unknown as DocumentNode<CompareScenarioQuery, CompareScenarioQueryVariables>;
export const SchoolYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"years"}}]}}]}}]} as unknown as DocumentNode<SchoolYearsQuery, SchoolYearsQueryVariables>;
export const SchoolEquityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolEquity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"meanIndex"}},{"kind":"Field","name":{"kind":"Name","value":"coefficientOfVariation"}},{"kind":"Field","name":{"kind":"Name","value":"gini"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsBelowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"correlationWithSocioeconomicIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"400"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"belowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"hasLocalItCoordinator"}},{"kind":"Field","name":{"kind":"Name","value":"socioeconomicIndex"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"supportAccess"}},{"kind":"Field","name":{"kind":"Name","value":"staffCompetence"}},{"kind":"Field","name":{"kind":"Name","value":"maturity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolEquityQuery, SchoolEquityQueryVariables>;
export const SchoolEquityTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolEquityTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equityTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"meanIndex"}},{"kind":"Field","name":{"kind":"Name","value":"coefficientOfVariation"}},{"kind":"Field","name":{"kind":"Name","value":"gini"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsBelowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"correlationWithSocioeconomicIndex"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolEquityTrendQuery, SchoolEquityTrendQueryVariables>;
export const SchoolProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schoolForms"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"hasLocalItCoordinator"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersFte"}},{"kind":"Field","name":{"kind":"Name","value":"schoolLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"socioeconomicIndex"}},{"kind":"Field","name":{"kind":"Name","value":"hasLocalItCoordinator"}},{"kind":"Field","name":{"kind":"Name","value":"superusers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deviceType"}},{"kind":"Field","name":{"kind":"Name","value":"userGroup"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaseCostPerMonthSek"}},{"kind":"Field","name":{"kind":"Name","value":"leaseTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"leaseStartYear"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCycleYears"}},{"kind":"Field","name":{"kind":"Name","value":"oneToOne"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deviceCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"oneToOneCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"coveredPupils"}},{"kind":"Field","name":{"kind":"Name","value":"oneToOneDevices"}},{"kind":"Field","name":{"kind":"Name","value":"devices"}},{"kind":"Field","name":{"kind":"Name","value":"annualLeaseCostSek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetCategoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAchievement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryCost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"budgetSek"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationSek"}},{"kind":"Field","name":{"kind":"Name","value":"deviationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"perPupilSek"}}]}}]} as unknown as DocumentNode<SchoolProfileQuery, SchoolProfileQueryVariables>;
export const SensitivityPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SensitivityPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"supportUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SensitivityPostsQuery, SensitivityPostsQueryVariables>;
export const ScenarioSensitivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioSensitivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioSensitivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summaryYear"}},{"kind":"Field","name":{"kind":"Name","value":"tornadoes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumptionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"resultAtLow"}},{"kind":"Field","name":{"kind":"Name","value":"resultAtHigh"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"flips"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"unbounded"}},{"kind":"Field","name":{"kind":"Name","value":"flips"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakEven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumptionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"breakEvenValue"}},{"kind":"Field","name":{"kind":"Name","value":"insideRange"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioSensitivityQuery, ScenarioSensitivityQueryVariables>;
export const SupportCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"supportUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalFte"}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"peoplePerFte"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"productiveHoursPerFte"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"timeSplit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAreaTitle"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportCapacityQuery, SupportCapacityQueryVariables>;
export const SupportUnitOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportUnitOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"supportUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalFte"}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostSek"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportUnitOverviewQuery, SupportUnitOverviewQueryVariables>;