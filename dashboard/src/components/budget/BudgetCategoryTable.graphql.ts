import { graphql } from '../../gql';

/** What a row of BudgetCategoryTable shows: a category's budget, outcome, deviation and cost per pupil. */
export const BudgetCategoryFields = graphql(`
  fragment BudgetCategoryFields on CategoryCost {
    category
    budgetSek
    outcomeSek
    deviationSek
    deviationPercent
    perPupilSek
  }
`);
