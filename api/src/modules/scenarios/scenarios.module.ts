import { defineModule } from '../module.js';
import { AssumptionResolver } from './assumption.resolver.js';
import { EquityYearResolver, MunicipalityEquityResolver } from './equity.resolver.js';
import { ScenarioResolver } from './scenario.resolver.js';

export const scenariosModule = defineModule({ name: 'scenarios', resolvers: [ScenarioResolver, AssumptionResolver, MunicipalityEquityResolver, EquityYearResolver] });
