import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../graphql/errors.js';
import { SupportPost, SupportUnit } from './support-unit.entity.js';

export async function findSupportUnit(em: EntityManager, municipalityId: string): Promise<SupportUnit> {
  const unit = await em.findOne(SupportUnit, { municipalityId });
  if (!unit) throw notFound('Kommunen har ingen central stödenhet registrerad.');
  return unit;
}

/**
 * The read path's support unit (the overview's, on every page view): plain SQL into a plain object, no ORM query
 * building or hydration. Runs in the request transaction, so row-level security scopes it as well as the condition.
 */
export async function readSupportUnit(em: EntityManager, municipalityId: string): Promise<SupportUnit> {
  const [row] = await em.execute<{ id: string; name: string }[]>('SELECT id, name FROM support_unit WHERE municipality_id = ?', [municipalityId]);
  if (!row) throw notFound('Kommunen har ingen central stödenhet registrerad.');
  return Object.assign(new SupportUnit(), { id: row.id, municipalityId, name: row.name });
}

/** The posts of support units in display order, for the loader: plain SQL, plain objects (see readSupportUnit). */
export async function readPostsOfUnits(em: EntityManager, municipalityId: string, unitIds: readonly string[]): Promise<SupportPost[]> {
  const rows = await em.execute<{ id: string; support_unit_id: string; title: string; fte: string; annual_cost_sek: string; sort_order: number }[]>(
    `SELECT id, support_unit_id, title, fte, annual_cost_sek, sort_order FROM support_post
      WHERE municipality_id = ? AND support_unit_id IN (?) ORDER BY sort_order, title`,
    // knex spreads an array binding into one placeholder per element.
    [municipalityId, [...unitIds]],
  );
  return rows.map((row) =>
    Object.assign(new SupportPost(), {
      id: row.id,
      municipalityId,
      supportUnitId: row.support_unit_id,
      title: row.title,
      fte: Number(row.fte),
      annualCostSek: Number(row.annual_cost_sek),
      sortOrder: row.sort_order,
    }),
  );
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
