/**
 * The demo municipalities as plain data. Fictional, but built from the facts of the source documents: a central
 * support unit (CMiT) of 4.2 full-time posts serving 9,100 pupils, teachers and school leaders from preschool
 * to upper secondary, schools with and without a local IT coordinator, and a smaller neighbour for isolation.
 */
import { deriveDomainData } from './demo-domain.js';

export type SchoolForm =
  | 'FORSKOLA'
  | 'FORSKOLEKLASS'
  | 'GRUNDSKOLA_F_3'
  | 'GRUNDSKOLA_4_6'
  | 'GRUNDSKOLA_7_9'
  | 'ANPASSAD_GRUNDSKOLA'
  | 'GYMNASIESKOLA'
  | 'FRITIDSHEM';

/** Grade bands the pupils of a unit fall into; 1:1 coverage is computed over PUPILS_7_9 and PUPILS_UPPER_SECONDARY. */
export type PupilBand = 'PRESCHOOL' | 'PUPILS_F_3' | 'PUPILS_4_6' | 'PUPILS_7_9' | 'PUPILS_UPPER_SECONDARY' | 'PUPILS_OTHER';
export const PUPIL_BANDS: readonly PupilBand[] = ['PRESCHOOL', 'PUPILS_F_3', 'PUPILS_4_6', 'PUPILS_7_9', 'PUPILS_UPPER_SECONDARY', 'PUPILS_OTHER'];

export type ServiceArea = 'PEDAGOGICAL_SUPPORT' | 'TRAINING' | 'PLATFORM_ADMIN' | 'ASSISTIVE_TOOLS' | 'PROCUREMENT' | 'DATA_PROTECTION';
export type BudgetCategory = 'PERSONNEL' | 'DEVICES' | 'LICENCES_SYSTEMS' | 'COMPETENCE_DEVELOPMENT' | 'INFRASTRUCTURE' | 'SUPPORT';
export const BUDGET_CATEGORIES: readonly BudgetCategory[] = ['PERSONNEL', 'DEVICES', 'LICENCES_SYSTEMS', 'COMPETENCE_DEVELOPMENT', 'INFRASTRUCTURE', 'SUPPORT'];
export type BudgetKind = 'BUDGET' | 'OUTCOME' | 'FORECAST';
export type DeviceType = 'CHROMEBOOK' | 'IPAD' | 'PC';
export type DeviceUserGroup = PupilBand | 'STAFF';

export interface DemoSchoolYear {
  year: number;
  pupils: number;
  /** The pupils split over grade bands; sums to `pupils`. */
  pupilsByBand: Record<PupilBand, number>;
  /** A local IT coordinator this year (the unit's flag is the budget year's). */
  hasLocalItCoordinator: boolean;
  /** Teachers appointed as digital superusers this year. */
  superusers: number;
  teachers: number;
  teachersFte: number;
  schoolLeaders: number;
  socioeconomicIndex: number;
}

export interface DemoSchoolUnit {
  code: string;
  name: string;
  schoolForms: SchoolForm[];
  area: string;
  hasLocalItCoordinator: boolean;
  years: DemoSchoolYear[];
}

export interface DemoPost {
  title: string;
  fte: number;
  /** Salary and employer's fees (PO) for a year, whole SEK. */
  annualCostSek: number;
  /** Share of the post's time per service area; sums to exactly 1. */
  timeShares: Partial<Record<ServiceArea, number>>;
}

export interface DemoBudgetLine {
  year: number;
  /** null = the central unit (förvaltningen and its support unit). */
  schoolUnitCode: string | null;
  category: BudgetCategory;
  kind: BudgetKind;
  amountSek: number;
}

export interface DemoDeviceFleet {
  schoolUnitCode: string;
  year: number;
  deviceType: DeviceType;
  userGroup: DeviceUserGroup;
  deviceCount: number;
  leaseCostPerMonthSek: number;
  leaseTermMonths: number;
  /** The year the lease started; the devices fall due at leaseStartYear + replacementCycleYears. */
  leaseStartYear: number;
  replacementCycleYears: number;
  oneToOne: boolean;
}

export interface DemoGoal {
  code: string;
  title: string;
  subGoalCode: string;
  indicatorId: string;
  targets: { year: number; target: number }[];
}

export interface DemoIndicatorValue {
  schoolUnitCode: string;
  indicatorId: string;
  year: number;
  value: number;
}

export interface DemoMunicipality {
  code: string;
  name: string;
  budgetYear: number;
  years: number[];
  schoolUnits: DemoSchoolUnit[];
  supportUnit: { name: string; posts: DemoPost[] };
  budgetLines: DemoBudgetLine[];
  deviceFleets: DemoDeviceFleet[];
  goals: DemoGoal[];
  indicatorValues: DemoIndicatorValue[];
}

/** A municipality's units and support unit: what the budget, devices and indicators are derived from. */
export type DemoMunicipalityBase = Omit<DemoMunicipality, 'budgetLines' | 'deviceFleets' | 'goals' | 'indicatorValues'>;

const F6: SchoolForm[] = ['FORSKOLEKLASS', 'GRUNDSKOLA_F_3', 'GRUNDSKOLA_4_6', 'FRITIDSHEM'];
const FORMS: Record<string, SchoolForm[]> = {
  FS: ['FORSKOLA'],
  F3: ['FORSKOLEKLASS', 'GRUNDSKOLA_F_3', 'FRITIDSHEM'],
  '46': ['GRUNDSKOLA_4_6', 'FRITIDSHEM'],
  F6,
  F9: [...F6, 'GRUNDSKOLA_7_9'],
  '79': ['GRUNDSKOLA_7_9'],
  GY: ['GYMNASIESKOLA'],
  ANP: ['ANPASSAD_GRUNDSKOLA'],
};

/** Three years of outcome, the current budget year and one forecast year. */
const EXEMPEL_YEARS = [2023, 2024, 2025, 2026, 2027];
const BUDGET_YEAR = 2026;
/** Pupil numbers grow slowly towards the budget year; the budget year's figures are the table's own. */
const GROWTH: Record<number, number> = { 2023: 0.95, 2024: 0.97, 2025: 0.99, 2026: 1, 2027: 1.01 };
/** Share of teachers' positions that are filled (headcount → FTE). */
const FTE_PER_TEACHER = 0.92;

/** Grades per band in each kind of unit: F–3 has four grades (F, 1, 2, 3), 4–6 and 7–9 three each. */
const BAND_GRADES: Record<string, Partial<Record<PupilBand, number>>> = {
  FS: { PRESCHOOL: 1 },
  F3: { PUPILS_F_3: 4 },
  '46': { PUPILS_4_6: 3 },
  F6: { PUPILS_F_3: 4, PUPILS_4_6: 3 },
  F9: { PUPILS_F_3: 4, PUPILS_4_6: 3, PUPILS_7_9: 3 },
  '79': { PUPILS_7_9: 3 },
  GY: { PUPILS_UPPER_SECONDARY: 1 },
  ANP: { PUPILS_OTHER: 1 },
};

/** Splits pupils over bands in proportion to the grades, the remainder in the last band so the sum is exact. */
function splitPupils(forms: string, pupils: number): Record<PupilBand, number> {
  const split = Object.fromEntries(PUPIL_BANDS.map((band) => [band, 0])) as Record<PupilBand, number>;
  const grades = Object.entries(BAND_GRADES[forms] ?? { PUPILS_OTHER: 1 }) as [PupilBand, number][];
  const totalGrades = grades.reduce((sum, [, g]) => sum + g, 0);
  let left = pupils;
  grades.forEach(([band, g], i) => {
    const share = i === grades.length - 1 ? left : Math.round((pupils * g) / totalGrades);
    split[band] = share;
    left -= share;
  });
  return split;
}

/** One school unit as a table row: form code (FS, F3, 46, F6, F9, 79, GY, ANP), budget-year figures. */
export type SchoolUnitRow = [code: string, name: string, forms: string, area: string, it: boolean, sei: number, pupils: number, teachers: number, leaders: number];

/** A unit's yearly facts from its budget-year row (shared with the national generator). */
export function unit(years: number[], budgetYear: number, [code, name, forms, area, it, sei, pupils, teachers, leaders]: SchoolUnitRow): DemoSchoolUnit {
  return {
    code,
    name,
    schoolForms: FORMS[forms] ?? [],
    area,
    hasLocalItCoordinator: it,
    years: years.map((year) => {
      const growth = GROWTH[year] ?? 1;
      const yearTeachers = Math.round(teachers * growth);
      const yearPupils = Math.round(pupils * growth);
      return {
        year,
        pupils: yearPupils,
        pupilsByBand: splitPupils(forms, yearPupils),
        // Coordinators were appointed in 2024; before that only superusers.
        hasLocalItCoordinator: it && year >= 2024,
        superusers: Math.max(1, Math.round(teachers / (it ? 10 : 20))),
        teachers: yearTeachers,
        teachersFte: Math.round(yearTeachers * FTE_PER_TEACHER * 100) / 100,
        schoolLeaders: leaders,
        // The socioeconomic index drifts a little over the years; 1.0 is the national average.
        socioeconomicIndex: Math.round((sei + (year - budgetYear) * 0.01) * 1000) / 1000,
      };
    }),
  };
}

// In the budget year: 8,280 pupils + 786 teachers + 34 school leaders = 9,100 people served by CMiT.
const EXEMPEL_UNITS: SchoolUnitRow[] = [
  ['61845213', 'Solrosens förskola', 'FS', 'Norr', false, 1.1, 124, 23, 1],
  ['61845221', 'Ekbackens förskola', 'FS', 'Söder', false, 0.85, 156, 29, 1],
  ['61845239', 'Lärkans förskola', 'FS', 'Centrum', true, 1.25, 104, 20, 1],
  ['61845247', 'Björkdalens förskola', 'FS', 'Öster', false, 0.7, 143, 27, 1],
  ['72310458', 'Centrumskolan F–6', 'F6', 'Centrum', true, 1.05, 546, 46, 2],
  ['72310466', 'Norrbyskolan F–6', 'F6', 'Norr', false, 1.15, 494, 41, 2],
  ['72310474', 'Söderåsskolan F–6', 'F6', 'Söder', false, 0.8, 585, 49, 2],
  ['72310482', 'Östervångsskolan F–6', 'F6', 'Öster', false, 0.65, 468, 39, 2],
  ['72310490', 'Lindskolan F–3', 'F3', 'Väster', false, 1.0, 273, 23, 1],
  ['72310504', 'Västerskolan 4–6', '46', 'Väster', true, 0.95, 299, 25, 1],
  ['72310512', 'Kyrkbyskolan F–6', 'F6', 'Landsbygd', false, 0.9, 182, 15, 1],
  ['72310520', 'Ängsskolan F–9', 'F9', 'Norr', true, 1.2, 806, 67, 3],
  ['83356107', 'Tallbackaskolan 7–9', '79', 'Söder', false, 0.75, 702, 58, 2],
  ['83356115', 'Hagaskolan 7–9', '79', 'Centrum', true, 1.1, 754, 63, 3],
  ['83356123', 'Östra skolan 7–9', '79', 'Öster', false, 0.6, 624, 52, 2],
  ['94471036', 'Stadsgymnasiet', 'GY', 'Centrum', true, 1.05, 1351, 120, 5],
  ['94471044', 'Naturbruksgymnasiet', 'GY', 'Landsbygd', false, 0.85, 403, 32, 1],
  ['72310539', 'Resursskolan (anpassad grundskola)', 'ANP', 'Centrum', false, 0.8, 58, 17, 1],
  ['61845255', 'Kyrkbyns förskola', 'FS', 'Landsbygd', false, 0.95, 78, 15, 1],
  ['61845263', 'Gläntans förskola', 'FS', 'Söder', true, 0.9, 130, 25, 1],
];

const exempelBase: DemoMunicipalityBase = {
  code: '9901',
  name: 'Exempelkommun',
  budgetYear: BUDGET_YEAR,
  years: EXEMPEL_YEARS,
  schoolUnits: EXEMPEL_UNITS.map((row) => unit(EXEMPEL_YEARS, BUDGET_YEAR, row)),
  supportUnit: {
    name: 'CMiT — Centrum för media och IT',
    // 4.2 full-time posts. Cost = monthly salary (44–52 tkr) × 12 × 1.4153 (PO-pålägg 41.53 %) × FTE, whole kronor.
    posts: [
      {
        title: 'IT-pedagog, pedagogiskt IT-stöd',
        fte: 1.0,
        annualCostSek: 747_278,
        timeShares: { PEDAGOGICAL_SUPPORT: 0.7, TRAINING: 0.15, PLATFORM_ADMIN: 0.05, ASSISTIVE_TOOLS: 0.05, PROCUREMENT: 0.05 },
      },
      {
        title: 'IT-pedagog, utbildning och handledning',
        fte: 1.0,
        annualCostSek: 747_278,
        timeShares: { PEDAGOGICAL_SUPPORT: 0.15, TRAINING: 0.7, PLATFORM_ADMIN: 0.05, ASSISTIVE_TOOLS: 0.1 },
      },
      {
        title: 'Systemförvaltare lärplattform',
        fte: 1.0,
        annualCostSek: 781_246,
        timeShares: { PEDAGOGICAL_SUPPORT: 0.1, TRAINING: 0.1, PLATFORM_ADMIN: 0.7, PROCUREMENT: 0.05, DATA_PROTECTION: 0.05 },
      },
      { title: 'Skoldatatekspedagog', fte: 0.5, annualCostSek: 373_639, timeShares: { ASSISTIVE_TOOLS: 0.8, TRAINING: 0.2 } },
      {
        title: 'Enhetschef och verksamhetsutvecklare',
        fte: 0.5,
        annualCostSek: 441_574,
        timeShares: { PEDAGOGICAL_SUPPORT: 0.1, TRAINING: 0.1, PLATFORM_ADMIN: 0.1, PROCUREMENT: 0.5, DATA_PROTECTION: 0.2 },
      },
      { title: 'Dataskyddssamordnare', fte: 0.2, annualCostSek: 163_043, timeShares: { DATA_PROTECTION: 0.9, PROCUREMENT: 0.1 } },
    ],
  },
};

/** Exempelkommun's own goals: each serves a national sub-goal and is measured by one indicator, with a target per year. */
const EXEMPEL_GOALS: DemoGoal[] = [
  {
    code: 'M1',
    title: 'Alla elever i åk 7–9 och gymnasiet har en egen elevdator',
    subGoalCode: '2.1',
    indicatorId: 'LIKV_TACKNING_1TILL1',
    targets: EXEMPEL_YEARS.map((year) => ({ year, target: 100 })),
  },
  {
    code: 'M2',
    title: 'All pedagogisk personal har genomgått modulerna i digital kompetens',
    subGoalCode: '1.3',
    indicatorId: 'LIKV_PERSONAL_MODULER',
    targets: [
      { year: 2023, target: 50 },
      { year: 2024, target: 60 },
      { year: 2025, target: 70 },
      { year: 2026, target: 80 },
      { year: 2027, target: 90 },
    ],
  },
  {
    code: 'M3',
    title: 'Rektorerna leder digitaliseringen strategiskt (LIKA ledning minst nivå 3)',
    subGoalCode: '1.2',
    indicatorId: 'LIKV_LIKA_LEDNING',
    targets: EXEMPEL_YEARS.map((year) => ({ year, target: 3 })),
  },
  {
    code: 'M4',
    title: 'Fler elever i åk 9 når kunskapskraven i alla ämnen',
    subGoalCode: '1.1',
    indicatorId: 'N15419',
    targets: [
      { year: 2023, target: 75 },
      { year: 2024, target: 76 },
      { year: 2025, target: 77 },
      { year: 2026, target: 78 },
      { year: 2027, target: 80 },
    ],
  },
  {
    code: 'M5',
    title: 'Fungerande infrastruktur och support på varje skola (LIKA infrastruktur minst nivå 3)',
    subGoalCode: '2.2',
    indicatorId: 'LIKV_LIKA_INFRASTRUKTUR',
    targets: EXEMPEL_YEARS.map((year) => ({ year, target: 3 })),
  },
  {
    code: 'M6',
    title: 'Digitala verktyg används i undervisningen (LIKA användning minst nivå 2,5)',
    subGoalCode: '2.3',
    indicatorId: 'LIKV_LIKA_ANVANDNING',
    targets: EXEMPEL_YEARS.map((year) => ({ year, target: 2.5 })),
  },
];

export const exempelkommun: DemoMunicipality = {
  ...exempelBase,
  ...deriveDomainData(exempelBase, { centralScale: 1 }),
  goals: EXEMPEL_GOALS,
};

const GRANNBY_YEARS = [2024, 2025, 2026, 2027];
const GRANNBY_UNITS: SchoolUnitRow[] = [
  ['55120017', 'Grannby förskola', 'FS', 'Grannby', false, 0.95, 88, 17, 1],
  ['55120025', 'Grannbyskolan F–6', 'F6', 'Grannby', false, 0.9, 310, 26, 1],
  ['55120033', 'Åsens skola F–9', 'F9', 'Åsen', true, 1.05, 420, 36, 2],
  ['55120041', 'Grannby högstadium 7–9', '79', 'Grannby', false, 0.85, 260, 22, 1],
  ['55120059', 'Byskolan F–3', 'F3', 'Åsen', false, 1.0, 95, 8, 1],
];

const grannbyBase: DemoMunicipalityBase = {
  code: '9902',
  name: 'Grannby kommun',
  budgetYear: BUDGET_YEAR,
  years: GRANNBY_YEARS,
  schoolUnits: GRANNBY_UNITS.map((row) => unit(GRANNBY_YEARS, BUDGET_YEAR, row)),
  supportUnit: {
    name: 'Digitalt lärande Grannby',
    posts: [
      { title: 'IT-pedagog', fte: 1.0, annualCostSek: 730_295, timeShares: { PEDAGOGICAL_SUPPORT: 0.6, TRAINING: 0.3, PLATFORM_ADMIN: 0.1 } },
      { title: 'Skoldatatekspedagog', fte: 0.5, annualCostSek: 365_147, timeShares: { ASSISTIVE_TOOLS: 1 } },
    ],
  },
};

export const grannby: DemoMunicipality = {
  ...grannbyBase,
  // A quarter of Exempelkommun's size: its central costs scale down with it.
  ...deriveDomainData(grannbyBase, { centralScale: 0.25 }),
  goals: [
    {
      code: 'G1',
      title: 'Alla elever i åk 7–9 har en egen elevdator',
      subGoalCode: '2.1',
      indicatorId: 'LIKV_TACKNING_1TILL1',
      targets: GRANNBY_YEARS.map((year) => ({ year, target: 100 })),
    },
    {
      code: 'G2',
      title: 'Personalen har genomgått modulerna i digital kompetens',
      subGoalCode: '1.3',
      indicatorId: 'LIKV_PERSONAL_MODULER',
      targets: GRANNBY_YEARS.map((year) => ({ year, target: 75 })),
    },
  ],
};

export const demoMunicipalities: DemoMunicipality[] = [exempelkommun, grannby];
