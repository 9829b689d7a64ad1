import { defineModule } from '../module.js';
import { riskLoaders } from './risks.loaders.js';

/**
 * The risk register of a saved scenario and its rules. Its GraphQL fields and mutations hang off Scenario, which the
 * saved-scenarios module owns (it sits above this one), so they are declared there and call this module's service.
 */
export const risksModule = defineModule({ name: 'risks', loaders: riskLoaders });
