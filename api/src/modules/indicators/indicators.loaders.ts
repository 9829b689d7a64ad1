import DataLoader from 'dataloader';
import type { LoaderFactories } from '../../graphql/loaders.js';
import type { Indicator, IndicatorValueOutput } from './dto/indicator.output.js';
import { indicatorValuesOfUnits, listIndicators } from './indicator-value.service.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    /** Every indicator value of a unit. */
    indicatorValuesByUnit: DataLoader<string, IndicatorValueOutput[]>;
    /** Indicator definitions by id (national reference data, read once per request). */
    indicator: DataLoader<string, Indicator | null>;
  }
}

export const indicatorLoaders: LoaderFactories = {
  indicatorValuesByUnit: (em, municipalityId) =>
    new DataLoader(async (unitIds) => {
      const byUnit = await indicatorValuesOfUnits(em, await municipalityId(), unitIds);
      return unitIds.map((id) => byUnit.get(id) ?? []);
    }),
  indicator: (em) =>
    new DataLoader(async (ids) => {
      const all = new Map((await listIndicators(em)).map((indicator) => [indicator.id, indicator]));
      return ids.map((id) => all.get(id) ?? null);
    }),
};
