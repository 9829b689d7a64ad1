import { graphql } from '../../gql';

/** What a row of BudgetYearTable shows: a year's budget, outcome or forecast, its deviation and cost per pupil. */
export const BudgetYearRowFields = graphql(`
  fragment BudgetYearRowFields on YearCost {
    year
    budgetSek
    outcomeSek
    forecastSek
    deviationSek
    deviationPercent
    perPupilSek
  }
`);
