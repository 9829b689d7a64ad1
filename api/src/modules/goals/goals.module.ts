import { defineModule } from '../module.js';
import { GoalMutationResolver } from './goal.resolver.js';
import { goalsLoaders } from './goals.loaders.js';
import { GoalsResolver } from './goals.resolver.js';
import { MunicipalityGoal, MunicipalityGoalTarget } from './municipality-goal.entity.js';
import { SchoolUnitGoalsResolver } from './school-unit-goals.resolver.js';

export const goalsModule = defineModule({
  name: 'goals',
  entities: [MunicipalityGoal, MunicipalityGoalTarget],
  resolvers: [GoalsResolver, GoalMutationResolver, SchoolUnitGoalsResolver],
  loaders: goalsLoaders,
});
