import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../graphql/errors.js';
import { Municipality } from './municipality.entity.js';

export async function findMunicipalityByCode(em: EntityManager, code: string): Promise<Municipality> {
  const municipality = await em.findOne(Municipality, { code });
  if (!municipality) throw notFound(`Kommunen ${code} finns inte.`);
  return municipality;
}

/** The years that have school data, ascending. */
export async function yearsWithData(em: EntityManager, municipalityId: string): Promise<number[]> {
  const rows = await em.execute<{ year: number }[]>('SELECT DISTINCT year FROM school_year_fact WHERE municipality_id = ? ORDER BY year', [municipalityId]);
  return rows.map((row) => row.year);
}
