import { createRequire } from 'node:module';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ApolloArmor as ApolloArmorClass } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../config/config.js';

/**
 * Its CommonJS build, always: that is what Node loads anyway (the package has no `exports`), and its ES build
 * imports `graphql/language/parser` without an extension, which vite-node and vitest cannot resolve. CommonJS also
 * shares the one graphql copy everything else uses.
 */
const { ApolloArmor } = createRequire(import.meta.url)('@escape.tech/graphql-armor') as { ApolloArmor: typeof ApolloArmorClass };

/** The deepest the dashboard's largest query goes (scenario → result → schools → school → fields) plus room. */
export const MAX_DEPTH = 12;
export const MAX_ALIASES = 15;
export const MAX_DIRECTIVES = 20;
/**
 * Tokens a document may have: the dashboard's largest operation has well under a thousand. graphql-js's own parser
 * limit (`parse(…, { maxTokens })`, which Apollo takes as `parseOptions`), not graphql-armor's maxTokens plugin: the
 * same count, but a document over it is a parse error (400) instead of the plugin's HTTP 500.
 */
export const MAX_TOKENS = 5_000;
export const PARSE_OPTIONS = { maxTokens: MAX_TOKENS } as const;
/** Armor multiplies by a literal `first`: a full page (500) of school units with a dozen fields costs about 21,000. */
export const MAX_COST = 50_000;

/**
 * graphql-armor's limits on depth, cost, aliases and directives. Its token limit stays off (it turns a syntax
 * error into HTTP 500): PARSE_OPTIONS above counts tokens instead. Field suggestions are blocked in production (Apollo's hideSchemaDetailsFromClientErrors
 * does the same for its own messages).
 */
export function graphqlArmor<T extends BaseContext>(config: Pick<AppConfig, 'production'>) {
  const { plugins, validationRules } = new ApolloArmor({
    maxTokens: { enabled: false },
    // Introspection is limited like any query (a deep __schema walk is the classic expensive one).
    maxDepth: { n: MAX_DEPTH, ignoreIntrospection: false },
    maxAliases: { n: MAX_ALIASES },
    maxDirectives: { n: MAX_DIRECTIVES },
    costLimit: { maxCost: MAX_COST, ignoreIntrospection: false },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  // graphql-armor is typed against Apollo's CommonJS build and we import its ESM build: the same interface twice.
  return { plugins: plugins as unknown as ApolloServerPlugin<T>[], validationRules };
}
