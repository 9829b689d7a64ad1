import DataLoader from 'dataloader';
import { byIdAndYear, groupBy, type LoaderFactories } from '../../graphql/loaders.js';
import { costsByCategory } from './budget-line.service.js';
import type { CategoryCost } from './dto/cost.output.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    /** A unit's costs per category in a year, keyed `unitId:year`. */
    costsByUnitYear: DataLoader<string, CategoryCost[]>;
  }
}

export const budgetLoaders: LoaderFactories = {
  costsByUnitYear: (em, municipalityId) =>
    new DataLoader(
      byIdAndYear(async (year, unitIds) => {
        const rows = await costsByCategory(em, await municipalityId(), year, unitIds);
        return groupBy(rows, (row) => row.schoolUnitId ?? '');
      }, []),
    ),
};
