/**
 * The demo municipalities as plain data. Fictional, but built from the facts of the source documents: a central
 * support unit (CMiT) of 4.2 full-time posts serving 9,100 pupils, teachers and school leaders from preschool
 * to upper secondary, schools with and without a local IT coordinator, and a smaller neighbour for isolation.
 */

export type SchoolForm =
  | 'FORSKOLA'
  | 'FORSKOLEKLASS'
  | 'GRUNDSKOLA_F_3'
  | 'GRUNDSKOLA_4_6'
  | 'GRUNDSKOLA_7_9'
  | 'ANPASSAD_GRUNDSKOLA'
  | 'GYMNASIESKOLA'
  | 'FRITIDSHEM';

export interface DemoSchoolYear {
  year: number;
  pupils: number;
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
}

export interface DemoMunicipality {
  code: string;
  name: string;
  budgetYear: number;
  years: number[];
  schoolUnits: DemoSchoolUnit[];
  supportUnit: { name: string; posts: DemoPost[] };
}

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

type Row = [code: string, name: string, forms: string, area: string, it: boolean, sei: number, pupils: number, teachers: number, leaders: number];

function unit(years: number[], budgetYear: number, [code, name, forms, area, it, sei, pupils, teachers, leaders]: Row): DemoSchoolUnit {
  return {
    code,
    name,
    schoolForms: FORMS[forms] ?? [],
    area,
    hasLocalItCoordinator: it,
    years: years.map((year) => {
      const growth = GROWTH[year] ?? 1;
      const yearTeachers = Math.round(teachers * growth);
      return {
        year,
        pupils: Math.round(pupils * growth),
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
const EXEMPEL_UNITS: Row[] = [
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

export const exempelkommun: DemoMunicipality = {
  code: '9901',
  name: 'Exempelkommun',
  budgetYear: BUDGET_YEAR,
  years: EXEMPEL_YEARS,
  schoolUnits: EXEMPEL_UNITS.map((row) => unit(EXEMPEL_YEARS, BUDGET_YEAR, row)),
  supportUnit: {
    name: 'CMiT — Centrum för media och IT',
    // 4.2 full-time posts. Cost = monthly salary (44–52 tkr) × 12 × 1.4153 (PO-pålägg 41.53 %) × FTE, whole kronor.
    posts: [
      { title: 'IT-pedagog, pedagogiskt IT-stöd', fte: 1.0, annualCostSek: 747_278 },
      { title: 'IT-pedagog, utbildning och handledning', fte: 1.0, annualCostSek: 747_278 },
      { title: 'Systemförvaltare lärplattform', fte: 1.0, annualCostSek: 781_246 },
      { title: 'Skoldatatekspedagog', fte: 0.5, annualCostSek: 373_639 },
      { title: 'Enhetschef och verksamhetsutvecklare', fte: 0.5, annualCostSek: 441_574 },
      { title: 'Dataskyddssamordnare', fte: 0.2, annualCostSek: 163_043 },
    ],
  },
};

const GRANNBY_YEARS = [2024, 2025, 2026, 2027];
const GRANNBY_UNITS: Row[] = [
  ['55120017', 'Grannby förskola', 'FS', 'Grannby', false, 0.95, 88, 17, 1],
  ['55120025', 'Grannbyskolan F–6', 'F6', 'Grannby', false, 0.9, 310, 26, 1],
  ['55120033', 'Åsens skola F–9', 'F9', 'Åsen', true, 1.05, 420, 36, 2],
  ['55120041', 'Grannby högstadium 7–9', '79', 'Grannby', false, 0.85, 260, 22, 1],
  ['55120059', 'Byskolan F–3', 'F3', 'Åsen', false, 1.0, 95, 8, 1],
];

export const grannby: DemoMunicipality = {
  code: '9902',
  name: 'Grannby kommun',
  budgetYear: BUDGET_YEAR,
  years: GRANNBY_YEARS,
  schoolUnits: GRANNBY_UNITS.map((row) => unit(GRANNBY_YEARS, BUDGET_YEAR, row)),
  supportUnit: {
    name: 'Digitalt lärande Grannby',
    posts: [
      { title: 'IT-pedagog', fte: 1.0, annualCostSek: 730_295 },
      { title: 'Skoldatatekspedagog', fte: 0.5, annualCostSek: 365_147 },
    ],
  },
};

export const demoMunicipalities: DemoMunicipality[] = [exempelkommun, grannby];
