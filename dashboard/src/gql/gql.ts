/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      role\n      municipality {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      municipality {\n        code\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation PreviewImportFile($input: ImportFileInput!) {\n    previewImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.PreviewImportFileDocument,
    "\n  mutation CommitImportFile($input: ImportFileInput!) {\n    commitImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.CommitImportFileDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    kind\n    rows\n    creates\n    updates\n    unchanged\n    skipped\n    committed\n    errorCount\n    format\n    rowResultsTruncated\n    errors {\n      sheet\n      row\n      column\n      message\n    }\n    rowResults {\n      sheet\n      row\n      action\n      key\n      message\n    }\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  query ImportPage {\n    municipality {\n      code\n      name\n      budgetYear\n    }\n  }\n": typeof types.ImportPageDocument,
    "\n  query SensitivityPosts {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        posts {\n          id\n          title\n          fte\n        }\n      }\n    }\n  }\n": typeof types.SensitivityPostsDocument,
    "\n  query ScenarioSensitivity($input: ScenarioInput!) {\n    scenarioSensitivity(input: $input) {\n      summaryYear\n      tornadoes {\n        result\n        value\n        rows {\n          assumptionId\n          name\n          unit\n          source\n          value\n          low\n          high\n          resultAtLow\n          resultAtHigh\n          effect\n          flips\n        }\n      }\n      ranges {\n        result\n        value\n        low\n        high\n        unbounded\n        flips\n        explanation\n      }\n      breakEven {\n        assumptionId\n        state\n        breakEvenValue\n        insideRange\n        explanation\n      }\n    }\n  }\n": typeof types.ScenarioSensitivityDocument,
    "\n  query SupportUnitOverview {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        totalFte\n        peopleServed\n        annualCostSek\n        posts {\n          id\n          title\n          fte\n          annualCostSek\n        }\n      }\n    }\n  }\n": typeof types.SupportUnitOverviewDocument,
};
const documents: Documents = {
    "\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      role\n      municipality {\n        code\n        name\n      }\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      municipality {\n        code\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation PreviewImportFile($input: ImportFileInput!) {\n    previewImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": types.PreviewImportFileDocument,
    "\n  mutation CommitImportFile($input: ImportFileInput!) {\n    commitImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": types.CommitImportFileDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    kind\n    rows\n    creates\n    updates\n    unchanged\n    skipped\n    committed\n    errorCount\n    format\n    rowResultsTruncated\n    errors {\n      sheet\n      row\n      column\n      message\n    }\n    rowResults {\n      sheet\n      row\n      action\n      key\n      message\n    }\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  query ImportPage {\n    municipality {\n      code\n      name\n      budgetYear\n    }\n  }\n": types.ImportPageDocument,
    "\n  query SensitivityPosts {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        posts {\n          id\n          title\n          fte\n        }\n      }\n    }\n  }\n": types.SensitivityPostsDocument,
    "\n  query ScenarioSensitivity($input: ScenarioInput!) {\n    scenarioSensitivity(input: $input) {\n      summaryYear\n      tornadoes {\n        result\n        value\n        rows {\n          assumptionId\n          name\n          unit\n          source\n          value\n          low\n          high\n          resultAtLow\n          resultAtHigh\n          effect\n          flips\n        }\n      }\n      ranges {\n        result\n        value\n        low\n        high\n        unbounded\n        flips\n        explanation\n      }\n      breakEven {\n        assumptionId\n        state\n        breakEvenValue\n        insideRange\n        explanation\n      }\n    }\n  }\n": types.ScenarioSensitivityDocument,
    "\n  query SupportUnitOverview {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        totalFte\n        peopleServed\n        annualCostSek\n        posts {\n          id\n          title\n          fte\n          annualCostSek\n        }\n      }\n    }\n  }\n": types.SupportUnitOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      role\n      municipality {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      role\n      municipality {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      municipality {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      municipality {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewImportFile($input: ImportFileInput!) {\n    previewImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewImportFile($input: ImportFileInput!) {\n    previewImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitImportFile($input: ImportFileInput!) {\n    commitImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommitImportFile($input: ImportFileInput!) {\n    commitImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on ImportReport {\n    kind\n    rows\n    creates\n    updates\n    unchanged\n    skipped\n    committed\n    errorCount\n    format\n    rowResultsTruncated\n    errors {\n      sheet\n      row\n      column\n      message\n    }\n    rowResults {\n      sheet\n      row\n      action\n      key\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ImportReportFields on ImportReport {\n    kind\n    rows\n    creates\n    updates\n    unchanged\n    skipped\n    committed\n    errorCount\n    format\n    rowResultsTruncated\n    errors {\n      sheet\n      row\n      column\n      message\n    }\n    rowResults {\n      sheet\n      row\n      action\n      key\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPage {\n    municipality {\n      code\n      name\n      budgetYear\n    }\n  }\n"): (typeof documents)["\n  query ImportPage {\n    municipality {\n      code\n      name\n      budgetYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SensitivityPosts {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        posts {\n          id\n          title\n          fte\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SensitivityPosts {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        posts {\n          id\n          title\n          fte\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioSensitivity($input: ScenarioInput!) {\n    scenarioSensitivity(input: $input) {\n      summaryYear\n      tornadoes {\n        result\n        value\n        rows {\n          assumptionId\n          name\n          unit\n          source\n          value\n          low\n          high\n          resultAtLow\n          resultAtHigh\n          effect\n          flips\n        }\n      }\n      ranges {\n        result\n        value\n        low\n        high\n        unbounded\n        flips\n        explanation\n      }\n      breakEven {\n        assumptionId\n        state\n        breakEvenValue\n        insideRange\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScenarioSensitivity($input: ScenarioInput!) {\n    scenarioSensitivity(input: $input) {\n      summaryYear\n      tornadoes {\n        result\n        value\n        rows {\n          assumptionId\n          name\n          unit\n          source\n          value\n          low\n          high\n          resultAtLow\n          resultAtHigh\n          effect\n          flips\n        }\n      }\n      ranges {\n        result\n        value\n        low\n        high\n        unbounded\n        flips\n        explanation\n      }\n      breakEven {\n        assumptionId\n        state\n        breakEvenValue\n        insideRange\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportUnitOverview {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        totalFte\n        peopleServed\n        annualCostSek\n        posts {\n          id\n          title\n          fte\n          annualCostSek\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportUnitOverview {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        totalFte\n        peopleServed\n        annualCostSek\n        posts {\n          id\n          title\n          fte\n          annualCostSek\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;