/**
 * The municipality's central support unit and its posts: reading them on the overview's hot path, changing a post
 * with its time split over the service areas, and the unit's figures (FTE, cost, people served, capacity per area).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { validateInput } from '../../graphql/validate-input.js';
import { wholeHoursOfFte, type AssumptionSet } from '../../model/index.js';
import { recordChange } from '../audit/audit.service.js';
import type { ServiceAreaCapacity, SubGoalRef, TimeShare } from './dto/capacity.output.js';
import type { PostInput } from './dto/post.input.js';
import { SupportPostTimeShare } from './support-post-time-share.entity.js';
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

/** The hours one full-time post gives a year, as the capacity counts them: the municipality's assumption in force. */
export function productiveHoursPerFte(assumptions: AssumptionSet): number {
  return wholeHoursOfFte(1, assumptions.productiveHoursPerFte.value);
}

/** People served per full-time post, one decimal; null when the unit has no FTE left. */
export function peoplePerFte(people: number, fte: number): number | null {
  return fte > 0 ? Math.round((10 * people) / fte) / 10 : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Caller {
  municipalityId: string;
  actor: string;
}

/** Field rules plus the split's own: each service area once, shares summing to exactly 1 (in thousandths). */
async function checked(input: PostInput): Promise<void> {
  await validateInput(input);
  const areas = input.timeSplit.map((share) => share.serviceAreaCode);
  const repeated = areas.findIndex((area, i) => areas.indexOf(area) !== i);
  if (repeated >= 0) throw badUserInput(`input.timeSplit.${repeated}.serviceAreaCode`, 'Varje tjänsteområde får förekomma en gång.');
  const thousandths = input.timeSplit.reduce((sum, share) => sum + Math.round(share.share * 1000), 0);
  if (thousandths !== 1000) throw badUserInput('input.timeSplit', `Andelarna summerar till ${thousandths / 10} %, inte 100 %.`);
}

async function findPost(em: EntityManager, caller: Caller, id: string): Promise<SupportPost> {
  const post = UUID.test(id) ? await em.findOne(SupportPost, { id, municipalityId: caller.municipalityId }) : null;
  if (!post) throw notFound(`Tjänsten ${id} finns inte.`);
  return post;
}

async function splitOf(em: EntityManager, postId: string) {
  const rows = await em.find(SupportPostTimeShare, { postId }, { orderBy: { serviceAreaCode: 'asc' } });
  return rows.map(({ serviceAreaCode, share }) => ({ serviceAreaCode, share }));
}

async function writeSplit(em: EntityManager, caller: Caller, postId: string, input: PostInput): Promise<void> {
  await em.nativeDelete(SupportPostTimeShare, { postId });
  await em.insertMany(
    SupportPostTimeShare,
    input.timeSplit.map((share) => ({ postId, serviceAreaCode: share.serviceAreaCode, share: share.share, municipalityId: caller.municipalityId })),
  );
}

export async function createPost(em: EntityManager, caller: Caller, input: PostInput): Promise<SupportPost> {
  await checked(input);
  return em.transactional(async (tx) => {
    const unit = await findSupportUnit(tx, caller.municipalityId);
    const [last] = await tx.find(SupportPost, { supportUnitId: unit.id }, { orderBy: { sortOrder: 'desc' }, limit: 1 });
    const post = tx.create(SupportPost, {
      municipalityId: caller.municipalityId,
      supportUnitId: unit.id,
      title: input.title,
      fte: input.fte,
      annualCostSek: input.annualCostSek,
      sortOrder: (last?.sortOrder ?? -1) + 1,
    });
    await tx.flush();
    await writeSplit(tx, caller, post.id, input);
    await recordChange(tx, { ...caller, action: 'CREATE', entity: 'Post', entityId: post.id, before: null, after: { ...post, timeSplit: input.timeSplit } });
    return post;
  });
}

export async function updatePost(em: EntityManager, caller: Caller, id: string, input: PostInput): Promise<SupportPost> {
  await checked(input);
  return em.transactional(async (tx) => {
    const post = await findPost(tx, caller, id);
    const before = { ...post, timeSplit: await splitOf(tx, post.id) };
    tx.assign(post, { title: input.title, fte: input.fte, annualCostSek: input.annualCostSek });
    await tx.flush();
    await writeSplit(tx, caller, post.id, input);
    await recordChange(tx, { ...caller, action: 'UPDATE', entity: 'Post', entityId: post.id, before, after: { ...post, timeSplit: input.timeSplit } });
    return post;
  });
}

export function deletePost(em: EntityManager, caller: Caller, id: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const post = await findPost(tx, caller, id);
    const before = { ...post, timeSplit: await splitOf(tx, post.id) };
    // The time shares go with the post (ON DELETE CASCADE).
    await tx.nativeDelete(SupportPost, { id: post.id, municipalityId: caller.municipalityId });
    await recordChange(tx, { ...caller, action: 'DELETE', entity: 'Post', entityId: id, before, after: null });
    return true;
  });
}

/**
 * The support unit's capacity per service area: FTE = Σ post FTE × share, hours = FTE × productive hours per FTE
 * (the municipality's productiveHoursPerFte assumption in force, as the scenario engine counts). Every service area
 * is listed, with 0 where no post works. One statement.
 */
export async function capacityByServiceArea(
  em: EntityManager,
  municipalityId: string,
  supportUnitId: string,
  assumptions: AssumptionSet,
): Promise<ServiceAreaCapacity[]> {
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
      hours: wholeHoursOfFte(fte, assumptions.productiveHoursPerFte.value),
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
