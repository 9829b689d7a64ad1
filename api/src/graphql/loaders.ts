import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { costsByCategory } from '../modules/budget/budget.service.js';
import type { CategoryCost } from '../modules/budget/dto/cost.output.js';
import { DeviceFleet } from '../modules/devices/device-fleet.entity.js';
import { deviceCoverageOfUnits } from '../modules/devices/devices.service.js';
import type { DeviceCoverage } from '../modules/devices/dto/devices.output.js';
import type { GoalAchievement } from '../modules/goals/dto/goal.output.js';
import { goalAchievementOfUnits } from '../modules/goals/goals.service.js';
import type { Indicator, IndicatorValueOutput } from '../modules/indicators/dto/indicator.output.js';
import { indicatorValuesOfUnits, listIndicators } from '../modules/indicators/indicators.service.js';
import type { Municipality } from '../modules/municipalities/municipality.entity.js';
import { SchoolYearFact } from '../modules/schools/school-unit.entity.js';
import type { TimeShare } from '../modules/staffing/dto/capacity.output.js';
import { timeSharesOfPosts } from '../modules/staffing/staffing.service.js';
import type { SupportPost } from '../modules/staffing/support-unit.entity.js';
import { readPostsOfUnits } from '../modules/staffing/support-unit.service.js';

export interface Loaders {
  /** A school unit's facts for a year, keyed `unitId:year`; one query for all units a response asks about. */
  schoolYearFact: DataLoader<string, SchoolYearFact | null>;
  /** Every year's facts of a school unit, oldest first. */
  schoolFactsByUnit: DataLoader<string, SchoolYearFact[]>;
  /** The posts of a support unit, in their display order. */
  postsBySupportUnit: DataLoader<string, SupportPost[]>;
  /** A post's time split over the service areas. */
  timeSharesByPost: DataLoader<string, TimeShare[]>;
  /** A unit's device fleets in a year, keyed `unitId:year`. */
  devicesByUnitYear: DataLoader<string, DeviceFleet[]>;
  /** A unit's device coverage in a year, keyed `unitId:year`. */
  deviceCoverageByUnitYear: DataLoader<string, DeviceCoverage | null>;
  /** A unit's costs per category in a year, keyed `unitId:year`. */
  costsByUnitYear: DataLoader<string, CategoryCost[]>;
  /** Every indicator value of a unit. */
  indicatorValuesByUnit: DataLoader<string, IndicatorValueOutput[]>;
  /** A unit's goal achievement in a year, keyed `unitId:year`. */
  goalAchievementByUnitYear: DataLoader<string, GoalAchievement[]>;
  /** Indicator definitions by id (national reference data, read once per request). */
  indicator: DataLoader<string, Indicator | null>;
}

export const factKey = (schoolUnitId: string, year: number) => `${schoolUnitId}:${year}`;

const splitKey = (key: string): [string, number] => {
  const [id, year] = key.split(':');
  return [id!, Number(year)];
};

/**
 * Batches `unitId:year` keys into one fetch per distinct year (a response nearly always asks for one year), so
 * a list of units costs one statement per loader, never one per unit.
 */
function byUnitAndYear<V>(fetch: (year: number, unitIds: string[]) => Promise<Map<string, V>>, missing: V) {
  return async (keys: readonly string[]): Promise<V[]> => {
    const years = new Map<number, string[]>();
    for (const key of keys) {
      const [id, year] = splitKey(key);
      years.set(year, [...(years.get(year) ?? []), id]);
    }
    const results = new Map<string, V>();
    await Promise.all(
      [...years].map(async ([year, ids]) => {
        for (const [id, value] of await fetch(year, [...new Set(ids)])) results.set(factKey(id, year), value);
      }),
    );
    return keys.map((key) => results.get(key) ?? missing);
  };
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

type LoaderFactories = { [K in keyof Loaders]: (em: EntityManager, municipalityId: () => Promise<string>) => Loaders[K] };

const factories: LoaderFactories = {
  schoolYearFact: (em) => new DataLoader(async (keys) => {
    const unitIds = new Set<string>();
    const years = new Set<number>();
    for (const key of keys) {
      const [schoolUnitId, year] = splitKey(key);
      unitIds.add(schoolUnitId);
      years.add(year);
    }
    // One query; a response nearly always asks for one year, so the cross product fetches little extra.
    const rows = await em.find(SchoolYearFact, { schoolUnitId: { $in: [...unitIds] }, year: { $in: [...years] } });
    const byKey = new Map(rows.map((row) => [factKey(row.schoolUnitId, row.year), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  }),
  schoolFactsByUnit: (em, municipalityId) => new DataLoader(async (unitIds) => {
    const rows = await em.find(SchoolYearFact, { schoolUnitId: { $in: [...unitIds] }, municipalityId: await municipalityId() }, { orderBy: { year: 'asc' } });
    const groups = groupBy(rows, (row) => row.schoolUnitId);
    return unitIds.map((id) => groups.get(id) ?? []);
  }),
  postsBySupportUnit: (em, municipalityId) => new DataLoader(async (unitIds) => {
    const rows = await readPostsOfUnits(em, await municipalityId(), unitIds);
    return unitIds.map((id) => rows.filter((row) => row.supportUnitId === id));
  }),
  timeSharesByPost: (em) => new DataLoader(async (postIds) => {
    const byPost = await timeSharesOfPosts(em, postIds);
    return postIds.map((id) => byPost.get(id) ?? []);
  }),
  devicesByUnitYear: (em, municipalityId) => new DataLoader(
    byUnitAndYear(async (year, unitIds) => {
      const rows = await em.find(
        DeviceFleet,
        { municipalityId: await municipalityId(), year, schoolUnitId: { $in: unitIds } },
        { orderBy: { userGroup: 'asc', leaseStartYear: 'asc', deviceType: 'asc' } },
      );
      return groupBy(rows, (row) => row.schoolUnitId);
    }, []),
  ),
  deviceCoverageByUnitYear: (em, municipalityId) => new DataLoader(
    byUnitAndYear(async (year, unitIds) => {
      const rows = await deviceCoverageOfUnits(em, await municipalityId(), year, unitIds);
      return new Map(rows.map((row) => [row.schoolUnit.id, row]));
    }, null),
  ),
  costsByUnitYear: (em, municipalityId) => new DataLoader(
    byUnitAndYear(async (year, unitIds) => {
      const rows = await costsByCategory(em, await municipalityId(), year, unitIds);
      return groupBy(rows, (row) => row.schoolUnitId ?? '');
    }, []),
  ),
  indicatorValuesByUnit: (em, municipalityId) => new DataLoader(async (unitIds) => {
    const byUnit = await indicatorValuesOfUnits(em, await municipalityId(), unitIds);
    return unitIds.map((id) => byUnit.get(id) ?? []);
  }),
  goalAchievementByUnitYear: (em, municipalityId) => new DataLoader(
    byUnitAndYear(async (year, unitIds) => {
      const rows = await goalAchievementOfUnits(em, await municipalityId(), year, unitIds);
      return groupBy(rows, (row) => row.schoolUnit.id);
    }, []),
  ),
  indicator: (em) => new DataLoader(async (ids) => {
    const all = new Map((await listIndicators(em)).map((indicator) => [indicator.id, indicator]));
    return ids.map((id) => all.get(id) ?? null);
  }),
};

/**
 * A request's loaders, each made when a resolver first asks for it: a request uses one or two of them, and making
 * all ten up front was a measurable part of a short request (pnpm bench).
 */
class RequestLoaders {
  private readonly made: Partial<Record<keyof Loaders, unknown>> = {};

  constructor(
    private readonly em: EntityManager,
    private readonly municipalityId: () => Promise<string>,
  ) {}

  static {
    for (const name of Object.keys(factories) as (keyof Loaders)[]) {
      Object.defineProperty(RequestLoaders.prototype, name, {
        get(this: RequestLoaders) {
          return (this.made[name] ??= factories[name](this.em, this.municipalityId));
        },
      });
    }
  }
}

export function createLoaders(em: EntityManager, municipality: () => Promise<Municipality>): Loaders {
  return new RequestLoaders(em, async () => (await municipality()).id) as unknown as Loaders;
}
