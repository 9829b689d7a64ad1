import { graphql } from '../../gql';

/**
 * A scenario's savings in its first full year, as ScenarioSavingsSection shows them; the comparison cards and the
 * risk analysis's header show the same figures.
 */
export const ScenarioSavingsFields = graphql(`
  fragment ScenarioSavingsFields on ScenarioSummary {
    year
    grossSavingSek
    shiftedCostSek
    netSavingSek
  }
`);
