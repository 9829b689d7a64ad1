/**
 * A synthetic national data set for benchmarks: by default 290 municipalities and 16,000 school units over five
 * years (2023–2027, budget year 2026), built with the demo's own rules (demo.ts `unit`, demo-domain.ts
 * `deriveDomainData`) so every figure hangs together the same way. Deterministic: the same options give the same
 * data (a seeded PRNG, no clock, no Math.random). Fictional names and codes; the distributions are plausible, not
 * official statistics (see seeds/README.md).
 */
import { deriveDomainData } from './demo-domain.js';
import { unit, type DemoGoal, type DemoMunicipality, type DemoMunicipalityBase, type DemoPost, type SchoolUnitRow, type ServiceArea } from './demo.js';

export interface NationalOptions {
  municipalities?: number;
  schoolUnits?: number;
  seed?: number;
}

export const NATIONAL_YEARS = [2023, 2024, 2025, 2026, 2027];
export const NATIONAL_BUDGET_YEAR = 2026;
export const NATIONAL_DEFAULTS = { municipalities: 290, schoolUnits: 16_000, seed: 2026 } as const;

/** mulberry32: a small, fast, seeded PRNG with a uniform output in [0, 1). */
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

/** A standard normal draw (Box–Muller) from a uniform PRNG. */
function normal(rnd: () => number): number {
  const u = Math.max(rnd(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * School forms by share of units and median budget-year pupils (log-normal spread): preschools are the most
 * numerous and smallest, upper secondary schools the largest (Skolverket's unit registry has this shape).
 */
const FORM_MIX: readonly { form: string; share: number; medianPupils: number; pupilsPerTeacher: number }[] = [
  { form: 'FS', share: 0.36, medianPupils: 75, pupilsPerTeacher: 5.3 },
  { form: 'F6', share: 0.24, medianPupils: 300, pupilsPerTeacher: 12 },
  { form: 'F3', share: 0.06, medianPupils: 170, pupilsPerTeacher: 12 },
  { form: '46', share: 0.03, medianPupils: 200, pupilsPerTeacher: 12 },
  { form: 'F9', share: 0.11, medianPupils: 420, pupilsPerTeacher: 12 },
  { form: '79', share: 0.08, medianPupils: 400, pupilsPerTeacher: 12 },
  { form: 'GY', share: 0.08, medianPupils: 600, pupilsPerTeacher: 11.5 },
  { form: 'ANP', share: 0.04, medianPupils: 35, pupilsPerTeacher: 3.5 },
];

const FORM_NAMES: Record<string, string> = {
  FS: 'förskola',
  F6: 'skolan F–6',
  F3: 'skolan F–3',
  '46': 'skolan 4–6',
  F9: 'skolan F–9',
  '79': 'skolan 7–9',
  GY: 'gymnasiet',
  ANP: 'anpassade grundskola',
};
const AREAS = ['Centrum', 'Norr', 'Söder', 'Öster', 'Väster', 'Landsbygd'];
const PLACE_STEMS = ['Björk', 'Ek', 'Lind', 'Sol', 'Äng', 'Berg', 'Sjö', 'Hag', 'Tall', 'Lärk', 'Ås', 'Dal', 'Strand', 'Vik', 'Gran', 'Al'];

/** The support posts a unit is built from, in hiring order, with their time split (each sums to exactly 1). */
const POST_TEMPLATES: readonly { title: string; timeShares: Partial<Record<ServiceArea, number>> }[] = [
  { title: 'IT-pedagog, pedagogiskt IT-stöd', timeShares: { PEDAGOGICAL_SUPPORT: 0.7, TRAINING: 0.2, ASSISTIVE_TOOLS: 0.1 } },
  { title: 'Systemförvaltare lärplattform', timeShares: { PLATFORM_ADMIN: 0.8, PROCUREMENT: 0.1, DATA_PROTECTION: 0.1 } },
  { title: 'IT-pedagog, utbildning och handledning', timeShares: { TRAINING: 0.7, PEDAGOGICAL_SUPPORT: 0.3 } },
  { title: 'Skoldatatekspedagog', timeShares: { ASSISTIVE_TOOLS: 0.8, TRAINING: 0.2 } },
  { title: 'Enhetschef och verksamhetsutvecklare', timeShares: { PROCUREMENT: 0.5, DATA_PROTECTION: 0.2, PLATFORM_ADMIN: 0.3 } },
  { title: 'Dataskyddssamordnare', timeShares: { DATA_PROTECTION: 0.9, PROCUREMENT: 0.1 } },
];

/** Goal templates a municipality picks from: each serves a national sub-goal and is measured by one indicator. */
const GOAL_TEMPLATES: readonly { title: string; subGoalCode: string; indicatorId: string; target: (year: number) => number }[] = [
  { title: 'Alla elever i åk 7–9 och gymnasiet har en egen elevdator', subGoalCode: '2.1', indicatorId: 'LIKV_TACKNING_1TILL1', target: () => 100 },
  { title: 'Pedagogisk personal har genomgått modulerna i digital kompetens', subGoalCode: '1.3', indicatorId: 'LIKV_PERSONAL_MODULER', target: (y) => 50 + 10 * (y - 2023) },
  { title: 'Rektorerna leder digitaliseringen strategiskt', subGoalCode: '1.2', indicatorId: 'LIKV_LIKA_LEDNING', target: () => 3 },
  { title: 'Fler elever i åk 9 når kunskapskraven i alla ämnen', subGoalCode: '1.1', indicatorId: 'N15419', target: (y) => 75 + (y - 2023) },
  { title: 'Fungerande infrastruktur och support på varje skola', subGoalCode: '2.2', indicatorId: 'LIKV_LIKA_INFRASTRUKTUR', target: () => 3 },
  { title: 'Digitala verktyg används i undervisningen', subGoalCode: '2.3', indicatorId: 'LIKV_LIKA_ANVANDNING', target: () => 2.5 },
];

/** People served per support FTE: about 2,200 (Exempelkommun has 9,100 people and 4.2 FTE), ±40 %. */
const PEOPLE_PER_SUPPORT_FTE = 2_200;
/** Employer's fees (PO) on salaries, 41.53 %. */
const PO = 1.4153;

/** The national municipality codes: four digits, clear of the demo's 9901 and 9902. */
export const nationalMunicipalityCode = (index: number) => String(1000 + index).padStart(4, '0');

/**
 * Splits `total` units over `n` municipalities with heavy-tailed weights (a few cities with hundreds of units, most
 * municipalities with 20–60, none with fewer than 3), exactly summing to `total` (largest remainder).
 */
export function unitsPerMunicipality(n: number, total: number, rnd: () => number): number[] {
  const minimum = Math.min(3, Math.floor(total / n));
  const weights = Array.from({ length: n }, () => Math.exp(1.0 * normal(rnd)));
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const spare = total - minimum * n;
  const exact = weights.map((w) => (spare * w) / weightSum);
  const counts = exact.map((x) => minimum + Math.floor(x));
  let left = total - counts.reduce((s, c) => s + c, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % n, left -= 1) counts[byRemainder[k]![1]]! += 1;
  return counts;
}

function pickForm(rnd: () => number) {
  let r = rnd();
  for (const mix of FORM_MIX) {
    r -= mix.share;
    if (r < 0) return mix;
  }
  return FORM_MIX[0]!;
}

function supportPosts(people: number, rnd: () => number): DemoPost[] {
  const fte = Math.max(0.5, Math.round((people / PEOPLE_PER_SUPPORT_FTE) * (0.6 + 0.8 * rnd()) * 10) / 10);
  const posts: DemoPost[] = [];
  let left = fte;
  for (let i = 0; left > 0.001; i += 1) {
    const template = POST_TEMPLATES[i % POST_TEMPLATES.length]!;
    const postFte = Math.round(Math.min(1, left) * 10) / 10;
    const monthlySalary = 44_000 + Math.floor(rnd() * 9) * 1_000;
    posts.push({
      title: i < POST_TEMPLATES.length ? template.title : `${template.title} ${Math.floor(i / POST_TEMPLATES.length) + 1}`,
      fte: postFte,
      annualCostSek: Math.round(monthlySalary * 12 * PO * postFte),
      timeShares: template.timeShares,
    });
    left = Math.round((left - postFte) * 10) / 10;
  }
  return posts;
}

function municipality(index: number, unitCount: number, firstUnitCode: number, rnd: () => number): DemoMunicipality {
  const code = nationalMunicipalityCode(index);
  // Municipalities differ in their mean socioeconomic index and in how many units have a local IT coordinator.
  const meanSei = clamp(1 + 0.12 * normal(rnd), 0.7, 1.3);
  const coordinatorShare = 0.1 + 0.5 * rnd();
  const rows: SchoolUnitRow[] = [];
  for (let u = 0; u < unitCount; u += 1) {
    const mix = pickForm(rnd);
    const pupils = Math.max(8, Math.round(mix.medianPupils * Math.exp(0.45 * normal(rnd))));
    const teachers = Math.max(2, Math.round(pupils / mix.pupilsPerTeacher));
    const leaders = Math.max(1, Math.round(pupils / 300));
    const sei = Math.round(clamp(meanSei + 0.15 * normal(rnd), 0.5, 1.6) * 100) / 100;
    // Bigger units more often have a coordinator of their own.
    const it = rnd() < clamp(coordinatorShare * (pupils > 400 ? 1.5 : 1), 0, 0.95);
    const name = `${PLACE_STEMS[Math.floor(rnd() * PLACE_STEMS.length)]}${u % 3 === 0 ? 'backens' : 'dalens'} ${FORM_NAMES[mix.form]} ${u + 1}`;
    rows.push([String(firstUnitCode + u), name, mix.form, AREAS[u % AREAS.length]!, it, sei, pupils, teachers, leaders]);
  }
  const schoolUnits = rows.map((row) => unit(NATIONAL_YEARS, NATIONAL_BUDGET_YEAR, row));
  const budgetFacts = schoolUnits.map((u) => u.years.find((y) => y.year === NATIONAL_BUDGET_YEAR)!);
  const people = budgetFacts.reduce((s, f) => s + f.pupils + f.teachers + f.schoolLeaders, 0);
  const base: DemoMunicipalityBase = {
    code,
    name: `Kommun ${code}`,
    budgetYear: NATIONAL_BUDGET_YEAR,
    years: NATIONAL_YEARS,
    schoolUnits,
    supportUnit: { name: `Digitalt lärande, kommun ${code}`, posts: supportPosts(people, rnd) },
  };
  const goalCount = 2 + Math.floor(rnd() * (GOAL_TEMPLATES.length - 1));
  const offset = Math.floor(rnd() * GOAL_TEMPLATES.length);
  const goals: DemoGoal[] = Array.from({ length: goalCount }, (_, g) => {
    const template = GOAL_TEMPLATES[(offset + g) % GOAL_TEMPLATES.length]!;
    return {
      code: `M${g + 1}`,
      title: template.title,
      subGoalCode: template.subGoalCode,
      indicatorId: template.indicatorId,
      targets: NATIONAL_YEARS.map((year) => ({ year, target: template.target(year) })),
    };
  });
  // Central costs scale with the people served (Exempelkommun's 9,100 = 1).
  return { ...base, ...deriveDomainData(base, { centralScale: people / 9_100 }), goals };
}

/**
 * The national municipalities one at a time, so a loader can stream them into the database without holding all
 * ~2 million rows in memory.
 */
export function* nationalMunicipalities(options: NationalOptions = {}): Generator<DemoMunicipality> {
  const n = options.municipalities ?? NATIONAL_DEFAULTS.municipalities;
  const total = options.schoolUnits ?? NATIONAL_DEFAULTS.schoolUnits;
  const rnd = mulberry32(options.seed ?? NATIONAL_DEFAULTS.seed);
  const counts = unitsPerMunicipality(n, total, rnd);
  let nextUnitCode = 20_000_000;
  for (let i = 0; i < n; i += 1) {
    yield municipality(i, counts[i]!, nextUnitCode, rnd);
    nextUnitCode += counts[i]!;
  }
}

/** The sign-in of a national municipality's strategist (ANALYST), for benchmarks; password as the demo's. */
export const nationalUserEmail = (code: string) => `strateg@kommun-${code}.likvard.test`;
