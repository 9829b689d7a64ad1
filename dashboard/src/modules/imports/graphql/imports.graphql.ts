import { graphql } from '../../../gql';

export const ImportPageQuery = graphql(`
  query ImportPage {
    municipality {
      code
      name
      budgetYear
    }
  }
`);
