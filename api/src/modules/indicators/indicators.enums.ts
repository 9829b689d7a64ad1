import { registerEnumType } from 'type-graphql';

export enum IndicatorUnit {
  PERCENT = 'PERCENT',
  MERIT_POINTS = 'MERIT_POINTS',
  LEVEL_1_4 = 'LEVEL_1_4',
}
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit', description: 'Procent, meritpoäng eller nivå 1–4 (LIKA).' });
