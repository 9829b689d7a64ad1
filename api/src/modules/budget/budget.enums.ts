import { registerEnumType } from 'type-graphql';

export enum BudgetCategory {
  PERSONNEL = 'PERSONNEL',
  DEVICES = 'DEVICES',
  LICENCES_SYSTEMS = 'LICENCES_SYSTEMS',
  COMPETENCE_DEVELOPMENT = 'COMPETENCE_DEVELOPMENT',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  SUPPORT = 'SUPPORT',
}
registerEnumType(BudgetCategory, {
  name: 'BudgetCategory',
  description: 'Kostnadsslag: personal, enheter, licenser och system, kompetensutveckling, infrastruktur, support.',
});

export enum BudgetKind {
  BUDGET = 'BUDGET',
  OUTCOME = 'OUTCOME',
  FORECAST = 'FORECAST',
}
registerEnumType(BudgetKind, { name: 'BudgetKind', description: 'Budget, utfall eller prognos.' });
