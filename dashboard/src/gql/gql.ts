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
    "\n  query BudgetYears {\n    municipality {\n      name\n      budgetYear\n      years\n      costsByYear {\n        year\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        pupils\n        perPupilSek\n      }\n    }\n  }\n": typeof types.BudgetYearsDocument,
    "\n  query CategoryCosts($year: Int!) {\n    municipality {\n      costsByCategory(year: $year) {\n        category\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        perPupilSek\n      }\n    }\n  }\n": typeof types.CategoryCostsDocument,
    "\n  query OwnerCosts($year: Int!, $first: Int!, $after: String) {\n    municipality {\n      costsByOwner(year: $year, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ownerName\n          schoolUnit {\n            id\n            code\n          }\n          budgetSek\n          outcomeSek\n          forecastSek\n          amountSek\n          deviationSek\n          deviationPercent\n          pupils\n          perPupilSek\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.OwnerCostsDocument,
    "\n  query DevicesOverview($year: Int!) {\n    municipality {\n      devices(year: $year) {\n        year\n        devices\n        oneToOneDevices\n        coveredPupils\n        oneToOneCoverage\n        sharedPupilDevices\n        staffDevices\n        annualLeaseCostSek\n      }\n      deviceCoverage(year: $year, first: 500) {\n        totalCount\n        nodes {\n          schoolUnit {\n            id\n            code\n            name\n            hasLocalItCoordinator\n          }\n          pupils\n          coveredPupils\n          oneToOneDevices\n          oneToOneCoverage\n          sharedPupilDevices\n          pupilsPerSharedDevice\n          staffDevices\n          annualLeaseCostSek\n        }\n      }\n      replacementWaves(year: $year) {\n        dueYear\n        devices\n        contractValueSek\n        annualLeaseCostSek\n      }\n    }\n  }\n": typeof types.DevicesOverviewDocument,
    "\n  query Overview {\n    municipality {\n      code\n      name\n      budgetYear\n      years\n      costsByYear {\n        year\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        pupils\n        perPupilSek\n      }\n      goals(first: 20) {\n        totalCount\n        nodes {\n          goal {\n            id\n            code\n            title\n            subGoal {\n              code\n            }\n          }\n          target\n          schoolsMeasured\n          schoolsMet\n          shareMet\n        }\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query YearKpis($year: Int!) {\n    municipality {\n      kpis(year: $year) {\n        year\n        digitalisationCostSek\n        costKind\n        pupils\n        costPerPupilSek\n        devices\n        oneToOneCoverage\n        supportFte\n        peopleServed\n        peoplePerSupportFte\n        staffTrainedShare\n        goalResultsMeasured\n        goalResultsMet\n      }\n    }\n  }\n": typeof types.YearKpisDocument,
    "\n  query SupportUnitOverview {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        totalFte\n        peopleServed\n        annualCostSek\n        posts {\n          id\n          title\n          fte\n          annualCostSek\n        }\n      }\n    }\n  }\n": typeof types.SupportUnitOverviewDocument,
};
const documents: Documents = {
    "\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      role\n      municipality {\n        code\n        name\n      }\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      municipality {\n        code\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query BudgetYears {\n    municipality {\n      name\n      budgetYear\n      years\n      costsByYear {\n        year\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        pupils\n        perPupilSek\n      }\n    }\n  }\n": types.BudgetYearsDocument,
    "\n  query CategoryCosts($year: Int!) {\n    municipality {\n      costsByCategory(year: $year) {\n        category\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        perPupilSek\n      }\n    }\n  }\n": types.CategoryCostsDocument,
    "\n  query OwnerCosts($year: Int!, $first: Int!, $after: String) {\n    municipality {\n      costsByOwner(year: $year, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ownerName\n          schoolUnit {\n            id\n            code\n          }\n          budgetSek\n          outcomeSek\n          forecastSek\n          amountSek\n          deviationSek\n          deviationPercent\n          pupils\n          perPupilSek\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.OwnerCostsDocument,
    "\n  query DevicesOverview($year: Int!) {\n    municipality {\n      devices(year: $year) {\n        year\n        devices\n        oneToOneDevices\n        coveredPupils\n        oneToOneCoverage\n        sharedPupilDevices\n        staffDevices\n        annualLeaseCostSek\n      }\n      deviceCoverage(year: $year, first: 500) {\n        totalCount\n        nodes {\n          schoolUnit {\n            id\n            code\n            name\n            hasLocalItCoordinator\n          }\n          pupils\n          coveredPupils\n          oneToOneDevices\n          oneToOneCoverage\n          sharedPupilDevices\n          pupilsPerSharedDevice\n          staffDevices\n          annualLeaseCostSek\n        }\n      }\n      replacementWaves(year: $year) {\n        dueYear\n        devices\n        contractValueSek\n        annualLeaseCostSek\n      }\n    }\n  }\n": types.DevicesOverviewDocument,
    "\n  query Overview {\n    municipality {\n      code\n      name\n      budgetYear\n      years\n      costsByYear {\n        year\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        pupils\n        perPupilSek\n      }\n      goals(first: 20) {\n        totalCount\n        nodes {\n          goal {\n            id\n            code\n            title\n            subGoal {\n              code\n            }\n          }\n          target\n          schoolsMeasured\n          schoolsMet\n          shareMet\n        }\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query YearKpis($year: Int!) {\n    municipality {\n      kpis(year: $year) {\n        year\n        digitalisationCostSek\n        costKind\n        pupils\n        costPerPupilSek\n        devices\n        oneToOneCoverage\n        supportFte\n        peopleServed\n        peoplePerSupportFte\n        staffTrainedShare\n        goalResultsMeasured\n        goalResultsMet\n      }\n    }\n  }\n": types.YearKpisDocument,
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
export function graphql(source: "\n  query BudgetYears {\n    municipality {\n      name\n      budgetYear\n      years\n      costsByYear {\n        year\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        pupils\n        perPupilSek\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetYears {\n    municipality {\n      name\n      budgetYear\n      years\n      costsByYear {\n        year\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        pupils\n        perPupilSek\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryCosts($year: Int!) {\n    municipality {\n      costsByCategory(year: $year) {\n        category\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        perPupilSek\n      }\n    }\n  }\n"): (typeof documents)["\n  query CategoryCosts($year: Int!) {\n    municipality {\n      costsByCategory(year: $year) {\n        category\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        perPupilSek\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerCosts($year: Int!, $first: Int!, $after: String) {\n    municipality {\n      costsByOwner(year: $year, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ownerName\n          schoolUnit {\n            id\n            code\n          }\n          budgetSek\n          outcomeSek\n          forecastSek\n          amountSek\n          deviationSek\n          deviationPercent\n          pupils\n          perPupilSek\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnerCosts($year: Int!, $first: Int!, $after: String) {\n    municipality {\n      costsByOwner(year: $year, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ownerName\n          schoolUnit {\n            id\n            code\n          }\n          budgetSek\n          outcomeSek\n          forecastSek\n          amountSek\n          deviationSek\n          deviationPercent\n          pupils\n          perPupilSek\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevicesOverview($year: Int!) {\n    municipality {\n      devices(year: $year) {\n        year\n        devices\n        oneToOneDevices\n        coveredPupils\n        oneToOneCoverage\n        sharedPupilDevices\n        staffDevices\n        annualLeaseCostSek\n      }\n      deviceCoverage(year: $year, first: 500) {\n        totalCount\n        nodes {\n          schoolUnit {\n            id\n            code\n            name\n            hasLocalItCoordinator\n          }\n          pupils\n          coveredPupils\n          oneToOneDevices\n          oneToOneCoverage\n          sharedPupilDevices\n          pupilsPerSharedDevice\n          staffDevices\n          annualLeaseCostSek\n        }\n      }\n      replacementWaves(year: $year) {\n        dueYear\n        devices\n        contractValueSek\n        annualLeaseCostSek\n      }\n    }\n  }\n"): (typeof documents)["\n  query DevicesOverview($year: Int!) {\n    municipality {\n      devices(year: $year) {\n        year\n        devices\n        oneToOneDevices\n        coveredPupils\n        oneToOneCoverage\n        sharedPupilDevices\n        staffDevices\n        annualLeaseCostSek\n      }\n      deviceCoverage(year: $year, first: 500) {\n        totalCount\n        nodes {\n          schoolUnit {\n            id\n            code\n            name\n            hasLocalItCoordinator\n          }\n          pupils\n          coveredPupils\n          oneToOneDevices\n          oneToOneCoverage\n          sharedPupilDevices\n          pupilsPerSharedDevice\n          staffDevices\n          annualLeaseCostSek\n        }\n      }\n      replacementWaves(year: $year) {\n        dueYear\n        devices\n        contractValueSek\n        annualLeaseCostSek\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview {\n    municipality {\n      code\n      name\n      budgetYear\n      years\n      costsByYear {\n        year\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        pupils\n        perPupilSek\n      }\n      goals(first: 20) {\n        totalCount\n        nodes {\n          goal {\n            id\n            code\n            title\n            subGoal {\n              code\n            }\n          }\n          target\n          schoolsMeasured\n          schoolsMet\n          shareMet\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Overview {\n    municipality {\n      code\n      name\n      budgetYear\n      years\n      costsByYear {\n        year\n        budgetSek\n        outcomeSek\n        forecastSek\n        amountSek\n        amountKind\n        deviationSek\n        deviationPercent\n        pupils\n        perPupilSek\n      }\n      goals(first: 20) {\n        totalCount\n        nodes {\n          goal {\n            id\n            code\n            title\n            subGoal {\n              code\n            }\n          }\n          target\n          schoolsMeasured\n          schoolsMet\n          shareMet\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearKpis($year: Int!) {\n    municipality {\n      kpis(year: $year) {\n        year\n        digitalisationCostSek\n        costKind\n        pupils\n        costPerPupilSek\n        devices\n        oneToOneCoverage\n        supportFte\n        peopleServed\n        peoplePerSupportFte\n        staffTrainedShare\n        goalResultsMeasured\n        goalResultsMet\n      }\n    }\n  }\n"): (typeof documents)["\n  query YearKpis($year: Int!) {\n    municipality {\n      kpis(year: $year) {\n        year\n        digitalisationCostSek\n        costKind\n        pupils\n        costPerPupilSek\n        devices\n        oneToOneCoverage\n        supportFte\n        peopleServed\n        peoplePerSupportFte\n        staffTrainedShare\n        goalResultsMeasured\n        goalResultsMet\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportUnitOverview {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        totalFte\n        peopleServed\n        annualCostSek\n        posts {\n          id\n          title\n          fte\n          annualCostSek\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportUnitOverview {\n    municipality {\n      code\n      name\n      budgetYear\n      supportUnit {\n        name\n        totalFte\n        peopleServed\n        annualCostSek\n        posts {\n          id\n          title\n          fte\n          annualCostSek\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;