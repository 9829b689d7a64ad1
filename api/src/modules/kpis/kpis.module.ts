import { defineModule } from '../module.js';
import { KpiResolver } from './kpi.resolver.js';

/** The overview's key figures: one statement across budget, schools, devices, staffing and goals, so above them all. */
export const kpisModule = defineModule({ name: 'kpis', resolvers: [KpiResolver] });
