/**
 * Inputs for tests and benchmarks: `demoInput()` resembles the demo municipality (CMiT, 4.2 FTE serving 9,100
 * people in 20 units), `syntheticInput(n, seed)` builds n units deterministically from a seeded PRNG.
 */
import { DEFAULT_GOALS } from './types.js';
import type { BudgetLineInput, DeviceFleetInput, MunicipalityInput, PostInput, SchoolUnitInput } from './types.js';

export const DEMO_BASE_YEAR = 2026;
export const CMIT_OWNER = 'cmit';

/** CMiT's posts; the first is daily pedagogical IT support. Time shares are the fixture's own. */
export const DEMO_POSTS: PostInput[] = [
  { id: 'p-support', title: 'IT-pedagog, pedagogiskt IT-stöd', fte: 1, annualCostSek: 747_278, timeShares: { PEDAGOGICAL_SUPPORT: 0.8, TRAINING: 0.1, ASSISTIVE_TOOLS: 0.1 } },
  { id: 'p-training', title: 'IT-pedagog, utbildning och handledning', fte: 1, annualCostSek: 747_278, timeShares: { TRAINING: 0.7, PEDAGOGICAL_SUPPORT: 0.2, FOLLOW_UP: 0.1 } },
  { id: 'p-platform', title: 'Systemförvaltare lärplattform', fte: 1, annualCostSek: 781_246, timeShares: { PLATFORM_ADMIN: 0.8, PEDAGOGICAL_SUPPORT: 0.1, PROCUREMENT: 0.1 } },
  { id: 'p-assistive', title: 'Skoldatatekspedagog', fte: 0.5, annualCostSek: 373_639, timeShares: { ASSISTIVE_TOOLS: 0.9, TRAINING: 0.1 } },
  { id: 'p-head', title: 'Enhetschef och verksamhetsutvecklare', fte: 0.5, annualCostSek: 441_574, timeShares: { FOLLOW_UP: 0.6, PROCUREMENT: 0.4 } },
  { id: 'p-gdpr', title: 'Dataskyddssamordnare', fte: 0.2, annualCostSek: 163_043, timeShares: { DATA_PROTECTION: 1 } },
];

type Kind = 'FS' | 'F3' | '46' | 'F6' | 'F9' | '79' | 'GY' | 'ANP';
type Row = [code: string, name: string, kind: Kind, area: string, it: boolean, sei: number, pupils: number, teachers: number, leaders: number, trained: number, maturity: number];

// The seed's 20 units in the budget year: 8,280 pupils + 786 teachers + 34 school leaders = 9,100 people.
const DEMO_ROWS: Row[] = [
  ['61845213', 'Solrosens förskola', 'FS', 'Norr', false, 1.1, 124, 23, 1, 0.5, 0.5],
  ['61845221', 'Ekbackens förskola', 'FS', 'Söder', false, 0.85, 156, 29, 1, 0.4, 0.45],
  ['61845239', 'Lärkans förskola', 'FS', 'Centrum', true, 1.25, 104, 20, 1, 0.7, 0.7],
  ['61845247', 'Björkdalens förskola', 'FS', 'Öster', false, 0.7, 143, 27, 1, 0.35, 0.4],
  ['72310458', 'Centrumskolan F–6', 'F6', 'Centrum', true, 1.05, 546, 46, 2, 0.7, 0.7],
  ['72310466', 'Norrbyskolan F–6', 'F6', 'Norr', false, 1.15, 494, 41, 2, 0.6, 0.6],
  ['72310474', 'Söderåsskolan F–6', 'F6', 'Söder', false, 0.8, 585, 49, 2, 0.45, 0.5],
  ['72310482', 'Östervångsskolan F–6', 'F6', 'Öster', false, 0.65, 468, 39, 2, 0.4, 0.45],
  ['72310490', 'Lindskolan F–3', 'F3', 'Väster', false, 1, 273, 23, 1, 0.55, 0.55],
  ['72310504', 'Västerskolan 4–6', '46', 'Väster', true, 0.95, 299, 25, 1, 0.65, 0.6],
  ['72310512', 'Kyrkbyskolan F–6', 'F6', 'Landsbygd', false, 0.9, 182, 15, 1, 0.5, 0.5],
  ['72310520', 'Ängsskolan F–9', 'F9', 'Norr', true, 1.2, 806, 67, 3, 0.75, 0.75],
  ['83356107', 'Tallbackaskolan 7–9', '79', 'Söder', false, 0.75, 702, 58, 2, 0.5, 0.55],
  ['83356115', 'Hagaskolan 7–9', '79', 'Centrum', true, 1.1, 754, 63, 3, 0.75, 0.7],
  ['83356123', 'Östra skolan 7–9', '79', 'Öster', false, 0.6, 624, 52, 2, 0.4, 0.45],
  ['94471036', 'Stadsgymnasiet', 'GY', 'Centrum', true, 1.05, 1351, 120, 5, 0.7, 0.75],
  ['94471044', 'Naturbruksgymnasiet', 'GY', 'Landsbygd', false, 0.85, 403, 32, 1, 0.5, 0.5],
  ['72310539', 'Resursskolan (anpassad grundskola)', 'ANP', 'Centrum', false, 0.8, 58, 17, 1, 0.45, 0.45],
  ['61845255', 'Kyrkbyns förskola', 'FS', 'Landsbygd', false, 0.95, 78, 15, 1, 0.45, 0.45],
  ['61845263', 'Gläntans förskola', 'FS', 'Söder', true, 0.9, 130, 25, 1, 0.65, 0.6],
];

/** Share of a unit's pupils in the 1:1 programme's school years (7–9 and upper secondary). */
const ONE_TO_ONE_SHARE: Record<Kind, number> = { FS: 0, F3: 0, '46': 0, F6: 0, F9: 0.3, '79': 1, GY: 1, ANP: 0 };

const LEASE = { leaseTermMonths: 36, replacementCycleYears: 3 } as const;

function demoUnit([code, name, kind, area, it, sei, pupils, teachers, leaders, trained, maturity]: Row): SchoolUnitInput {
  return {
    id: `su-${code}`,
    code,
    name,
    groups: [area, kind],
    hasLocalItCoordinator: it,
    years: [
      {
        year: DEMO_BASE_YEAR,
        pupils,
        oneToOnePupils: Math.round(pupils * ONE_TO_ONE_SHARE[kind]),
        teachers,
        teachersFte: Math.round(teachers * 92) / 100,
        schoolLeaders: leaders,
        socioeconomicIndex: sei,
        staffTrainedShare: trained,
        maturityScore: maturity,
      },
    ],
  };
}

function fleetsFor(unit: SchoolUnitInput, sharedPerPupil: number, oneToOneCoverage: number): DeviceFleetInput[] {
  const f = unit.years[0]!;
  const out: DeviceFleetInput[] = [];
  const shared = Math.round((f.pupils - f.oneToOnePupils) * sharedPerPupil);
  if (shared > 0) out.push({ schoolUnitId: unit.id, year: f.year, type: 'IPAD', count: shared, users: 'PUPILS', oneToOne: false, leaseCostPerMonthSek: 120, ...LEASE });
  if (f.oneToOnePupils > 0) {
    out.push({ schoolUnitId: unit.id, year: f.year, type: 'CHROMEBOOK', count: Math.round(f.oneToOnePupils * oneToOneCoverage), users: 'PUPILS', oneToOne: true, leaseCostPerMonthSek: 95, ...LEASE });
  }
  out.push({ schoolUnitId: unit.id, year: f.year, type: 'PC', count: f.teachers + f.schoolLeaders, users: 'STAFF', oneToOne: false, leaseCostPerMonthSek: 250, ...LEASE });
  return out;
}

/** Budget lines for one school in one year: devices from its fleets, licences and competence per pupil. */
function schoolBudget(unit: SchoolUnitInput, fleets: DeviceFleetInput[]): BudgetLineInput[] {
  const f = unit.years[0]!;
  const devices = fleets.reduce((s, d) => s + d.count * d.leaseCostPerMonthSek * 12, 0);
  const line = (category: BudgetLineInput['category'], amountSek: number): BudgetLineInput => ({ year: f.year, ownerKind: 'SCHOOL', ownerId: unit.id, category, kind: 'BUDGET', amountSek });
  return [line('DEVICES', devices), line('LICENCES_SYSTEMS', f.pupils * 450), line('COMPETENCE_DEVELOPMENT', f.teachers * 1_500)];
}

export function demoInput(): MunicipalityInput {
  const schoolUnits = DEMO_ROWS.map(demoUnit);
  const deviceFleets = schoolUnits.flatMap((u) => fleetsFor(u, 1 / 3, 1));
  const central = (category: BudgetLineInput['category'], amountSek: number): BudgetLineInput => ({ year: DEMO_BASE_YEAR, ownerKind: 'CENTRAL', ownerId: CMIT_OWNER, category, kind: 'BUDGET', amountSek });
  const budgetLines = [
    // CMiT's personnel = Σ posts = 3 254 058 kr.
    central('PERSONNEL', DEMO_POSTS.reduce((s, p) => s + p.annualCostSek, 0)),
    central('LICENCES_SYSTEMS', 1_850_000),
    central('INFRASTRUCTURE', 2_400_000),
    central('SUPPORT', 350_000),
    ...schoolUnits.flatMap((u) => schoolBudget(u, deviceFleets.filter((d) => d.schoolUnitId === u.id))),
  ];
  return {
    code: '9901',
    name: 'Exempelkommun',
    schoolUnits,
    budgetLines,
    deviceFleets,
    supportUnit: { name: 'CMiT — Centrum för media och IT', ownerId: CMIT_OWNER, posts: DEMO_POSTS },
    goals: DEFAULT_GOALS,
    oneToOneGrades: [7, 8, 9, 10, 11, 12],
    rollout: { unitsRemaining: 11, monthsPlanned: 24 },
    trainingTarget: { share: 1, year: 2029 },
  };
}

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: Kind[] = ['FS', 'F6', 'F6', 'F9', '79', 'GY'];
const KIND_GRADES: Record<Kind, number[]> = {
  FS: [-1],
  F3: [0, 1, 2, 3],
  '46': [4, 5, 6],
  F6: [0, 1, 2, 3, 4, 5, 6],
  F9: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  '79': [7, 8, 9],
  GY: [10, 11, 12],
  ANP: [1, 2, 3, 4, 5, 6, 7, 8, 9],
};

/**
 * n school units with per-grade pupils, fleets and budget lines, and a support unit scaled to the size
 * (the demo's six posts once per ~20 units). Deterministic for a given (n, seed).
 */
export function syntheticInput(n: number, seed = 1): MunicipalityInput {
  const rnd = mulberry32(seed);
  const grades = [7, 8, 9, 10, 11, 12];
  const schoolUnits: SchoolUnitInput[] = [];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
    const perGrade = 15 + Math.floor(rnd() * 70);
    const pupilsByGrade: Record<number, number> = {};
    let pupils = 0;
    for (const g of KIND_GRADES[kind]) {
      const p = Math.max(1, Math.round(perGrade * (0.8 + 0.4 * rnd())));
      pupilsByGrade[g] = p;
      pupils += p;
    }
    const oneToOnePupils = grades.reduce((s, g) => s + (pupilsByGrade[g] ?? 0), 0);
    const teachers = Math.max(2, Math.round(pupils / (kind === 'FS' ? 5.5 : 12)));
    const code = String(10_000_000 + i);
    schoolUnits.push({
      id: `su-${code}`,
      code,
      name: `Skolenhet ${i + 1}`,
      groups: [`område-${i % 7}`, kind],
      hasLocalItCoordinator: rnd() < 0.4,
      years: [
        {
          year: DEMO_BASE_YEAR,
          pupils,
          pupilsByGrade,
          oneToOnePupils,
          teachers,
          teachersFte: Math.round(teachers * 92) / 100,
          schoolLeaders: Math.max(1, Math.round(pupils / 300)),
          socioeconomicIndex: Math.round((0.6 + 0.7 * rnd()) * 100) / 100,
          staffTrainedShare: Math.round((0.25 + 0.65 * rnd()) * 100) / 100,
          maturityScore: Math.round((0.3 + 0.6 * rnd()) * 100) / 100,
        },
      ],
    });
  }
  const deviceFleets = schoolUnits.flatMap((u) => fleetsFor(u, 0.2 + 0.3 * rnd(), 0.8 + 0.2 * rnd()));
  const copies = Math.max(1, Math.round(n / 20));
  const posts: PostInput[] = [];
  for (let c = 0; c < copies; c++) for (const p of DEMO_POSTS) posts.push({ ...p, id: `${p.id}-${c + 1}`, timeShares: { ...p.timeShares } });
  const bySchool = new Map<string, DeviceFleetInput[]>();
  for (const d of deviceFleets) bySchool.set(d.schoolUnitId, [...(bySchool.get(d.schoolUnitId) ?? []), d]);
  const budgetLines: BudgetLineInput[] = [
    { year: DEMO_BASE_YEAR, ownerKind: 'CENTRAL', ownerId: CMIT_OWNER, category: 'PERSONNEL', kind: 'BUDGET', amountSek: posts.reduce((s, p) => s + p.annualCostSek, 0) },
    ...schoolUnits.flatMap((u) => schoolBudget(u, bySchool.get(u.id) ?? [])),
  ];
  return {
    code: '9999',
    name: `Syntetisk kommun (${n} enheter)`,
    schoolUnits,
    budgetLines,
    deviceFleets,
    supportUnit: { name: 'Stödenhet', ownerId: CMIT_OWNER, posts },
    goals: DEFAULT_GOALS,
    oneToOneGrades: grades,
    rollout: { unitsRemaining: Math.ceil(n / 2), monthsPlanned: 24 },
    trainingTarget: { share: 1, year: DEMO_BASE_YEAR + 3 },
  };
}
