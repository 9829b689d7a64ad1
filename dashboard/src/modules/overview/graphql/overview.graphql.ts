import { graphql } from '../../../gql';

export const OverviewQuery = graphql(`
  query Overview {
    municipality {
      code
      name
      budgetYear
      years
      costsByYear {
        ...BudgetCostTrendFields
      }
      goals(first: 20) {
        totalCount
        nodes {
          goal {
            id
            code
            title
            subGoal {
              code
            }
          }
          target
          schoolsMeasured
          schoolsMet
          shareMet
        }
      }
    }
  }
`);

export const YearKpisQuery = graphql(`
  query YearKpis($year: Int!) {
    municipality {
      kpis(year: $year) {
        year
        digitalisationCostSek
        costKind
        pupils
        costPerPupilSek
        devices
        oneToOneCoverage
        supportFte
        peopleServed
        peoplePerSupportFte
        staffTrainedShare
        goalResultsMeasured
        goalResultsMet
      }
    }
  }
`);

/** The equity summary of the year, computed by the engine's equity calculator on the municipality's data. */
export const EquityOverviewQuery = graphql(`
  query EquityOverview($year: Int!) {
    municipality {
      equity(year: $year) {
        year
        threshold
        summary {
          meanIndex
          coefficientOfVariation
          gini
          schoolsBelowThreshold
        }
      }
    }
  }
`);
