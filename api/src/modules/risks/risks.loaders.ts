import DataLoader from 'dataloader';
import type { LoaderFactories } from '../../graphql/loaders.js';
import { participantsOf, type ParticipantRow } from './risk-register.service.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    /** Who from the employees' side took part in a saved scenario's risk assessment, by scenario id. */
    participantsByScenario: DataLoader<string, ParticipantRow[]>;
  }
}

export const riskLoaders: LoaderFactories = {
  participantsByScenario: (em, municipalityId) =>
    new DataLoader(async (scenarioIds) => {
      const byScenario = await participantsOf(em, await municipalityId(), scenarioIds);
      return scenarioIds.map((id) => byScenario.get(id) ?? []);
    }),
};
