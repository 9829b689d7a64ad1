import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the dashboard, generated from the checked-in schema: client types are never written by hand.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { SafeInt: 'number', DateTime: 'string' },
      },
    },
  },
};
export default config;
