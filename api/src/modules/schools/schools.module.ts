import { defineModule } from '../module.js';
import { SchoolUnit, SchoolYearFact } from './school-unit.entity.js';
import { schoolLoaders } from './school-unit.loaders.js';
import { MunicipalitySchoolsResolver, SchoolUnitResolver } from './school-unit.resolver.js';

export const schoolsModule = defineModule({
  name: 'schools',
  entities: [SchoolUnit, SchoolYearFact],
  resolvers: [SchoolUnitResolver, MunicipalitySchoolsResolver],
  loaders: schoolLoaders,
});
