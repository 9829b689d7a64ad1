import { defineModule } from '../module.js';
import { EquityYearResolver, MunicipalityEquityResolver } from './equity.resolver.js';
import { ScenarioResolver } from './scenario.resolver.js';

export const scenariosModule = defineModule({ name: 'scenarios', resolvers: [ScenarioResolver, MunicipalityEquityResolver, EquityYearResolver] });
