import { defineModule } from '../module.js';
import { IndicatorValue } from './indicator-value.entity.js';
import { IndicatorValueResolver } from './indicator-value.resolver.js';
import { indicatorLoaders } from './indicators.loaders.js';
import { SchoolUnitIndicatorsResolver } from './school-unit-indicators.resolver.js';

export const indicatorsModule = defineModule({
  name: 'indicators',
  entities: [IndicatorValue],
  resolvers: [IndicatorValueResolver, SchoolUnitIndicatorsResolver],
  loaders: indicatorLoaders,
});
