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

/** En fil att importera, base64-kodad i anropet (högst 20 MB avkodad). */
export type ImportFileInput = {
  /** Filens innehåll, base64-kodat. */
  contentBase64: string;
  /** Filens namn; ändelsen (.csv eller .xlsx) måste stämma med innehållet. */
  fileName: string;
  kind: ImportKind;
  /** Skolenhetsregistret: året elevantalen gäller, om filen inte själv anger det (t.ex. 2025 för läsåret 2025/26). */
  year?: number | null | undefined;
};

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

/** En hävstång. Exakt ett fält ska vara satt; annars BAD_USER_INPUT. */
export type LeverInput = {
  changeBudget?: ChangeBudgetInput | null | undefined;
  changeDevices?: ChangeDevicesInput | null | undefined;
  changePostFte?: ChangePostFteInput | null | undefined;
  changeTrainingTarget?: ChangeTrainingTargetInput | null | undefined;
  movePostTime?: MovePostTimeInput | null | undefined;
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

/** Ett scenario: hävstänger mot ett basår över en horisont av år. */
export type ScenarioInput = {
  /** Basåret (normalt budgetåret); måste ha data. */
  baseYear: number;
  /** Antal år efter basåret, 1–10. */
  horizonYears: number;
  levers: Array<LeverInput>;
  name: string;
};

/** Nyckelresultat (första hela året): nettobesparing (kr), beläggning i stödet, förväntad väntetid (arbetstimmar), likvärdighetsindexets medel och variationskoefficient, samlad riskpoäng. */
export type SensitivityResultKind =
  | 'EQUITY_COEFFICIENT_OF_VARIATION'
  | 'EQUITY_MEAN_INDEX'
  | 'EXPECTED_WAIT_HOURS'
  | 'NET_SAVING_SEK'
  | 'SUPPORT_UTILISATION'
  | 'TOTAL_RISK_SCORE';

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { id: string, email: string, name: string, role: Role, municipality: { code: string, name: string } } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { id: string, email: string, name: string, role: Role, municipality: { code: string, name: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type PreviewImportFileMutationVariables = Exact<{
  input: ImportFileInput;
}>;


export type PreviewImportFileMutation = { previewImport: { kind: ImportKind, rows: number, creates: number, updates: number, unchanged: number, skipped: number, committed: boolean, errorCount: number, format: string, rowResultsTruncated: boolean, errors: Array<{ sheet: string | null, row: number, column: string | null, message: string }>, rowResults: Array<{ sheet: string | null, row: number, action: ImportRowAction, key: string, message: string | null }> } };

export type CommitImportFileMutationVariables = Exact<{
  input: ImportFileInput;
}>;


export type CommitImportFileMutation = { commitImport: { kind: ImportKind, rows: number, creates: number, updates: number, unchanged: number, skipped: number, committed: boolean, errorCount: number, format: string, rowResultsTruncated: boolean, errors: Array<{ sheet: string | null, row: number, column: string | null, message: string }>, rowResults: Array<{ sheet: string | null, row: number, action: ImportRowAction, key: string, message: string | null }> } };

export type ImportReportFieldsFragment = { kind: ImportKind, rows: number, creates: number, updates: number, unchanged: number, skipped: number, committed: boolean, errorCount: number, format: string, rowResultsTruncated: boolean, errors: Array<{ sheet: string | null, row: number, column: string | null, message: string }>, rowResults: Array<{ sheet: string | null, row: number, action: ImportRowAction, key: string, message: string | null }> };

export type ImportPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportPageQuery = { municipality: { code: string, name: string, budgetYear: number } };

export type SensitivityPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type SensitivityPostsQuery = { municipality: { code: string, name: string, budgetYear: number, supportUnit: { name: string, posts: Array<{ id: string, title: string, fte: number }> } } };

export type ScenarioSensitivityQueryVariables = Exact<{
  input: ScenarioInput;
}>;


export type ScenarioSensitivityQuery = { scenarioSensitivity: { summaryYear: number, tornadoes: Array<{ result: SensitivityResultKind, value: number | null, rows: Array<{ assumptionId: string, name: string, unit: string, source: string, value: number, low: number, high: number, resultAtLow: number | null, resultAtHigh: number | null, effect: number, flips: boolean }> }>, ranges: Array<{ result: SensitivityResultKind, value: number | null, low: number | null, high: number | null, unbounded: boolean, flips: boolean, explanation: string }>, breakEven: Array<{ assumptionId: string, state: BreakEvenState, breakEvenValue: number | null, insideRange: boolean, explanation: string }> } };

export type SupportUnitOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportUnitOverviewQuery = { municipality: { code: string, name: string, budgetYear: number, supportUnit: { name: string, totalFte: number, peopleServed: number, annualCostSek: number, posts: Array<{ id: string, title: string, fte: number, annualCostSek: number }> } } };

export const ImportReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"creates"}},{"kind":"Field","name":{"kind":"Name","value":"updates"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"rowResultsTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportReportFieldsFragment, unknown>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const PreviewImportFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewImportFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"creates"}},{"kind":"Field","name":{"kind":"Name","value":"updates"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"rowResultsTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewImportFileMutation, PreviewImportFileMutationVariables>;
export const CommitImportFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitImportFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"creates"}},{"kind":"Field","name":{"kind":"Name","value":"updates"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"rowResultsTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CommitImportFileMutation, CommitImportFileMutationVariables>;
export const ImportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}}]}}]}}]} as unknown as DocumentNode<ImportPageQuery, ImportPageQueryVariables>;
export const SensitivityPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SensitivityPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"supportUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SensitivityPostsQuery, SensitivityPostsQueryVariables>;
export const ScenarioSensitivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioSensitivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioSensitivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summaryYear"}},{"kind":"Field","name":{"kind":"Name","value":"tornadoes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumptionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"resultAtLow"}},{"kind":"Field","name":{"kind":"Name","value":"resultAtHigh"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"flips"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"unbounded"}},{"kind":"Field","name":{"kind":"Name","value":"flips"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakEven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumptionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"breakEvenValue"}},{"kind":"Field","name":{"kind":"Name","value":"insideRange"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioSensitivityQuery, ScenarioSensitivityQueryVariables>;
export const SupportUnitOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportUnitOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"supportUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalFte"}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostSek"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportUnitOverviewQuery, SupportUnitOverviewQueryVariables>;