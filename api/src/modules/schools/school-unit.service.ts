import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../graphql/errors.js';
import { readPageArgs, toConnection } from '../../graphql/types/connection.js';
import type { SchoolUnitConnection } from './dto/school-unit.output.js';
import { SchoolUnit } from './school-unit.entity.js';

export async function listSchoolUnits(
  em: EntityManager,
  municipalityId: string,
  args: { year?: number | null; first?: number | null; after?: string | null },
): Promise<SchoolUnitConnection> {
  const page = readPageArgs(args.first, args.after);
  const filtered = () => {
    const qb = em.createQueryBuilder(SchoolUnit, 'u').where({ municipalityId });
    if (args.year != null) {
      qb.andWhere('exists (select 1 from school_year_fact f where f.school_unit_id = u.id and f.year = ?)', [args.year]);
    }
    return qb;
  };
  const pageQuery = filtered().orderBy({ code: 'asc' }).limit(page.first + 1);
  if (page.after) pageQuery.andWhere({ code: { $gt: page.after } });
  const [rows, totalCount] = await Promise.all([pageQuery.getResultList(), filtered().getCount()]);
  return toConnection(rows, page, totalCount, (unit) => unit.code);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The caller's school unit with this id, or null: a malformed id or another municipality's unit is simply not found. */
export async function findSchoolUnit(em: EntityManager, municipalityId: string, id: string): Promise<SchoolUnit | null> {
  if (!UUID.test(id)) return null;
  return em.findOne(SchoolUnit, { id, municipalityId });
}

/** For arguments that narrow a query to one unit: the unit must be the caller's, else NOT_FOUND. */
export async function requireSchoolUnit(em: EntityManager, municipalityId: string, id: string): Promise<SchoolUnit> {
  const unit = await findSchoolUnit(em, municipalityId, id);
  if (!unit) throw notFound(`Skolenheten ${id} finns inte.`);
  return unit;
}
