import DataLoader from 'dataloader';
import type { LoaderFactories } from '../../graphql/loaders.js';
import type { AssumptionSet } from '../../model/index.js';
import { currentAssumptions } from './assumption.service.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    /** A municipality's assumption set in force, by municipality id: read once per request, however many fields use it. */
    assumptionSet: DataLoader<string, AssumptionSet>;
  }
}

export const assumptionLoaders: LoaderFactories = {
  assumptionSet: (em) => new DataLoader(async (municipalityIds) => Promise.all(municipalityIds.map((id) => currentAssumptions(em, id)))),
};
