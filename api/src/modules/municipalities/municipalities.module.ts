import { defineModule } from '../module.js';
import { Municipality } from './municipality.entity.js';
import { MunicipalityResolver } from './municipality.resolver.js';

export const municipalitiesModule = defineModule({ name: 'municipalities', entities: [Municipality], resolvers: [MunicipalityResolver] });
