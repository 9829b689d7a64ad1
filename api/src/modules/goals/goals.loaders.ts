import DataLoader from 'dataloader';
import { byIdAndYear, groupBy, type LoaderFactories } from '../../graphql/loaders.js';
import type { GoalAchievement } from './dto/goal.output.js';
import { goalAchievementOfUnits } from './municipality-goal.service.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    /** A unit's goal achievement in a year, keyed `unitId:year`. */
    goalAchievementByUnitYear: DataLoader<string, GoalAchievement[]>;
  }
}

export const goalsLoaders: LoaderFactories = {
  goalAchievementByUnitYear: (em, municipalityId) =>
    new DataLoader(
      byIdAndYear(async (year, unitIds) => {
        const rows = await goalAchievementOfUnits(em, await municipalityId(), year, unitIds);
        return groupBy(rows, (row) => row.schoolUnit.id);
      }, []),
    ),
};
