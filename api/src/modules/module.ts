import type { EntityClass } from '@mikro-orm/core';
import type { LoaderFactories } from '../graphql/loaders.js';

/**
 * What a domain module brings to the app: its ORM entities, its GraphQL resolvers and its DataLoaders. Each module
 * says so in its `<domain>.module.ts`; modules/index.ts lists the modules, and app.ts assembles the ORM, the schema
 * and the per-request loaders from that list alone (twenty's modules, without a framework).
 */
export interface AppModule {
  name: string;
  entities?: readonly EntityClass<object>[];
  // type-graphql takes resolver classes as plain constructors.
  resolvers?: readonly (abstract new (...args: never[]) => object)[];
  loaders?: LoaderFactories;
}

export const defineModule = (module: AppModule): AppModule => module;
