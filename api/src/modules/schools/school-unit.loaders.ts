import DataLoader from 'dataloader';
import { factKey, groupBy, idsAndYears, type LoaderFactories } from '../../graphql/loaders.js';
import { SchoolYearFact } from './school-unit.entity.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    /** A school unit's facts for a year, keyed `unitId:year`; one query for all units a response asks about. */
    schoolYearFact: DataLoader<string, SchoolYearFact | null>;
    /** Every year's facts of a school unit, oldest first. */
    schoolFactsByUnit: DataLoader<string, SchoolYearFact[]>;
  }
}

export const schoolLoaders: LoaderFactories = {
  schoolYearFact: (em) =>
    new DataLoader(async (keys) => {
      // One query; a response nearly always asks for one year, so the cross product fetches little extra.
      const { ids, years } = idsAndYears(keys);
      const rows = await em.find(SchoolYearFact, { schoolUnitId: { $in: ids }, year: { $in: years } });
      const byKey = new Map(rows.map((row) => [factKey(row.schoolUnitId, row.year), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
  schoolFactsByUnit: (em, municipalityId) =>
    new DataLoader(async (unitIds) => {
      const rows = await em.find(SchoolYearFact, { schoolUnitId: { $in: [...unitIds] }, municipalityId: await municipalityId() }, { orderBy: { year: 'asc' } });
      const groups = groupBy(rows, (row) => row.schoolUnitId);
      return unitIds.map((id) => groups.get(id) ?? []);
    }),
};
