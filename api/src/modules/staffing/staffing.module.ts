import { defineModule } from '../module.js';
import { MunicipalitySupportResolver } from './municipality-support.resolver.js';
import { PostMutationResolver } from './post.resolver.js';
import { staffingLoaders } from './staffing.loaders.js';
import { SupportPostTimeShare } from './support-post-time-share.entity.js';
import { SupportPost, SupportUnit } from './support-unit.entity.js';
import { SupportPostResolver, SupportUnitResolver } from './support-unit.resolver.js';

export const staffingModule = defineModule({
  name: 'staffing',
  entities: [SupportUnit, SupportPost, SupportPostTimeShare],
  resolvers: [SupportUnitResolver, SupportPostResolver, PostMutationResolver, MunicipalitySupportResolver],
  loaders: staffingLoaders,
});
