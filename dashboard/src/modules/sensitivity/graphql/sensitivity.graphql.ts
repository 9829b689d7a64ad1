import { graphql } from '../../../gql';

/** The posts a scenario may change, and the budget year (a cut starts the year after). */
export const SensitivityPostsQuery = graphql(`
  query SensitivityPosts {
    municipality {
      code
      name
      budgetYear
      supportUnit {
        name
        posts {
          id
          title
          fte
        }
      }
    }
  }
`);

export const ScenarioSensitivityQuery = graphql(`
  query ScenarioSensitivity($input: ScenarioInput!) {
    scenarioSensitivity(input: $input) {
      summaryYear
      tornadoes {
        result
        value
        rows {
          assumptionId
          name
          unit
          source
          value
          low
          high
          resultAtLow
          resultAtHigh
          effect
          flips
        }
      }
      ranges {
        result
        value
        low
        high
        unbounded
        flips
        explanation
      }
      breakEven {
        assumptionId
        state
        breakEvenValue
        insideRange
        explanation
      }
    }
  }
`);
