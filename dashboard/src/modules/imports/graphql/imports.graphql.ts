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

export const ImportReportFields = graphql(`
  fragment ImportReportFields on ImportReport {
    kind
    rows
    creates
    updates
    unchanged
    skipped
    committed
    errorCount
    format
    rowResultsTruncated
    errors {
      sheet
      row
      column
      message
    }
    rowResults {
      sheet
      row
      action
      key
      message
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
