import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoMunicipalities, type DemoMunicipality } from '@likvard/seeds';
import { BudgetLine } from '../modules/budget/budget-line.entity.js';
import { BudgetCategory, BudgetKind } from '../modules/budget/budget.enums.js';
import { DeviceFleet } from '../modules/devices/device-fleet.entity.js';
import { DeviceType, DeviceUserGroup } from '../modules/devices/devices.enums.js';
import { MunicipalityGoal, MunicipalityGoalTarget } from '../modules/goals/municipality-goal.entity.js';
import { IndicatorValue } from '../modules/indicators/indicator-value.entity.js';
import { insertDemoUsers, type DemoAccountSettings } from '../modules/auth/demo-users.seed.js';
import { Municipality } from '../modules/municipalities/municipality.entity.js';
import { SchoolUnit, SchoolYearFact } from '../modules/schools/school-unit.entity.js';
import { SupportPostTimeShare } from '../modules/staffing/support-post-time-share.entity.js';
import { SupportPost, SupportUnit } from '../modules/staffing/support-unit.entity.js';
import { insertDemoScenarios } from '../modules/saved-scenarios/demo-scenarios.seed.js';

/** Looks up the id the seed gave a school unit code; the demo data refers to units by code. */
function unitIdOf(ids: Map<string, string>, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`Demo data refers to unknown school unit ${code}`);
  return id;
}

async function insertMunicipality(em: EntityManager, demo: DemoMunicipality): Promise<void> {
  const municipalityId = crypto.randomUUID();
  await em.insert(Municipality, { id: municipalityId, code: demo.code, name: demo.name, budgetYear: demo.budgetYear });
  const units = demo.schoolUnits.map((unit) => ({ ...unit, id: crypto.randomUUID() }));
  const unitIds = new Map(units.map((unit) => [unit.code, unit.id]));
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
    units.flatMap((unit) =>
      unit.years.map(({ pupilsByBand, ...facts }) => ({
        ...facts,
        pupilsPreschool: pupilsByBand.PRESCHOOL,
        pupilsF3: pupilsByBand.PUPILS_F_3,
        pupils4to6: pupilsByBand.PUPILS_4_6,
        pupils7to9: pupilsByBand.PUPILS_7_9,
        pupilsUpperSecondary: pupilsByBand.PUPILS_UPPER_SECONDARY,
        pupilsOther: pupilsByBand.PUPILS_OTHER,
        schoolUnitId: unit.id,
        municipalityId,
      })),
    ),
  );
  const supportUnitId = crypto.randomUUID();
  await em.insert(SupportUnit, { id: supportUnitId, municipalityId, name: demo.supportUnit.name });
  const posts = demo.supportUnit.posts.map((post, sortOrder) => ({ ...post, id: crypto.randomUUID(), sortOrder }));
  await em.insertMany(
    SupportPost,
    posts.map(({ id, title, fte, annualCostSek, sortOrder }) => ({ id, title, fte, annualCostSek, sortOrder, municipalityId, supportUnitId })),
  );
  await em.insertMany(
    SupportPostTimeShare,
    posts.flatMap((post) =>
      Object.entries(post.timeShares).map(([serviceAreaCode, share]) => ({ postId: post.id, serviceAreaCode, share: share!, municipalityId })),
    ),
  );
  await em.insertMany(
    BudgetLine,
    demo.budgetLines.map(({ schoolUnitCode, category, kind, ...line }) => ({
      ...line,
      category: BudgetCategory[category],
      kind: BudgetKind[kind],
      id: crypto.randomUUID(),
      municipalityId,
      schoolUnitId: schoolUnitCode === null ? null : unitIdOf(unitIds, schoolUnitCode),
    })),
  );
  await em.insertMany(
    DeviceFleet,
    demo.deviceFleets.map(({ schoolUnitCode, deviceType, userGroup, ...fleet }) => ({
      ...fleet,
      deviceType: DeviceType[deviceType],
      userGroup: DeviceUserGroup[userGroup],
      id: crypto.randomUUID(),
      municipalityId,
      schoolUnitId: unitIdOf(unitIds, schoolUnitCode),
    })),
  );
  const goals = demo.goals.map((goal) => ({ ...goal, id: crypto.randomUUID() }));
  await em.insertMany(
    MunicipalityGoal,
    goals.map(({ id, code, title, subGoalCode, indicatorId }) => ({ id, code, title, subGoalCode, indicatorId, municipalityId })),
  );
  await em.insertMany(
    MunicipalityGoalTarget,
    goals.flatMap((goal) => goal.targets.map(({ year, target }) => ({ goalId: goal.id, year, target, municipalityId }))),
  );
  await em.insertMany(
    IndicatorValue,
    demo.indicatorValues.map(({ schoolUnitCode, ...value }) => ({ ...value, municipalityId, schoolUnitId: unitIdOf(unitIds, schoolUnitCode) })),
  );
}

/** Writes the demo municipalities in one transaction, replacing earlier copies of them. */
export async function seedDemo(em: EntityManager, accounts: DemoAccountSettings): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.nativeDelete(Municipality, { code: { $in: demoMunicipalities.map((m) => m.code) } });
    for (const demo of demoMunicipalities) await insertMunicipality(tx, demo);
    await insertDemoUsers(tx, accounts);
    await insertDemoScenarios(tx);
  });
}

export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Municipality, {})) === 0;
}
