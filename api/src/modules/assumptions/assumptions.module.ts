import { defineModule } from '../module.js';
import { AssumptionResolver } from './assumption.resolver.js';
import { assumptionLoaders } from './assumptions.loaders.js';

/**
 * The scenario model's assumptions as each municipality sets them, versioned. Low in the registry: the domain
 * modules' figures use the values in force (the support unit's hours), not only the scenario engine.
 */
export const assumptionsModule = defineModule({ name: 'assumptions', resolvers: [AssumptionResolver], loaders: assumptionLoaders });
