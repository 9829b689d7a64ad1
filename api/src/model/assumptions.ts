/**
 * Every constant the model uses, named and sourced. A municipality may override any value (the API stores and
 * versions the overrides); `low`..`high` is the plausible range a sensitivity analysis varies the value over.
 * Values marked "antagande" are planning assumptions to calibrate against the municipality's own data.
 */

export interface Assumption {
  id: AssumptionId;
  /** Swedish label shown next to the figure. */
  label: string;
  value: number;
  unit: string;
  low: number;
  high: number;
  source: string;
}

const DEFINITIONS = {
  productiveHoursPerFte: {
    label: 'Produktiva timmar per årsarbetare',
    value: 1600,
    unit: 'h/år',
    low: 1500,
    high: 1700,
    source:
      'Heltid 40 h/vecka (AB) ≈ 2 080 h, minus semester (25–32 dagar), helgdagar, sjukfrånvaro och interna möten; vanligt planeringsvärde i kommunal verksamhet. Antagande.',
  },
  supportRequestsPer1000People: {
    label: 'Supportärenden per 1 000 personer och år',
    value: 200,
    unit: 'ärenden/1 000 personer/år',
    low: 100,
    high: 400,
    source: 'Antagande; kalibrera mot stödenhetens ärendelogg (antal ärenden / betjänade personer).',
  },
  hoursPerSupportRequest: {
    label: 'Timmar per supportärende',
    value: 1,
    unit: 'h/ärende',
    low: 0.5,
    high: 1.5,
    source: 'Antagande; medeltid per ärende inklusive dokumentation, kalibrera mot ärendeloggen.',
  },
  localCoordinatorShareOfDemand: {
    label: 'Andel av stödbehovet som lokal IT-samordnare löser',
    value: 0.4,
    unit: 'andel',
    low: 0.2,
    high: 0.6,
    source: 'Antagande: lokala IT-samordnare och superanvändare tar första linjens frågor (CMiT:s riskanalys).',
  },
  shareOfUnmetDemandShiftedToStaff: {
    label: 'Andel av ej mött stödbehov som lärare och skolledare tar över',
    value: 0.7,
    unit: 'andel',
    low: 0.4,
    high: 1,
    source: 'Antagande; resten blir ogjort. CMiT:s riskanalys: ökad arbetsbelastning för skolledare och lärare.',
  },
  staffHoursPerUnmetSupportHour: {
    label: 'Lärartimmar per ej mött stödtimme',
    value: 1.5,
    unit: 'h/h',
    low: 1,
    high: 3,
    source: 'Antagande: den som inte är specialist behöver längre tid för samma ärende.',
  },
  shareOfShiftedWorkToSchoolLeaders: {
    label: 'Andel av överflyttat arbete som hamnar hos skolledare',
    value: 0.15,
    unit: 'andel',
    low: 0.05,
    high: 0.3,
    source: 'Antagande; resten hamnar hos lärare.',
  },
  teacherMonthlySalarySek: {
    label: 'Lärares månadslön',
    value: 42_000,
    unit: 'kr/månad',
    low: 38_000,
    high: 46_000,
    source: 'SCB:s lönestrukturstatistik, kommunal sektor, grund- och gymnasielärare ≈ 42 000 kr (avrundat; verifiera mot senaste året).',
  },
  schoolLeaderMonthlySalarySek: {
    label: 'Skolledares månadslön',
    value: 58_000,
    unit: 'kr/månad',
    low: 52_000,
    high: 65_000,
    source: 'SCB:s lönestrukturstatistik, kommunal sektor, rektorer ≈ 58 000 kr (avrundat; verifiera mot senaste året).',
  },
  employerFeeRate: {
    label: 'Personalomkostnadspålägg (PO)',
    value: 0.4153,
    unit: 'andel av lön',
    low: 0.38,
    high: 0.45,
    source: 'SKR:s PO-pålägg för kommuner (41,53 %), samma som demodatans tjänstekostnader.',
  },
  teacherAnnualWorkingHours: {
    label: 'Lärares årsarbetstid',
    value: 1767,
    unit: 'h/år',
    low: 1700,
    high: 1800,
    source: 'Lärares årsarbetstid enligt kollektivavtal (HÖK): 1 767 timmar per år vid heltid.',
  },
  schoolLeaderAnnualWorkingHours: {
    label: 'Skolledares årsarbetstid',
    value: 1744,
    unit: 'h/år',
    low: 1650,
    high: 1800,
    source: '40 h/vecka × 52 veckor minus semester (31 dagar) och helgdagar (≈ 11 dagar) ≈ 1 744 h.',
  },
  trainingHoursPerTeacher: {
    label: 'Lärarens egen tid för kompetensmodulerna',
    value: 24,
    unit: 'h/lärare',
    low: 12,
    high: 40,
    source: 'Skolverkets moduler på Lärportalen (flera delar à 2–4 h). Antagande om omfattning.',
  },
  teachersPerTrainerFtePerYear: {
    label: 'Lärare som en heltidsutbildare hinner handleda per år',
    value: 120,
    unit: 'lärare/årsarbetare/år',
    low: 60,
    high: 200,
    source: 'Antagande: handledning i grupper om 8–12 lärare genom modulens delar.',
  },
  teacherTurnoverShare: {
    label: 'Andel utbildade lärare som ersätts av outbildade per år',
    value: 0.08,
    unit: 'andel/år',
    low: 0.04,
    high: 0.15,
    source: 'Antagande i nivå med lärares rörlighet mellan huvudmän (Skolverkets personalstatistik).',
  },
  rolloutHoursPerUnit: {
    label: 'Timmar per skolenhet för att införa lärplattformen',
    value: 60,
    unit: 'h/enhet',
    low: 30,
    high: 120,
    source: 'Antagande: konfiguration, utbildning av personal och stöd under införandet.',
  },
  rolloutShareOfPlatformCapacity: {
    label: 'Andel av plattformsförvaltningens tid som går till införande',
    value: 0.3,
    unit: 'andel',
    low: 0.1,
    high: 0.5,
    source: 'Antagande; resten är drift och förvaltning.',
  },
  pupilsPerSharedDevice: {
    label: 'Elever per delad enhet (utanför 1:1)',
    value: 3,
    unit: 'elever/enhet',
    low: 2,
    high: 5,
    source: 'Antagande: kommunens norm för delade enheter under årskurs 7.',
  },
  equityThreshold: {
    label: 'Tröskel för digitalt likvärdighetsindex',
    value: 0.6,
    unit: 'index 0–1',
    low: 0.5,
    high: 0.7,
    source: 'Antagande: en skola under tröskeln har en tydligt sämre digital förutsättning än målet.',
  },
  equityWeightDevices: {
    label: 'Vikt: enhetstäckning',
    value: 0.25,
    unit: 'vikt',
    low: 0,
    high: 1,
    source: 'Lika vikter som utgångspunkt (antagande); vikterna normeras så att de summerar till 1.',
  },
  equityWeightSupport: {
    label: 'Vikt: tillgång till stöd',
    value: 0.25,
    unit: 'vikt',
    low: 0,
    high: 1,
    source: 'Lika vikter som utgångspunkt (antagande); vikterna normeras så att de summerar till 1.',
  },
  equityWeightCompetence: {
    label: 'Vikt: personalens kompetens',
    value: 0.25,
    unit: 'vikt',
    low: 0,
    high: 1,
    source: 'Lika vikter som utgångspunkt (antagande); vikterna normeras så att de summerar till 1.',
  },
  equityWeightMaturity: {
    label: 'Vikt: självskattad digital mognad (LIKA)',
    value: 0.25,
    unit: 'vikt',
    low: 0,
    high: 1,
    source: 'Lika vikter som utgångspunkt (antagande); vikterna normeras så att de summerar till 1.',
  },
  goalAtRiskCapacityLossShare: {
    label: 'Kapacitetstapp som gör ett delmål hotat',
    value: 0.1,
    unit: 'andel',
    low: 0.05,
    high: 0.25,
    source: 'Antagande: tappar arbetet som tjänar ett delmål minst en tiondel flaggas delmålet.',
  },
} satisfies Record<string, Omit<Assumption, 'id'>>;

export type AssumptionId = keyof typeof DEFINITIONS;
export const ASSUMPTION_IDS = Object.keys(DEFINITIONS) as AssumptionId[];

export type AssumptionSet = Readonly<Record<AssumptionId, Assumption>>;

export const DEFAULT_ASSUMPTIONS: AssumptionSet = Object.fromEntries(
  ASSUMPTION_IDS.map((id) => [id, { id, ...DEFINITIONS[id] }]),
) as Record<AssumptionId, Assumption>;

export interface AssumptionError {
  field: string;
  message: string;
}

/** Shares and weights must lie in [0, 1]; every other value must be positive. */
const SHARE_UNITS = new Set(['andel', 'andel/år', 'vikt', 'index 0–1']);

/** Checks overrides before they are applied: known id, finite, in its domain. */
export function validateAssumptionOverrides(overrides: Readonly<Record<string, number>>): AssumptionError[] {
  const errors: AssumptionError[] = [];
  for (const [id, value] of Object.entries(overrides)) {
    const field = `assumptions.${id}`;
    const base = (DEFAULT_ASSUMPTIONS as Record<string, Assumption | undefined>)[id];
    if (!base) {
      errors.push({ field, message: `Okänt antagande "${id}".` });
    } else if (!Number.isFinite(value)) {
      errors.push({ field, message: 'Värdet måste vara ett ändligt tal.' });
    } else if (SHARE_UNITS.has(base.unit) ? value < 0 || value > 1 : value <= 0) {
      errors.push({ field, message: SHARE_UNITS.has(base.unit) ? 'Värdet måste ligga mellan 0 och 1.' : 'Värdet måste vara större än 0.' });
    }
  }
  if (errors.length === 0) {
    const merged = withOverrides(DEFAULT_ASSUMPTIONS, overrides as Partial<Record<AssumptionId, number>>);
    if (equityWeightSum(merged) <= 0) errors.push({ field: 'assumptions.equityWeightDevices', message: 'Minst en vikt i likvärdighetsindexet måste vara större än 0.' });
  }
  return errors;
}

/** A new set with the given values replaced (ranges and sources kept). Validate first. */
export function withOverrides(base: AssumptionSet, overrides: Partial<Record<AssumptionId, number>>): AssumptionSet {
  const out = { ...base } as Record<AssumptionId, Assumption>;
  for (const id of ASSUMPTION_IDS) {
    const value = overrides[id];
    if (value !== undefined) out[id] = { ...base[id], value };
  }
  return out;
}

export function equityWeightSum(a: AssumptionSet): number {
  return a.equityWeightDevices.value + a.equityWeightSupport.value + a.equityWeightCompetence.value + a.equityWeightMaturity.value;
}

/** The values alone, as a result records them. */
export function assumptionValues(a: AssumptionSet): Record<AssumptionId, number> {
  return Object.fromEntries(ASSUMPTION_IDS.map((id) => [id, a[id].value])) as Record<AssumptionId, number>;
}
