import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import type { Municipality } from '../modules/municipalities/municipality.entity.js';
import { findMunicipalityByCode } from '../modules/municipalities/municipality.service.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GraphQLContext {
  /** A fork of the EntityManager for this request only: no identity map is shared between requests. */
  em: EntityManager;
  /** The caller's municipality (tenant) code. Until accounts land, the demo municipality. */
  municipalityCode: string;
  /** The caller's municipality, read once per request. */
  municipality: () => Promise<Municipality>;
  loaders: Loaders;
  requestId: string;
  log: FastifyBaseLogger;
  /** SQL statements this request has run so far. */
  sqlStatements: () => number;
}

export function createContext(args: {
  em: EntityManager;
  municipalityCode: string;
  requestId: string;
  log: FastifyBaseLogger;
  sqlStatements?: () => number;
}): GraphQLContext {
  const em = args.em.fork();
  let cached: Promise<Municipality> | undefined;
  const municipality = () => (cached ??= findMunicipalityByCode(em, args.municipalityCode));
  return {
    ...args,
    em,
    sqlStatements: args.sqlStatements ?? (() => 0),
    municipality,
    loaders: createLoaders(em, municipality),
  };
}
