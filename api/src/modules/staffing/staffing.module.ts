import { defineModule } from '../module.js';
import { staffingLoaders } from './staffing.loaders.js';
import { SupportPostTimeShare } from './support-post-time-share.entity.js';
import { SupportPost, SupportUnit } from './support-unit.entity.js';
import { MunicipalitySupportResolver, SupportPostResolver, SupportUnitResolver } from './support-unit.resolver.js';

export const staffingModule = defineModule({
  name: 'staffing',
  entities: [SupportUnit, SupportPost, SupportPostTimeShare],
  resolvers: [MunicipalitySupportResolver, SupportUnitResolver, SupportPostResolver],
  loaders: staffingLoaders,
});
