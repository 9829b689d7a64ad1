import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoMunicipalities, type DemoMunicipality } from '@likvard/seeds';
import { insertDemoUsers, type DemoAccountSettings } from '../modules/auth/demo-users.seed.js';
import { Municipality } from '../modules/municipalities/municipality.entity.js';
import { SchoolUnit, SchoolYearFact } from '../modules/schools/school-unit.entity.js';
import { SupportPost, SupportUnit } from '../modules/staffing/support-unit.entity.js';

async function insertMunicipality(em: EntityManager, demo: DemoMunicipality): Promise<void> {
  const municipalityId = crypto.randomUUID();
  await em.insert(Municipality, { id: municipalityId, code: demo.code, name: demo.name, budgetYear: demo.budgetYear });
  const units = demo.schoolUnits.map((unit) => ({ ...unit, id: crypto.randomUUID() }));
  await em.insertMany(
    SchoolUnit,
    units.map(({ id, code, name, schoolForms, area, hasLocalItCoordinator }) => ({
      id,
      municipalityId,
      code,
      name,
      schoolForms,
      area,
      hasLocalItCoordinator,
    })),
  );
  await em.insertMany(
    SchoolYearFact,
    units.flatMap((unit) => unit.years.map((facts) => ({ ...facts, schoolUnitId: unit.id, municipalityId }))),
  );
  const supportUnitId = crypto.randomUUID();
  await em.insert(SupportUnit, { id: supportUnitId, municipalityId, name: demo.supportUnit.name });
  await em.insertMany(
    SupportPost,
    demo.supportUnit.posts.map((post, sortOrder) => ({ ...post, id: crypto.randomUUID(), municipalityId, supportUnitId, sortOrder })),
  );
}

/** Writes the demo municipalities in one transaction, replacing earlier copies of them. */
export async function seedDemo(em: EntityManager, accounts: DemoAccountSettings): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.nativeDelete(Municipality, { code: { $in: demoMunicipalities.map((m) => m.code) } });
    for (const demo of demoMunicipalities) await insertMunicipality(tx, demo);
    await insertDemoUsers(tx, accounts);
  });
}

export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Municipality, {})) === 0;
}
