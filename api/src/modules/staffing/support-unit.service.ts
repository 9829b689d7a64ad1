import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../graphql/errors.js';
import type { SupportPost } from './support-unit.entity.js';
import { SupportUnit } from './support-unit.entity.js';

export async function findSupportUnit(em: EntityManager, municipalityId: string): Promise<SupportUnit> {
  const unit = await em.findOne(SupportUnit, { municipalityId });
  if (!unit) throw notFound('Kommunen har ingen central stödenhet registrerad.');
  return unit;
}

/** FTE is kept to two decimals; sum in hundredths so 1.0 + 1.0 + 1.0 + 0.5 + 0.5 + 0.2 is exactly 4.2. */
export function totalFte(posts: readonly Pick<SupportPost, 'fte'>[]): number {
  return posts.reduce((sum, post) => sum + Math.round(post.fte * 100), 0) / 100;
}

export function totalAnnualCostSek(posts: readonly Pick<SupportPost, 'annualCostSek'>[]): number {
  return posts.reduce((sum, post) => sum + post.annualCostSek, 0);
}

/**
 * Pupils, teachers and school leaders of the municipality's school units in a year: the people the central
 * unit serves (it serves every unit of the municipality, preschool to upper secondary).
 */
export async function peopleServed(em: EntityManager, municipalityId: string, year: number): Promise<number> {
  const [row] = await em.execute<{ people: string | null }[]>(
      'SELECT SUM(pupils + teachers + school_leaders) AS people FROM school_year_fact WHERE municipality_id = ? AND year = ?',
      [municipalityId, year],
    );
  return Number(row?.people ?? 0);
}

/** People served per full-time post, one decimal; null when the unit has no FTE left. */
export function peoplePerFte(people: number, fte: number): number | null {
  return fte > 0 ? Math.round((10 * people) / fte) / 10 : null;
}
