import { defineModule } from '../module.js';
import { ImportResolver } from './import.resolver.js';

export const importsModule = defineModule({ name: 'imports', resolvers: [ImportResolver] });
