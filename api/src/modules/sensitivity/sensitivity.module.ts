import { defineModule } from '../module.js';
import { SensitivityResolver } from './sensitivity.resolver.js';

export const sensitivityModule = defineModule({ name: 'sensitivity', resolvers: [SensitivityResolver] });
