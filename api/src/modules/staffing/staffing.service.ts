import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceAreaCapacity, SubGoalRef, TimeShare } from './dto/capacity.output.js';
import { PRODUCTIVE_HOURS_PER_FTE_YEAR } from './staffing.constants.js';

/**
 * The support unit's capacity per service area: FTE = Σ post FTE × share, hours = FTE × productive hours.
 * Every service area is listed, with 0 where no post works. One statement.
 */
export async function capacityByServiceArea(em: EntityManager, municipalityId: string, supportUnitId: string): Promise<ServiceAreaCapacity[]> {
  const rows = await em.execute<{ code: string; title: string; fte: string; total: string; subGoals: SubGoalRef[] }[]>(
    `SELECT sa.code, sa.title,
       coalesce(sum(p.fte * s.share), 0) AS fte,
       sum(coalesce(sum(p.fte * s.share), 0)) OVER () AS total,
       (SELECT coalesce(json_agg(json_build_object('code', g.code, 'title', g.title) ORDER BY g.code), '[]'::json)
        FROM service_area_sub_goal m JOIN sub_goal g ON g.code = m.sub_goal_code WHERE m.service_area_code = sa.code) AS "subGoals"
     FROM service_area sa
     LEFT JOIN (support_post_time_share s JOIN support_post p ON p.id = s.post_id AND p.support_unit_id = ?)
       ON s.service_area_code = sa.code AND s.municipality_id = ?
     GROUP BY sa.code, sa.title, sa.sort_order
     ORDER BY sa.sort_order`,
    [supportUnitId, municipalityId],
  );
  return rows.map((row) => {
    const fte = Math.round(Number(row.fte) * 1000) / 1000;
    const total = Number(row.total);
    return {
      serviceArea: { code: row.code, title: row.title, subGoals: row.subGoals },
      fte,
      hours: Math.round(fte * PRODUCTIVE_HOURS_PER_FTE_YEAR),
      shareOfUnit: total > 0 ? Math.round((1000 * Number(row.fte)) / total) / 1000 : 0,
    };
  });
}

/** The time split of each given post, in the service areas' order (batched by a DataLoader). */
export async function timeSharesOfPosts(em: EntityManager, postIds: readonly string[]): Promise<Map<string, TimeShare[]>> {
  const byPost = new Map<string, TimeShare[]>(postIds.map((id) => [id, []]));
  if (postIds.length === 0) return byPost;
  const rows = await em.execute<{ post_id: string; code: string; title: string; share: string }[]>(
    `SELECT s.post_id, sa.code, sa.title, s.share FROM support_post_time_share s
     JOIN service_area sa ON sa.code = s.service_area_code
     WHERE s.post_id = ANY(ARRAY[?]::uuid[]) ORDER BY s.post_id, sa.sort_order`,
    [[...postIds]],
  );
  for (const row of rows) byPost.get(row.post_id)?.push({ serviceAreaCode: row.code, serviceAreaTitle: row.title, share: Number(row.share) });
  return byPost;
}
