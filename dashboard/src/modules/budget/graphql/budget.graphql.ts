import { graphql } from '../../../gql';

export const BudgetYearsQuery = graphql(`
  query BudgetYears {
    municipality {
      name
      budgetYear
      years
      costsByYear {
        ...BudgetYearRowFields
        ...BudgetCostTrendFields
      }
    }
  }
`);

export const CategoryCostsQuery = graphql(`
  query CategoryCosts($year: Int!) {
    municipality {
      costsByCategory(year: $year) {
        ...BudgetCategoryFields
        forecastSek
      }
    }
  }
`);

export const OwnerCostsQuery = graphql(`
  query OwnerCosts($year: Int!, $first: Int!, $after: String) {
    municipality {
      costsByOwner(year: $year, first: $first, after: $after) {
        totalCount
        nodes {
          ownerName
          schoolUnit {
            id
            code
          }
          budgetSek
          outcomeSek
          forecastSek
          amountSek
          deviationSek
          deviationPercent
          pupils
          perPupilSek
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const DevicesQuery = graphql(`
  query DevicesOverview($year: Int!) {
    municipality {
      devices(year: $year) {
        year
        devices
        oneToOneDevices
        coveredPupils
        oneToOneCoverage
        sharedPupilDevices
        staffDevices
        annualLeaseCostSek
      }
      deviceCoverage(year: $year, first: 500) {
        totalCount
        nodes {
          schoolUnit {
            id
            code
            name
            hasLocalItCoordinator
          }
          pupils
          coveredPupils
          oneToOneDevices
          oneToOneCoverage
          sharedPupilDevices
          pupilsPerSharedDevice
          staffDevices
          annualLeaseCostSek
        }
      }
      replacementWaves(year: $year) {
        dueYear
        devices
        contractValueSek
        annualLeaseCostSek
      }
    }
  }
`);
