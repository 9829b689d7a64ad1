import { defineModule } from '../module.js';
import { SavedScenarioResolver } from './saved-scenario.resolver.js';

export const savedScenariosModule = defineModule({ name: 'saved-scenarios', resolvers: [SavedScenarioResolver] });
