import { graphql } from '../../../gql';

export const PreviewImportMutation = graphql(`
  mutation PreviewImportFile($input: ImportFileInput!) {
    previewImport(input: $input) {
      ...ImportReportFields
    }
  }
`);

export const CommitImportMutation = graphql(`
  mutation CommitImportFile($input: ImportFileInput!) {
    commitImport(input: $input) {
      ...ImportReportFields
    }
  }
`);

export const ImportPageQuery = graphql(`
  query ImportPage {
    municipality {
      code
      name
      budgetYear
    }
  }
`);
