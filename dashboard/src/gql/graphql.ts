/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type SupportUnitOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportUnitOverviewQuery = { municipality: { code: string, name: string, budgetYear: number, supportUnit: { name: string, totalFte: number, peopleServed: number, annualCostSek: number, posts: Array<{ id: string, title: string, fte: number, annualCostSek: number }> } } };


export const SupportUnitOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportUnitOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"supportUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalFte"}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostSek"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostSek"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportUnitOverviewQuery, SupportUnitOverviewQueryVariables>;