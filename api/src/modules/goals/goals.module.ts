import { defineModule } from '../module.js';
import { goalsLoaders } from './goals.loaders.js';
import { MunicipalityGoal, MunicipalityGoalTarget } from './municipality-goal.entity.js';
import { MunicipalityGoalResolver } from './municipality-goal.resolver.js';
import { SchoolUnitGoalsResolver } from './school-unit-goals.resolver.js';

export const goalsModule = defineModule({
  name: 'goals',
  entities: [MunicipalityGoal, MunicipalityGoalTarget],
  resolvers: [MunicipalityGoalResolver, SchoolUnitGoalsResolver],
  loaders: goalsLoaders,
});
