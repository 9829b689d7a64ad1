import { graphql } from '../../../gql';

/** The national strategy's focus areas and sub-goals, as the API holds them (reference data, never copied here). */
export const GlossaryGoalsQuery = graphql(`
  query GlossaryGoals {
    nationalGoals {
      code
      title
      subGoals {
        code
        title
      }
    }
  }
`);
