/**
 * Input types of the scenario model: plain data shaped after DESIGN's Domain section. The adapter from the
 * database fills these; the model never reads anything else. Money is whole SEK (safe integers), shares are
 * fractions in [0, 1], FTE has at most two decimals, years are calendar years.
 */

/** What the central support unit spends its time on. FOLLOW_UP (uppföljning och utveckling) serves sub-goal 3.2. */
export const SERVICE_AREAS = [
  'PEDAGOGICAL_SUPPORT',
  'TRAINING',
  'PLATFORM_ADMIN',
  'ASSISTIVE_TOOLS',
  'PROCUREMENT',
  'DATA_PROTECTION',
  'FOLLOW_UP',
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

export const BUDGET_CATEGORIES = ['PERSONNEL', 'DEVICES', 'LICENCES_SYSTEMS', 'COMPETENCE_DEVELOPMENT', 'INFRASTRUCTURE', 'SUPPORT'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** Which figure a budget line is: decided budget, outcome (utfall) or forecast (prognos). */
export type BudgetKind = 'BUDGET' | 'OUTCOME' | 'FORECAST';

/** The national digitalisation strategy's sub-goals (2017): focus areas 1–3. */
export const SUB_GOALS = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'] as const;
export type SubGoal = (typeof SUB_GOALS)[number];

export const RISK_AREAS = [
  'EQUITY',
  'WORKLOAD',
  'COMPETENCE_LOSS',
  'ONE_TO_ONE_PROGRAMME',
  'SUPPORT_RESPONSE',
  'ASSISTIVE_TOOLS',
  'SUPERVISOR_TRAINING',
  'PLATFORM_ROLLOUT',
] as const;
export type RiskArea = (typeof RISK_AREAS)[number];

/**
 * School year (årskurs) as a number: -1 förskola, 0 förskoleklass, 1–9 grundskola, 10–12 gymnasieskolans år 1–3.
 */
export type Grade = number;
export const MIN_GRADE = -1;
export const MAX_GRADE = 12;

/** One school unit's facts for one calendar year. */
export interface SchoolYearFacts {
  year: number;
  /** All pupils (children in preschool) of the unit. */
  pupils: number;
  /**
   * Pupils per school year, when known. With it the 1:1 programme's pupils follow `oneToOneGrades` (and the
   * changeDevices lever can move them); without it `oneToOnePupils` is used as given.
   */
  pupilsByGrade?: Partial<Record<Grade, number>>;
  /** Pupils in the school years the 1:1 programme covers (used when `pupilsByGrade` is absent). */
  oneToOnePupils: number;
  /** Teachers, headcount (also used for hours per teacher). */
  teachers: number;
  teachersFte: number;
  schoolLeaders: number;
  /**
   * Socioeconomic index, 1.0 = national average; LOWER = GREATER NEEDS (Likvärd's convention, as in the demo data,
   * seeds/README.md). The model only correlates with it, so r > 0 means needier schools have a lower equity index.
   * Data with the opposite convention (e.g. an index where higher = greater needs) must be inverted on import.
   * null when unknown.
   */
  socioeconomicIndex: number | null;
  /** Share of the unit's teachers who completed the digital-competence modules, 0..1. */
  staffTrainedShare: number;
  /** Self-assessed digital maturity (LIKA-style), normalised to 0..1 (score / the tool's maximum). */
  maturityScore: number;
}

export interface SchoolUnitInput {
  id: string;
  code: string;
  name: string;
  /** Groups a budget lever may target, e.g. the area ('Norr') or a school form ('GRUNDSKOLA_7_9'). */
  groups: string[];
  /** Local IT coordinator or superusers at the unit: handle part of the unit's support needs locally. */
  hasLocalItCoordinator: boolean;
  /** Facts per year; a year without facts uses the nearest earlier year (else the earliest). */
  years: SchoolYearFacts[];
}

export type OwnerKind = 'SCHOOL' | 'CENTRAL';

export interface BudgetLineInput {
  year: number;
  ownerKind: OwnerKind;
  /** A school unit id, or the id of a central unit (e.g. the support unit's `ownerId`). */
  ownerId: string;
  category: BudgetCategory;
  kind: BudgetKind;
  amountSek: number;
}

export type DeviceType = 'CHROMEBOOK' | 'IPAD' | 'PC' | 'OTHER';

export interface DeviceFleetInput {
  schoolUnitId: string;
  year: number;
  type: DeviceType;
  count: number;
  /** Who uses the devices: pupils or staff. Only pupil devices count toward coverage. */
  users: 'PUPILS' | 'STAFF';
  /** True for the 1:1 programme's fleet (one device per pupil in the programme's school years). */
  oneToOne: boolean;
  leaseCostPerMonthSek: number;
  leaseTermMonths: number;
  replacementCycleYears: number;
}

export interface PostInput {
  id: string;
  title: string;
  fte: number;
  /** Salary and employer's fees (PO) for a year at the post's FTE, whole SEK. */
  annualCostSek: number;
  /** Share of the post's time per service area; the shares sum to 1. Missing areas are 0. */
  timeShares: Partial<Record<ServiceArea, number>>;
}

export interface SupportUnitInput {
  name: string;
  /** The owner id the unit's costs carry in the budget lines (ownerKind CENTRAL). */
  ownerId: string;
  posts: PostInput[];
}

export interface GoalInput {
  id: SubGoal;
  name: string;
  /** The service areas whose work serves this sub-goal. */
  serviceAreas: ServiceArea[];
}

export interface RolloutPlanInput {
  /** School units still to get the learning platform (e.g. F–6 and preschool). */
  unitsRemaining: number;
  /** Months the plan gives to finish, counted from the start of the base year's following year. */
  monthsPlanned: number;
}

export interface TrainingTargetInput {
  /** Share of teachers that should have completed the modules, 0..1 (sub-goal 1.3: all → 1). */
  share: number;
  /** Year by which the share should be reached. */
  year: number;
}

/** Everything the model knows about one municipality. */
export interface MunicipalityInput {
  code: string;
  name: string;
  schoolUnits: SchoolUnitInput[];
  budgetLines: BudgetLineInput[];
  deviceFleets: DeviceFleetInput[];
  supportUnit: SupportUnitInput;
  goals: GoalInput[];
  /** School years covered by the 1:1 programme in the base, e.g. [7, 8, 9, 10, 11, 12]. */
  oneToOneGrades: Grade[];
  rollout: RolloutPlanInput;
  trainingTarget: TrainingTargetInput;
}

/** The default mapping of DESIGN ("Goals at risk"): which service areas serve which sub-goals. */
export const DEFAULT_GOALS: GoalInput[] = [
  { id: '1.1', name: 'Digital kompetens för elever', serviceAreas: ['TRAINING', 'PEDAGOGICAL_SUPPORT'] },
  { id: '1.2', name: 'Digital kompetens för skolledare', serviceAreas: ['TRAINING'] },
  { id: '1.3', name: 'Digital kompetens för lärare och personal', serviceAreas: ['TRAINING'] },
  { id: '2.1', name: 'Tillgång till digitala verktyg och lärresurser (inkl. hjälpmedel)', serviceAreas: ['ASSISTIVE_TOOLS', 'PROCUREMENT'] },
  { id: '2.2', name: 'Fungerande digital infrastruktur och stöd', serviceAreas: ['PEDAGOGICAL_SUPPORT'] },
  { id: '2.3', name: 'Digitala lärresurser och lärplattform', serviceAreas: ['PLATFORM_ADMIN'] },
  { id: '2.4', name: 'Administrativa system och informationssäkerhet', serviceAreas: ['PLATFORM_ADMIN', 'DATA_PROTECTION'] },
  { id: '3.1', name: 'Forskning om digitaliseringens effekter', serviceAreas: [] },
  { id: '3.2', name: 'Uppföljning och utvärdering', serviceAreas: ['FOLLOW_UP'] },
];
