import { defineModule } from '../module.js';
import { BudgetLine } from './budget-line.entity.js';
import { BudgetLineResolver } from './budget-line.resolver.js';
import { budgetLoaders } from './budget.loaders.js';
import { SchoolUnitCostsResolver } from './school-unit-costs.resolver.js';

export const budgetModule = defineModule({ name: 'budget', entities: [BudgetLine], resolvers: [BudgetLineResolver, SchoolUnitCostsResolver], loaders: budgetLoaders });
