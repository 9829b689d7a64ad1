import { graphql } from '../../../gql';

export const SavedScenariosQuery = graphql(`
  query SavedScenarios($first: Int!, $after: String) {
    scenarios(first: $first, after: $after) {
      totalCount
      nodes {
        id
        name
        status
        version
        baseYear
        horizonYears
        leversJson
        updatedAt
        owner {
          name
        }
        result {
          summary {
            netSavingSek
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateScenarioMutation = graphql(`
  mutation CreateScenario($input: ScenarioInput!, $description: String) {
    createScenario(input: $input, description: $description) {
      id
      name
      status
      version
    }
  }
`);
