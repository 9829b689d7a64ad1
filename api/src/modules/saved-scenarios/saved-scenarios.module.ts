import { defineModule } from '../module.js';
import { SavedScenarioResolver } from './saved-scenario.resolver.js';
import { ScenarioRisksResolver } from './scenario-risks.resolver.js';

export const savedScenariosModule = defineModule({ name: 'saved-scenarios', resolvers: [SavedScenarioResolver, ScenarioRisksResolver] });
