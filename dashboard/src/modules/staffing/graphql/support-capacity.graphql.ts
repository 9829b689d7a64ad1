import { graphql } from '../../../gql';

export const SupportCapacityQuery = graphql(`
  query SupportCapacity {
    municipality {
      name
      budgetYear
      supportUnit {
        name
        totalFte
        peopleServed
        peoplePerFte
        annualCostSek
        productiveHoursPerFte
        capacity {
          serviceArea {
            code
            title
            subGoals {
              code
              title
            }
          }
          fte
          hours
          shareOfUnit
        }
        posts {
          id
          title
          fte
          annualCostSek
          timeSplit {
            serviceAreaCode
            serviceAreaTitle
            share
          }
        }
      }
    }
  }
`);
