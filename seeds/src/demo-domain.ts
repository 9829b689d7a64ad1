/**
 * Budget lines, device fleets and indicator values derived deterministically from a demo municipality's units,
 * so the figures hang together: the devices budget is the fleets' lease cost, the coverage indicator is the
 * fleets' count over the pupils, and results and self-assessments follow the socioeconomic index and whether
 * the unit has a local IT coordinator. Every assumption is named here and sourced in seeds/README.md.
 */
import type {
  BudgetCategory,
  BudgetKind,
  DemoBudgetLine,
  DemoDeviceFleet,
  DemoIndicatorValue,
  DemoMunicipalityBase,
  DemoSchoolUnit,
  DemoSchoolYear,
  DeviceType,
  DeviceUserGroup,
} from './demo.js';

/** Years with outcome (bokslut); the budget year has a budget and the year after it a forecast. */
const isOutcomeYear = (year: number, budgetYear: number) => year < budgetYear;

/** Price and salary level relative to the budget year (about 3 % a year, SKR:s prognos för löner och priser). */
const PRICE_INDEX: Record<number, number> = { 2023: 0.92, 2024: 0.95, 2025: 0.98, 2026: 1, 2027: 1.02 };
const priceIndex = (year: number) => PRICE_INDEX[year] ?? 1;

/** A deterministic value in [-1, 1] from a key (FNV-1a), so the demo data varies but never changes between runs. */
export function noise(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash / 0xffffffff) * 2 - 1;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

interface FleetRule {
  band: DeviceUserGroup;
  deviceType: DeviceType;
  /** Pupils per device; 1 = one device each (1:1). */
  pupilsPerDevice: number;
  /** Monthly lease per device in the lease's start year 2023, whole SEK; rises 3 SEK a year. */
  leaseCost2023: number;
  leaseTermMonths: number;
  replacementCycleYears: number;
  oneToOne: boolean;
}

/**
 * Chromebooks 1:1 in years 7–9 and upper secondary (~110–130 SEK a month on a 36-month lease), shared iPads in
 * preschool and F–3, shared Chromebooks in 4–6, iPads for every pupil of the adapted school, a PC for every
 * member of staff on a 48-month lease.
 */
const FLEET_RULES: FleetRule[] = [
  { band: 'PRESCHOOL', deviceType: 'IPAD', pupilsPerDevice: 5, leaseCost2023: 92, leaseTermMonths: 36, replacementCycleYears: 3, oneToOne: false },
  { band: 'PUPILS_F_3', deviceType: 'IPAD', pupilsPerDevice: 2, leaseCost2023: 98, leaseTermMonths: 36, replacementCycleYears: 3, oneToOne: false },
  { band: 'PUPILS_4_6', deviceType: 'CHROMEBOOK', pupilsPerDevice: 2, leaseCost2023: 108, leaseTermMonths: 36, replacementCycleYears: 3, oneToOne: false },
  { band: 'PUPILS_7_9', deviceType: 'CHROMEBOOK', pupilsPerDevice: 1, leaseCost2023: 114, leaseTermMonths: 36, replacementCycleYears: 3, oneToOne: true },
  { band: 'PUPILS_UPPER_SECONDARY', deviceType: 'CHROMEBOOK', pupilsPerDevice: 1, leaseCost2023: 114, leaseTermMonths: 36, replacementCycleYears: 3, oneToOne: true },
  { band: 'PUPILS_OTHER', deviceType: 'IPAD', pupilsPerDevice: 1, leaseCost2023: 98, leaseTermMonths: 36, replacementCycleYears: 3, oneToOne: false },
];
const STAFF_RULE: FleetRule = { band: 'STAFF', deviceType: 'PC', pupilsPerDevice: 1, leaseCost2023: 239, leaseTermMonths: 48, replacementCycleYears: 4, oneToOne: false };

const leaseCost = (rule: FleetRule, startYear: number) => rule.leaseCost2023 + 3 * (startYear - 2023);

/**
 * 1:1 coverage of a unit in a year: full with a local IT coordinator (who chases the returns and repairs),
 * 90–96 % without, rising a point a year.
 */
function oneToOneCoverage(facts: DemoSchoolYear, index: number): number {
  if (facts.hasLocalItCoordinator) return 1;
  return Math.min(1, 0.9 + 0.02 * (index % 4) + 0.01 * (facts.year - 2023));
}

function fleetsOf(unit: DemoSchoolUnit, facts: DemoSchoolYear, index: number): DemoDeviceFleet[] {
  const fleets: DemoDeviceFleet[] = [];
  const add = (rule: FleetRule, deviceCount: number, leaseStartYear: number) => {
    if (deviceCount > 0) {
      fleets.push({
        schoolUnitCode: unit.code,
        year: facts.year,
        deviceType: rule.deviceType,
        userGroup: rule.band,
        deviceCount,
        leaseCostPerMonthSek: leaseCost(rule, leaseStartYear),
        leaseTermMonths: rule.leaseTermMonths,
        leaseStartYear,
        replacementCycleYears: rule.replacementCycleYears,
        oneToOne: rule.oneToOne,
      });
    }
  };
  for (const rule of FLEET_RULES) {
    const pupils = facts.pupilsByBand[rule.band as keyof DemoSchoolYear['pupilsByBand']] ?? 0;
    if (pupils === 0) continue;
    if (rule.oneToOne) {
      // A pupil gets a device when entering year 7 (or upper secondary) and keeps it three years: three
      // cohorts with leases starting this year, last year and the year before.
      const devices = Math.round(pupils * oneToOneCoverage(facts, index));
      const third = Math.floor(devices / 3);
      add(rule, third, facts.year - 2);
      add(rule, third, facts.year - 1);
      add(rule, devices - 2 * third, facts.year);
    } else {
      // Shared devices are renewed a unit at a time, staggered over the cycle.
      add(rule, Math.ceil(pupils / rule.pupilsPerDevice), facts.year - (index % rule.replacementCycleYears));
    }
  }
  add(STAFF_RULE, facts.teachers + facts.schoolLeaders, facts.year - (index % STAFF_RULE.replacementCycleYears));
  return fleets;
}

const annualLeaseSek = (fleets: readonly DemoDeviceFleet[]) => fleets.reduce((sum, f) => sum + f.deviceCount * f.leaseCostPerMonthSek * 12, 0);

/** Per-pupil and per-teacher amounts of a school's own digitalisation costs in the budget year, whole SEK. */
const SCHOOL_COSTS = {
  /** A local IT coordinator: 0.2 FTE of a teacher at 620 000 SEK a year including PO. */
  coordinatorSek: 124_000,
  /** Time set aside for each superuser, SEK a year. */
  perSuperuserSek: 12_000,
  licencesPerPupilSek: 160,
  competencePerTeacherSek: 1_500,
  infrastructurePerPupilSek: 85,
  supportPerPupilSek: 35,
};

/** The central unit's costs in the budget year besides the support unit's salaries, whole SEK (Exempelkommun size). */
const CENTRAL_COSTS: Record<Exclude<BudgetCategory, 'PERSONNEL'>, number> = {
  DEVICES: 350_000,
  LICENCES_SYSTEMS: 4_200_000,
  COMPETENCE_DEVELOPMENT: 450_000,
  INFRASTRUCTURE: 2_800_000,
  SUPPORT: 1_900_000,
};

/** Outcome deviates from budget by -5 % … +7 %, deterministically per owner, category and year. */
const outcomeFactor = (key: string) => 1.01 + 0.06 * noise(key);

function budgetLinesFor(
  owner: string | null,
  year: number,
  budgetYear: number,
  amounts: Record<BudgetCategory, number>,
): DemoBudgetLine[] {
  const lines: DemoBudgetLine[] = [];
  const push = (category: BudgetCategory, kind: BudgetKind, amountSek: number) =>
    lines.push({ year, schoolUnitCode: owner, category, kind, amountSek: Math.round(amountSek) });
  for (const category of Object.keys(amounts) as BudgetCategory[]) {
    const amount = amounts[category];
    if (year > budgetYear) {
      push(category, 'FORECAST', amount);
    } else {
      push(category, 'BUDGET', amount);
      if (isOutcomeYear(year, budgetYear)) push(category, 'OUTCOME', amount * outcomeFactor(`${owner ?? 'central'}:${category}:${year}`));
    }
  }
  return lines;
}

function indicatorValuesOf(unit: DemoSchoolUnit, facts: DemoSchoolYear, fleets: DemoDeviceFleet[], budgetYear: number): DemoIndicatorValue[] {
  // Years after the budget year have no measurements yet; school results of the budget year arrive in summer.
  if (facts.year > budgetYear) return [];
  const values: DemoIndicatorValue[] = [];
  const add = (indicatorId: string, value: number) => values.push({ schoolUnitCode: unit.code, indicatorId, year: facts.year, value });
  const n = (what: string) => noise(`${unit.code}:${what}:${facts.year}`);
  const sei = facts.socioeconomicIndex;
  const it = facts.hasLocalItCoordinator ? 1 : 0;
  const sinceStart = facts.year - 2023;

  if (facts.pupilsByBand.PUPILS_7_9 > 0 && facts.year < budgetYear) {
    add('N15419', round1(clamp(74 + 30 * (sei - 1) + 3 * it + 0.7 * sinceStart + 2.5 * n('results'), 40, 98)));
    add('N15505', round1(228 + 55 * (sei - 1) + 6 * it + 5 * n('merit')));
  }
  const lika = (area: string, offset: number) => round1(clamp(2 + 0.9 * (sei - 1) + 0.4 * it + 0.15 * sinceStart + offset + 0.15 * n(area), 1, 4));
  add('LIKV_LIKA_LEDNING', lika('ledning', 0.1));
  add('LIKV_LIKA_KOMPETENS', lika('kompetens', 0));
  add('LIKV_LIKA_INFRASTRUKTUR', lika('infrastruktur', 0.3));
  add('LIKV_LIKA_ANVANDNING', lika('anvandning', -0.1));
  add('LIKV_PERSONAL_MODULER', round1(clamp(35 + 12 * sinceStart + 10 * it + 20 * (sei - 1) + 4 * n('moduler'), 0, 100)));

  const covered = facts.pupilsByBand.PUPILS_7_9 + facts.pupilsByBand.PUPILS_UPPER_SECONDARY;
  if (covered > 0) {
    const devices = fleets.filter((f) => f.oneToOne).reduce((sum, f) => sum + f.deviceCount, 0);
    add('LIKV_TACKNING_1TILL1', round1((100 * devices) / covered));
  }
  return values;
}

/** Everything of a municipality that follows from its units: budget lines, device fleets, indicator values. */
export function deriveDomainData(
  base: DemoMunicipalityBase,
  options: { centralScale: number },
): { budgetLines: DemoBudgetLine[]; deviceFleets: DemoDeviceFleet[]; indicatorValues: DemoIndicatorValue[] } {
  const budgetLines: DemoBudgetLine[] = [];
  const deviceFleets: DemoDeviceFleet[] = [];
  const indicatorValues: DemoIndicatorValue[] = [];
  const supportSalariesSek = base.supportUnit.posts.reduce((sum, post) => sum + post.annualCostSek, 0);

  for (const year of base.years) {
    const p = priceIndex(year);
    budgetLines.push(
      ...budgetLinesFor(null, year, base.budgetYear, {
        PERSONNEL: supportSalariesSek * p,
        DEVICES: CENTRAL_COSTS.DEVICES * options.centralScale * p,
        LICENCES_SYSTEMS: CENTRAL_COSTS.LICENCES_SYSTEMS * options.centralScale * p,
        COMPETENCE_DEVELOPMENT: CENTRAL_COSTS.COMPETENCE_DEVELOPMENT * options.centralScale * p,
        INFRASTRUCTURE: CENTRAL_COSTS.INFRASTRUCTURE * options.centralScale * p,
        SUPPORT: CENTRAL_COSTS.SUPPORT * options.centralScale * p,
      }),
    );
    base.schoolUnits.forEach((unit, index) => {
      const facts = unit.years.find((f) => f.year === year);
      if (!facts) return;
      const fleets = fleetsOf(unit, facts, index);
      deviceFleets.push(...fleets);
      budgetLines.push(
        ...budgetLinesFor(unit.code, year, base.budgetYear, {
          PERSONNEL: ((facts.hasLocalItCoordinator ? SCHOOL_COSTS.coordinatorSek : 0) + facts.superusers * SCHOOL_COSTS.perSuperuserSek) * p,
          DEVICES: annualLeaseSek(fleets),
          LICENCES_SYSTEMS: facts.pupils * SCHOOL_COSTS.licencesPerPupilSek * p,
          COMPETENCE_DEVELOPMENT: facts.teachers * SCHOOL_COSTS.competencePerTeacherSek * p,
          INFRASTRUCTURE: facts.pupils * SCHOOL_COSTS.infrastructurePerPupilSek * p,
          SUPPORT: facts.pupils * SCHOOL_COSTS.supportPerPupilSek * p,
        }),
      );
      indicatorValues.push(...indicatorValuesOf(unit, facts, fleets, base.budgetYear));
    });
  }
  return { budgetLines, deviceFleets, indicatorValues };
}
