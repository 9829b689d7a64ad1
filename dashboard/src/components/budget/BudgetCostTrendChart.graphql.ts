import { graphql } from '../../gql';

/** What BudgetCostTrendChart draws for a year: budget, outcome or forecast, and the cost per pupil. */
export const BudgetCostTrendFields = graphql(`
  fragment BudgetCostTrendFields on YearCost {
    year
    budgetSek
    outcomeSek
    forecastSek
    perPupilSek
  }
`);
