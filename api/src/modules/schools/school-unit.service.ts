import type { EntityManager } from '@mikro-orm/postgresql';
import { readPageArgs, toConnection } from '../../graphql/types/connection.js';
import type { SchoolUnitConnection } from './school-unit.output.js';
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
