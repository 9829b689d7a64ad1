import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { validateInput } from '../../graphql/validate-input.js';
import { recordChange } from '../audit/audit.service.js';
import type { PostInput } from './dto/post.input.js';
import { SupportPostTimeShare } from './support-post-time-share.entity.js';
import { SupportPost } from './support-unit.entity.js';
import { findSupportUnit } from './support-unit.service.js';

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
