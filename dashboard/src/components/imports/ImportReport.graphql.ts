import { graphql } from '../../gql';

/** The API's report on a file, previewed or imported, as ImportReport and ImportRowsTable show it. */
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
