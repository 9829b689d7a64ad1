import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SchoolYearFact } from '../modules/schools/school-unit.entity.js';
import { SupportPost } from '../modules/staffing/support-unit.entity.js';

export interface Loaders {
  /** A school unit's facts for a year, keyed `unitId:year`; one query for all units a response asks about. */
  schoolYearFact: DataLoader<string, SchoolYearFact | null>;
  /** The posts of a support unit, in their display order. */
  postsBySupportUnit: DataLoader<string, SupportPost[]>;
}

export const factKey = (schoolUnitId: string, year: number) => `${schoolUnitId}:${year}`;

export function createLoaders(em: EntityManager): Loaders {
  return {
    schoolYearFact: new DataLoader(async (keys) => {
      const unitIds = new Set<string>();
      const years = new Set<number>();
      for (const key of keys) {
        const [schoolUnitId, year] = key.split(':');
        unitIds.add(schoolUnitId!);
        years.add(Number(year));
      }
      // One query; a response nearly always asks for one year, so the cross product fetches little extra.
      const rows = await em.find(SchoolYearFact, { schoolUnitId: { $in: [...unitIds] }, year: { $in: [...years] } });
      const byKey = new Map(rows.map((row) => [factKey(row.schoolUnitId, row.year), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    postsBySupportUnit: new DataLoader(async (unitIds) => {
      const rows = await em.find(SupportPost, { supportUnitId: { $in: [...unitIds] } }, { orderBy: { sortOrder: 'asc', title: 'asc' } });
      return unitIds.map((id) => rows.filter((row) => row.supportUnitId === id));
    }),
  };
}
