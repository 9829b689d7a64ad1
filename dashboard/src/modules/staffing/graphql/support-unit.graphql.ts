import { graphql } from '../../../gql';

export const SupportUnitOverviewQuery = graphql(`
  query SupportUnitOverview {
    municipality {
      code
      name
      budgetYear
      supportUnit {
        name
        totalFte
        peopleServed
        annualCostSek
        posts {
          id
          title
          fte
          annualCostSek
        }
      }
    }
  }
`);
